import { useCallback, useRef, useState } from 'react';

/**
 * Runs one async task at a time. A call made while another is running joins it instead of starting
 * a second one: Clerk's hook sends every call it is given, so Enter plus a click, or a double
 * click, would otherwise cost two requests (and two failed attempts against the lockout count).
 */
export function useInFlightGuard() {
  const current = useRef<Promise<unknown> | null>(null);
  const [pending, setPending] = useState(false);

  const run = useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    if (current.current) return current.current as Promise<T>;
    setPending(true);
    const promise = task().finally(() => {
      current.current = null;
      setPending(false);
    });
    current.current = promise;
    return promise;
  }, []);

  return { run, pending };
}
