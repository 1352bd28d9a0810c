import { useCallback, useRef, useState } from 'react';

/**
 * Runs one async task at a time. A call made while another is running is refused (`run` returns
 * `null` and the task never starts): Clerk's hook sends every call it is given, so Enter plus a
 * click, or a double click, would otherwise cost two requests and two failed attempts against the
 * lockout count; and a refused caller must not act on an outcome that belongs to the first one.
 */
export function useInFlightGuard() {
  const current = useRef<Promise<unknown> | null>(null);
  const [pending, setPending] = useState(false);

  const run = useCallback(<T,>(task: () => Promise<T>): Promise<T> | null => {
    if (current.current) return null;
    setPending(true);
    const promise: Promise<T> = task().finally(() => {
      // An abandoned task may finish after a newer one started: it frees only its own slot.
      if (current.current !== promise) return;
      current.current = null;
      setPending(false);
    });
    current.current = promise;
    return promise;
  }, []);

  /** Settles once no task runs: for work that must follow the answer in flight rather than be refused. */
  const settled = useCallback(async () => {
    while (current.current) await current.current.catch(() => undefined);
  }, []);

  /** Frees the slot while a task still runs (it timed out, or the person left it): the next task may start. */
  const abandon = useCallback(() => {
    current.current = null;
    setPending(false);
  }, []);

  return { run, pending, settled, abandon };
}
