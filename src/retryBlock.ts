import type { FlowError } from './errors.js';

export type RetryBlockReason = 'user_locked' | 'too_many_requests';

export interface Wait {
  reason: RetryBlockReason;
  /** Seconds to wait, or `null` when the error gives none. */
  seconds: number | null;
  /** The lock has no end (Clerk says so); the person needs support, not patience. */
  indefinite: boolean;
}

/** How long an error says to wait, or `undefined` when it does not block. */
export function waitOf(error: FlowError | null): Wait | undefined {
  if (!error) return undefined;
  if (error.code === 'too_many_requests') return { reason: error.code, seconds: error.retryAfterSeconds ?? null, indefinite: false };
  if (error.code === 'user_locked') {
    const seconds = lockoutSecondsIn(error.clerkMessage);
    return { reason: error.code, seconds, indefinite: seconds === null && NO_EXPIRY.test(error.clerkMessage ?? '') };
  }
  return undefined;
}

const UNIT_SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86400 };
const NO_EXPIRY = /\b(?:not|never) expire|permanent|indefinite|contact support to unlock/i;

/**
 * The lockout's remaining time, read from Clerk's words ("…try again in 1 hour and 5 minutes").
 * clerk-js 5 drops the numeric `lockout_expires_in_seconds` when it parses the error, so the
 * sentence is the only carrier. `null` when it states no number.
 */
export function lockoutSecondsIn(message: string | undefined): number | null {
  const wait = message?.match(/try again in (.+?)(?:\.|$)/i)?.[1];
  if (!wait) return null;
  let seconds = 0;
  for (const [, count, unit] of wait.matchAll(/(\d+)\s*(second|minute|hour|day)s?/gi)) {
    seconds += Number(count) * (UNIT_SECONDS[unit!.toLowerCase()] ?? 0);
  }
  return seconds > 0 ? seconds : null;
}
