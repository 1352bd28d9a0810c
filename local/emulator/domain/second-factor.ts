import { codeIncorrect, paramMissing, paramValueInvalid, strategyInvalid, verificationExpired, verificationMissing } from './errors.js';
import { newSixDigitCode } from './ids.js';
import { assertNotLocked, rejectAttempt } from './lockout.js';
import type { FapiContext } from './router.js';
import { completeSignIn, requireStatus } from './sign-in-flow.js';
import type { FactorStrategy, SignInRecord, UserRecord, VerificationRecord } from './state.js';
import { isValidTotp } from './totp.js';
import { secondFactorStrategies } from './users.js';

const PHONE_CODE_LIFETIME = 10 * 60 * 1000;

/** `prepare_second_factor`: "sends" an SMS by recording the code where tests and the demo can read it. */
export function prepareSecondFactor(ctx: FapiContext, signIn: SignInRecord, user: UserRecord, body: Record<string, string>): void {
  requireStatus(signIn, 'needs_second_factor');
  if (body.strategy !== 'phone_code' || !user.phone) throw strategyInvalid();
  if (body.phone_number_id && body.phone_number_id !== user.phone.id) throw paramValueInvalid('phone_number_id');
  assertNotLocked(user, ctx.now);
  const expireAt = ctx.now + PHONE_CODE_LIFETIME;
  const code = newSixDigitCode();
  signIn.phoneCode = { code, phoneNumberId: user.phone.id, expireAt };
  signIn.secondFactor = { strategy: 'phone_code', status: 'unverified', attempts: 0, expireAt };
  user.lastSmsCode = code;
}

function verificationFor(signIn: SignInRecord, strategy: FactorStrategy): VerificationRecord {
  if (signIn.secondFactor?.strategy !== strategy) {
    signIn.secondFactor = { strategy, status: 'unverified', attempts: 0, expireAt: null };
  }
  return signIn.secondFactor;
}

function codeMatches(ctx: FapiContext, signIn: SignInRecord, user: UserRecord, strategy: FactorStrategy, code: string): boolean {
  switch (strategy) {
    case 'totp':
      return isValidTotp(user.totpSecret!, code, ctx.now);
    case 'backup_code':
      return user.backupCodes.includes(code.toLowerCase());
    case 'phone_code': {
      const sent = signIn.phoneCode;
      if (!sent) throw verificationMissing();
      if (sent.expireAt <= ctx.now) throw verificationExpired();
      return sent.code === code;
    }
    default:
      return false;
  }
}

/** `attempt_second_factor` with totp, backup_code or phone_code. Wrong codes count towards the lockout. */
export function attemptSecondFactor(ctx: FapiContext, signIn: SignInRecord, user: UserRecord, body: Record<string, string>): void {
  requireStatus(signIn, 'needs_second_factor');
  const strategy = body.strategy as FactorStrategy | undefined;
  if (!strategy) throw paramMissing('strategy');
  if (!(secondFactorStrategies(user) as FactorStrategy[]).includes(strategy)) throw strategyInvalid();
  // People paste codes with spaces ("123 456"); backup codes are compared case-insensitively.
  const code = (body.code ?? '').replace(/\s+/g, '');
  if (!code) throw paramMissing('code');
  assertNotLocked(user, ctx.now);
  const verification = verificationFor(signIn, strategy);
  verification.attempts += 1;
  if (!codeMatches(ctx, signIn, user, strategy, code)) rejectAttempt(user, ctx.now, codeIncorrect());

  verification.status = 'verified';
  // Backup codes are single use; an SMS code too.
  if (strategy === 'backup_code') user.backupCodes = user.backupCodes.filter((unused) => unused !== code.toLowerCase());
  if (strategy === 'phone_code') signIn.phoneCode = null;
  completeSignIn(ctx, signIn, user);
}
