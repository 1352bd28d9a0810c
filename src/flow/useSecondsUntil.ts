import { useEffect, useReducer } from 'react';

/**
 * Whole seconds from now until `deadline` (epoch ms), re-rendering when the shown value changes and
 * stopping at zero, so no timer outlives the wait. With `minuteSteps`, a wait over a minute (shown in
 * whole minutes) wakes once a minute rather than every second. `null` deadline: `null`.
 */
export function useSecondsUntil(deadline: number | null, { minuteSteps = false } = {}): number | null {
  const [, tick] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (deadline === null) return;
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const left = deadline - Date.now();
      if (left <= 0) return;
      // Wake when the shown value next changes: the next whole second, or the next whole minute.
      const step = minuteSteps && left > 60_000 ? 60_000 : 1000;
      timer = setTimeout(() => {
        tick();
        schedule();
      }, left % step || step);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [deadline, minuteSteps]);
  if (deadline === null) return null;
  // Read the clock while rendering: a state copy of it would be stale on the render that brings a new deadline.
  return Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
}
