import { clientTrustStrategies } from './client-trust.js';
import type { DomainContext } from './context.js';
import { codeIncorrect, paramMissing, paramValueInvalid, strategyInvalid } from './errors.js';
import { assertNotLocked, rejectAttempt } from './lockout.js';
import { sendCode, sentCodeMatches, type CodeHolder } from './sent-codes.js';
import { completeSignIn, requireStatus } from './sign-in-flow.js';
import type { SecondFactorStrategy, SignInRecord, UserRecord, VerificationRecord } from './state.js';
import { isValidTotp } from './totp.js';
import { secondFactorStrategies, smsFactorPhones, verifiedTotpSecret } from './users.js';

/**
 * The same two calls serve MFA (`needs_second_factor`) and Client Trust (`needs_client_trust`);
 * only the strategies on offer differ.
 */
function strategiesFor(signIn: SignInRecord, user: UserRecord): SecondFactorStrategy[] {
  return signIn.status === 'needs_client_trust' ? clientTrustStrategies() : secondFactorStrategies(user);
}

/**
 * `prepare_second_factor` with `phone_code` (+ `phone_number_id`) or `email_code`
 * (+ `email_address_id`): "sends" a code by recording it where tests and the demo panel read it.
 */
export function prepareSecondFactor(ctx: DomainContext, signIn: SignInRecord, user: UserRecord, body: Record<string, string>): void {
  requireStatus(signIn, 'needs_second_factor', 'needs_client_trust');
  const strategy = body.strategy as SecondFactorStrategy | undefined;
  if ((strategy !== 'phone_code' && strategy !== 'email_code') || !strategiesFor(signIn, user).includes(strategy)) throw strategyInvalid();
  let targetId: string;
  if (strategy === 'phone_code') {
    targetId = smsPhoneId(user, body.phone_number_id);
  } else {
    targetId = user.emailId;
    if (body.email_address_id && body.email_address_id !== targetId) throw paramValueInvalid('email_address_id');
  }
  assertNotLocked(user, ctx.now);
  const expireAt = sendCode(signIn, user, strategy, targetId, ctx.now);
  signIn.secondFactor = { strategy, status: 'unverified', attempts: 0, expireAt };
}

/**
 * The reserved number a code goes to: the one named by `phone_number_id` (clerk-js takes it from
 * `supported_second_factors`), else the default one.
 */
export function smsPhoneId(user: UserRecord, requested: string | undefined): string {
  const phones = smsFactorPhones(user);
  if (!requested) return phones[0]!.id;
  if (!phones.some((phone) => phone.id === requested)) throw paramValueInvalid('phone_number_id');
  return requested;
}

function verificationFor(signIn: SignInRecord, strategy: SecondFactorStrategy): VerificationRecord {
  if (signIn.secondFactor?.strategy !== strategy) {
    signIn.secondFactor = { strategy, status: 'unverified', attempts: 0, expireAt: null };
  }
  return signIn.secondFactor;
}

/** Whether `code` passes for `strategy`; SMS and email codes must be the holder's last sent one. */
export function secondFactorCodeMatches(holder: CodeHolder, user: UserRecord, strategy: SecondFactorStrategy, code: string, now: number): boolean {
  switch (strategy) {
    case 'totp':
      return isValidTotp(verifiedTotpSecret(user)!, code, now);
    case 'backup_code':
      return user.backupCodes.includes(code.toLowerCase());
    case 'phone_code':
    case 'email_code':
      return sentCodeMatches(holder, strategy, code, now);
  }
}

/** Backup codes are single use; a sent code too. */
export function spendSecondFactorCode(holder: CodeHolder, user: UserRecord, strategy: SecondFactorStrategy, code: string): void {
  if (strategy === 'backup_code') user.backupCodes = user.backupCodes.filter((unused) => unused !== code.toLowerCase());
  if (strategy === 'phone_code' || strategy === 'email_code') holder.sentCode = null;
}

/**
 * `attempt_second_factor` with totp, backup_code, phone_code or email_code. Wrong codes count
 * towards the lockout, Client Trust codes included.
 */
export function attemptSecondFactor(ctx: DomainContext, signIn: SignInRecord, user: UserRecord, body: Record<string, string>): void {
  requireStatus(signIn, 'needs_second_factor', 'needs_client_trust');
  const strategy = body.strategy as SecondFactorStrategy | undefined;
  if (!strategy) throw paramMissing('strategy');
  if (!strategiesFor(signIn, user).includes(strategy)) throw strategyInvalid();
  // People paste codes with spaces ("123 456"); backup codes are compared case-insensitively.
  const code = (body.code ?? '').replace(/\s+/g, '');
  if (!code) throw paramMissing('code');
  assertNotLocked(user, ctx.now);
  const verification = verificationFor(signIn, strategy);
  verification.attempts += 1;
  if (!secondFactorCodeMatches(signIn, user, strategy, code, ctx.now)) rejectAttempt(user, ctx.now, codeIncorrect());

  verification.status = 'verified';
  spendSecondFactorCode(signIn, user, strategy, code);
  completeSignIn(ctx, signIn, user);
}
