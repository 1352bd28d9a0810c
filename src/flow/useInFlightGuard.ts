import { useCallback, useRef, useState } from 'react';
import type { ClientSlot } from './clientSlot.js';

/**
 * Runs one async task at a time on `slot`. A call made while another is running (here, or in another
 * flow on the same Clerk client) is refused (`run` returns `null` and the task never starts): Clerk's
 * hook sends every call it is given, so Enter plus a click, or a double click, would otherwise cost
 * two requests and two failed attempts against the lockout count; and a refused caller must not act
 * on an outcome that belongs to the first one.
 */
export function useInFlightGuard(slot: ClientSlot) {
  // The task this component started, so that giving up frees the slot only of its own task.
  const mine = useRef<Promise<unknown> | null>(null);
  const [pending, setPending] = useState(false);

  const run = useCallback(
    <T,>(task: () => Promise<T>): Promise<T> | null => {
      if (slot.inFlight) return null;
      setPending(true);
      const promise: Promise<T> = task().finally(() => {
        // An abandoned task may finish after a newer one started: it frees only its own slot.
        if (slot.inFlight === promise) slot.inFlight = null;
        if (mine.current !== promise) return;
        mine.current = null;
        setPending(false);
      });
      slot.inFlight = mine.current = promise;
      return promise;
    },
    [slot],
  );

  /** Settles once no task runs: for work that must follow the answer in flight rather than be refused. */
  const settled = useCallback(async () => {
    while (slot.inFlight) await slot.inFlight.catch(() => undefined);
  }, [slot]);

  /** Frees the slot while this component's task still runs (it timed out, or the person left it). */
  const abandon = useCallback(() => {
    if (mine.current && slot.inFlight === mine.current) slot.inFlight = null;
    mine.current = null;
    setPending(false);
  }, [slot]);

  return { run, pending, settled, abandon };
}
