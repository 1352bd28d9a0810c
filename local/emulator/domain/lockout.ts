import { type FapiError, userLocked } from './errors.js';
import type { UserRecord } from './state.js';

/** Clerk's default attack protection: 10 failed attempts lock the account for an hour. */
export const LOCKOUT_MAX_ATTEMPTS = 10;
export const LOCKOUT_SECONDS = 3600;

/** A lock whose time has passed is lifted here, lazily, so no timer has to run. */
function liftExpiredLock(user: UserRecord, now: number): void {
  if (user.lock && user.lock.until !== null && user.lock.until <= now) {
    user.lock = null;
    user.failedAttempts = 0;
  }
}

export function isLocked(user: UserRecord, now: number): boolean {
  liftExpiredLock(user, now);
  return user.lock !== null;
}

/** Seconds until the lock lifts; null when it never does. Only meaningful while locked. */
export function lockSecondsLeft(user: UserRecord, now: number): number | null {
  if (!user.lock || user.lock.until === null) return null;
  return Math.max(0, Math.ceil((user.lock.until - now) / 1000));
}

export function lockUser(user: UserRecord, now: number, seconds: number | null): void {
  user.lock = { until: seconds === null ? null : now + seconds * 1000 };
}

export function assertNotLocked(user: UserRecord, now: number): void {
  if (isLocked(user, now)) throw userLocked(lockSecondsLeft(user, now));
}

export function attemptsRemaining(user: UserRecord): number {
  return Math.max(0, LOCKOUT_MAX_ATTEMPTS - user.failedAttempts);
}

/**
 * Counts a failed password or code. The failure that reaches the limit already answers
 * `user_locked`, so the person learns about the lock at once rather than on the next try.
 */
export function rejectAttempt(user: UserRecord, now: number, error: FapiError): never {
  user.failedAttempts += 1;
  if (user.failedAttempts >= LOCKOUT_MAX_ATTEMPTS) {
    lockUser(user, now, LOCKOUT_SECONDS);
    throw userLocked(LOCKOUT_SECONDS);
  }
  throw error;
}
