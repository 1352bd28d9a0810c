import { expireVerifications } from '../domain/reverification-age.js';
import type { EmulatorCore } from '../domain/state.js';
import { ControlInputError } from './users.js';

/** Body of `POST /__emulator/reverification`. */
export interface ReverificationControl {
  /** Minutes a verification stays fresh for sensitive calls (default 10, Clerk's `strict`); at least 1. */
  afterMinutes?: number;
  /** Age every signed-in session's verifications to the limit now, so the next sensitive call asks. */
  expireVerifications?: boolean;
}

export function updateReverification(core: EmulatorCore, input: unknown): { afterMinutes: number } {
  const body = (input ?? {}) as Record<string, unknown>;
  const { afterMinutes, expireVerifications: expire } = body;
  if (afterMinutes !== undefined && (typeof afterMinutes !== 'number' || !Number.isInteger(afterMinutes) || afterMinutes < 1)) {
    throw new ControlInputError(400, 'afterMinutes must be a whole number of minutes, at least 1');
  }
  if (expire !== undefined && typeof expire !== 'boolean') throw new ControlInputError(400, 'expireVerifications must be a boolean');
  if (afterMinutes !== undefined) core.state.settings.reverificationAfterMinutes = afterMinutes;
  if (expire) expireVerifications(core.state, core.now());
  return { afterMinutes: core.state.settings.reverificationAfterMinutes };
}
