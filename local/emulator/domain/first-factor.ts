import type { DomainContext } from './context.js';
import { codeIncorrect, paramMissing, paramValueInvalid, strategyInvalid } from './errors.js';
import { assertNotLocked, rejectAttempt } from './lockout.js';
import { sendCode, sentCodeMatches } from './sent-codes.js';
import { attemptPassword, requireStatus } from './sign-in-flow.js';
import type { FirstFactorStrategy, SignInRecord, UserRecord, VerificationRecord } from './state.js';
import { firstFactorStrategies } from './users.js';

function offeredStrategy(user: UserRecord, strategy: string | undefined): FirstFactorStrategy {
  if (!strategy) throw paramMissing('strategy');
  if (!firstFactorStrategies(user).includes(strategy as FirstFactorStrategy)) throw strategyInvalid();
  return strategy as FirstFactorStrategy;
}

/**
 * `prepare_first_factor`. Of the first factors offered only the "forgot password" code has
 * something to send (clerk-js `signIn.resetPasswordEmailCode.sendCode()`, with the
 * `email_address_id` it read from `supported_first_factors`); a password has nothing to prepare.
 */
export function prepareFirstFactor(ctx: DomainContext, signIn: SignInRecord, user: UserRecord, body: Record<string, string>): void {
  requireStatus(signIn, 'needs_first_factor');
  const strategy = offeredStrategy(user, body.strategy);
  if (strategy !== 'reset_password_email_code') throw strategyInvalid();
  if (body.email_address_id && body.email_address_id !== user.emailId) throw paramValueInvalid('email_address_id');
  assertNotLocked(user, ctx.now);
  const expireAt = sendCode(signIn, user, strategy, user.emailId, ctx.now);
  signIn.firstFactor = { strategy, status: 'unverified', attempts: 0, expireAt };
}

/** `attempt_first_factor`: `password` (the legacy sign-in resource) or the "forgot password" code. */
export function attemptFirstFactor(ctx: DomainContext, signIn: SignInRecord, user: UserRecord, body: Record<string, string>): void {
  const strategy = offeredStrategy(user, body.strategy);
  if (strategy === 'password') attemptPassword(ctx, signIn, user, body.password);
  else attemptResetPasswordCode(ctx, signIn, user, body.code);
}

/**
 * clerk-js `resetPasswordEmailCode.verifyCode()`. A right code proves the inbox and leads to
 * `needs_new_password`; a wrong one counts towards the lockout like any wrong code. Before any
 * code was sent the answer is `verification_missing`, as for SMS and email second factors: the
 * spec only says this attempt needs a prepared verification, and names no error for its absence.
 */
function attemptResetPasswordCode(ctx: DomainContext, signIn: SignInRecord, user: UserRecord, rawCode: string | undefined): void {
  requireStatus(signIn, 'needs_first_factor');
  // People paste codes with spaces ("123 456").
  const code = (rawCode ?? '').replace(/\s+/g, '');
  if (!code) throw paramMissing('code');
  assertNotLocked(user, ctx.now);
  const matches = sentCodeMatches(signIn, 'reset_password_email_code', code, ctx.now);
  const verification = resetCodeVerification(signIn);
  verification.attempts += 1;
  if (!matches) rejectAttempt(user, ctx.now, codeIncorrect());

  verification.status = 'verified';
  // A sent code is good once.
  signIn.sentCode = null;
  signIn.status = 'needs_new_password';
}

/** The code's verification, begun again if a password was tried on this sign-in since the code went out. */
function resetCodeVerification(signIn: SignInRecord): VerificationRecord {
  if (signIn.firstFactor?.strategy !== 'reset_password_email_code') {
    signIn.firstFactor = { strategy: 'reset_password_email_code', status: 'unverified', attempts: 0, expireAt: signIn.sentCode?.expireAt ?? null };
  }
  return signIn.firstFactor;
}
