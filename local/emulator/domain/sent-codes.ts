import { verificationExpired, verificationMissing } from './errors.js';
import { newSixDigitCode } from './ids.js';
import type { SentCodeRecord, SignInRecord, UserRecord } from './state.js';

const SENT_CODE_LIFETIME = 10 * 60 * 1000;

/**
 * "Sends" a code by SMS or email: nothing leaves the machine. The code becomes the sign-in's only
 * valid one, and is recorded where tests and the demo panel read it (`lastSmsCode`,
 * `lastEmailCode`). Returns when it expires; each send starts a new code and a new expiry.
 */
export function sendCode(signIn: SignInRecord, user: UserRecord, strategy: SentCodeRecord['strategy'], targetId: string, now: number): number {
  const expireAt = now + SENT_CODE_LIFETIME;
  const code = newSixDigitCode();
  signIn.sentCode = { strategy, code, targetId, expireAt };
  if (strategy === 'phone_code') user.lastSmsCode = code;
  else user.lastEmailCode = code;
  return expireAt;
}

/**
 * Whether `code` is the one last sent for `strategy`. A code for another strategy does not count:
 * a "forgot password" code cannot pass as an email second factor, nor the reverse.
 */
export function sentCodeMatches(signIn: SignInRecord, strategy: SentCodeRecord['strategy'], code: string, now: number): boolean {
  const sent = signIn.sentCode;
  if (!sent || sent.strategy !== strategy) throw verificationMissing();
  if (sent.expireAt <= now) throw verificationExpired();
  return sent.code === code;
}
