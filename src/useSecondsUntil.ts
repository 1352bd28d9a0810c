import { useEffect, useReducer } from 'react';

/**
 * Whole seconds from now until `deadline` (epoch ms), re-rendering once a second while it runs and
 * stopping at zero, so no timer outlives the wait. `null` deadline: `null`.
 */
export function useSecondsUntil(deadline: number | null): number | null {
  const [, tick] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (deadline === null) return;
    const timer = setInterval(() => {
      tick();
      if (Date.now() >= deadline) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  if (deadline === null) return null;
  // Read the clock while rendering: a state copy of it would be stale on the render that brings a new deadline.
  return Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
}
