import { verificationExpired, verificationMissing } from './errors.js';
import { newSixDigitCode } from './ids.js';
import type { SentCodeRecord, UserRecord } from './state.js';

const SENT_CODE_LIFETIME = 10 * 60 * 1000;

/** What a code is sent for: a sign-in, a phone number being verified, or a session reverification. */
export interface CodeHolder {
  sentCode: SentCodeRecord | null;
}

/**
 * "Sends" a code by SMS or email: nothing leaves the machine. The code becomes the holder's only
 * valid one, and is recorded where tests and the demo panel read it (`lastSmsCode`,
 * `lastEmailCode`). Returns when it expires; each send starts a new code and a new expiry.
 */
export function sendCode(holder: CodeHolder, user: UserRecord, strategy: SentCodeRecord['strategy'], targetId: string, now: number): number {
  const expireAt = now + SENT_CODE_LIFETIME;
  const code = newSixDigitCode();
  holder.sentCode = { strategy, code, targetId, expireAt };
  if (strategy === 'phone_code') user.lastSmsCode = code;
  else user.lastEmailCode = code;
  return expireAt;
}

/**
 * Whether `code` is the one last sent for `strategy`. A code for another strategy does not count:
 * a "forgot password" code cannot pass as an email second factor, nor the reverse.
 */
export function sentCodeMatches(holder: CodeHolder, strategy: SentCodeRecord['strategy'], code: string, now: number): boolean {
  const sent = holder.sentCode;
  if (!sent || sent.strategy !== strategy) throw verificationMissing();
  if (sent.expireAt <= now) throw verificationExpired();
  return sent.code === code;
}
