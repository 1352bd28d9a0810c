import { useMemo } from 'react';
import type { FlowError, WaitReason } from '../clerk/errors.js';
import { useSecondsUntil } from './useSecondsUntil.js';

export interface RetryBlock {
  reason: WaitReason;
  /** Seconds until the form may be used again; `null` when Clerk gave no end (a lock that does not expire). */
  secondsLeft: number | null;
  /**
   * The account a lockout belongs to, when known. A lockout holds that account only: the password
   * step stays open for another one. A rate limit holds the whole client and names none.
   */
  identifier?: string | null;
}

/**
 * Turns a lockout or rate-limit error into a live countdown. `answerCount` changes once per answer
 * from Clerk, so the deadline is fixed when the error arrives, not recomputed on every render.
 */
export function useRetryBlock(error: FlowError | null, answerCount: number): RetryBlock | null {
  const reason = error?.wait?.reason;
  const seconds = error?.wait?.seconds;
  const deadline = useMemo(
    () => (seconds == null ? null : Date.now() + seconds * 1000),
    // The clock is read when a new answer arrives, on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [answerCount, reason, seconds],
  );
  // Waits over a minute read in whole minutes, so they need not wake every second.
  const secondsLeft = useSecondsUntil(deadline, { minuteSteps: true });
  if (!reason) return null;
  if (secondsLeft === null) return { reason, secondsLeft: null };
  return secondsLeft > 0 ? { reason, secondsLeft } : null;
}

/** A block that holds the form until a countdown ends (a lock without an end leaves it usable for another account). */
export function isBlocking(block: RetryBlock | null): boolean {
  return block !== null && block.secondsLeft !== null;
}
