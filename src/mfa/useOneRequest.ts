import { useCallback, useRef, useState } from 'react';

/**
 * One request per intent in a setup form: work started while another runs is dropped (a sixth digit
 * then Enter, a double click), and `pending` says one is out. The forms' calls are on Clerk's user
 * and session resources, not the sign-in, so they need no share of the sign-in's client slot.
 */
export function useOneRequest() {
  const running = useRef(false);
  const [pending, setPending] = useState(false);
  const once = useCallback(async (work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setPending(true);
    try {
      await work();
    } finally {
      running.current = false;
      setPending(false);
    }
  }, []);
  return { pending, once };
}
