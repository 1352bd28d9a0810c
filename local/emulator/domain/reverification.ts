import type { DomainContext } from './context.js';
import {
  alreadyVerified, codeIncorrect, paramMissing, paramValueInvalid, passwordIncorrect, reverificationRequired, reverificationStepInvalid, strategyInvalid,
} from './errors.js';
import { assertNotLocked, rejectAttempt } from './lockout.js';
import { isRecentlyVerified } from './reverification-age.js';
import { secondFactorCodeMatches, smsPhoneId, spendSecondFactorCode } from './second-factor.js';
import { sendCode, sentCodeMatches } from './sent-codes.js';
import type { ReverificationLevel, ReverificationRecord, SecondFactorStrategy, SessionRecord, UserRecord } from './state.js';
import { secondFactorStrategies } from './users.js';

const LEVELS: readonly ReverificationLevel[] = ['first_factor', 'second_factor', 'multi_factor'];

/** What can reverify a session: the password or a code by email, as in Clerk's `<UserVerification/>`. */
export type ReverificationFirstFactor = 'password' | 'email_code';
const FIRST_FACTORS: readonly ReverificationFirstFactor[] = ['password', 'email_code'];

/** The second factors the spec's `attempt_second_factor` takes; an email-code second factor is not one of them. */
export function reverificationSecondFactors(user: UserRecord): SecondFactorStrategy[] {
  return secondFactorStrategies(user).filter((strategy) => strategy !== 'email_code');
}

/**
 * The guard of a sensitive `/me` call (removing the authenticator, new backup codes, removing or
 * un-reserving an SMS number): 403 `session_reverification_required` once the session's last
 * verification is as old as the instance allows (`settings.reverificationAfterMinutes`).
 */
export function requireRecentVerification(ctx: DomainContext, session: SessionRecord): void {
  if (!isRecentlyVerified(session, ctx.state.settings, ctx.now)) throw reverificationRequired();
}

/**
 * `POST /client/sessions/:id/verify` (clerk-js `session.startVerification({ level })`; Clerk's
 * `<UserVerification/>` asks for `second_factor` unless told otherwise). A user without a second
 * factor falls back to `first_factor`, as the spec says; the answer's `level` is the one applied.
 */
export function startReverification(ctx: DomainContext, session: SessionRecord, rawLevel: string | undefined): ReverificationRecord {
  if (!rawLevel) throw paramMissing('level');
  if (!LEVELS.includes(rawLevel as ReverificationLevel)) throw paramValueInvalid('level', `level must be one of ${LEVELS.join(', ')}.`);
  const user = ctx.state.users.get(session.userId)!;
  const level = rawLevel !== 'first_factor' && reverificationSecondFactors(user).length === 0 ? 'first_factor' : rawLevel as ReverificationLevel;
  session.reverification = {
    level,
    status: level === 'second_factor' ? 'needs_second_factor' : 'needs_first_factor',
    firstFactor: null,
    secondFactor: null,
    sentCode: null,
  };
  return session.reverification;
}

function reverificationAt(session: SessionRecord, status: ReverificationRecord['status']): ReverificationRecord {
  const reverification = session.reverification;
  if (reverification?.status === 'complete') throw alreadyVerified('This session has just been verified.');
  if (!reverification || reverification.status !== status) throw reverificationStepInvalid();
  return reverification;
}

/** `verify/prepare_first_factor`: a code by email (a password has nothing to prepare). */
export function prepareReverificationFirstFactor(ctx: DomainContext, session: SessionRecord, user: UserRecord, body: Record<string, string>): void {
  const reverification = reverificationAt(session, 'needs_first_factor');
  if (!body.strategy) throw paramMissing('strategy');
  if (body.strategy !== 'email_code') throw strategyInvalid();
  if (body.email_address_id && body.email_address_id !== user.emailId) throw paramValueInvalid('email_address_id');
  assertNotLocked(user, ctx.now);
  const expireAt = sendCode(reverification, user, 'email_code', user.emailId, ctx.now);
  reverification.firstFactor = { strategy: 'email_code', status: 'unverified', attempts: 0, expireAt };
}

/**
 * `verify/attempt_first_factor`: the password, or the emailed code. Failures count towards the
 * lockout as at sign-in. Then `multi_factor` goes on to the second factor; otherwise done.
 */
export function attemptReverificationFirstFactor(ctx: DomainContext, session: SessionRecord, user: UserRecord, body: Record<string, string>): void {
  const reverification = reverificationAt(session, 'needs_first_factor');
  const strategy = body.strategy as ReverificationFirstFactor | undefined;
  if (!strategy) throw paramMissing('strategy');
  if (!FIRST_FACTORS.includes(strategy)) throw strategyInvalid();
  const secret = strategy === 'password' ? body.password : (body.code ?? '').replace(/\s+/g, '');
  if (!secret) throw paramMissing(strategy === 'password' ? 'password' : 'code');
  assertNotLocked(user, ctx.now);
  // Checked first: a code never sent is `verification_missing` and leaves no verification behind.
  const matches = strategy === 'password' ? secret === user.password : sentCodeMatches(reverification, 'email_code', secret, ctx.now);
  if (reverification.firstFactor?.strategy !== strategy) {
    reverification.firstFactor = { strategy, status: 'unverified', attempts: 0, expireAt: null };
  }
  reverification.firstFactor.attempts += 1;
  if (!matches) rejectAttempt(user, ctx.now, strategy === 'password' ? passwordIncorrect() : codeIncorrect());

  reverification.firstFactor.status = 'verified';
  reverification.sentCode = null;
  user.failedAttempts = 0;
  session.firstFactorAt = ctx.now;
  session.updatedAt = ctx.now;
  reverification.status = reverification.level === 'multi_factor' ? 'needs_second_factor' : 'complete';
}

/** `verify/prepare_second_factor`: an SMS code to a reserved number (`phone_number_id`, else the default one). */
export function prepareReverificationSecondFactor(ctx: DomainContext, session: SessionRecord, user: UserRecord, body: Record<string, string>): void {
  const reverification = reverificationAt(session, 'needs_second_factor');
  if ((body.strategy ?? 'phone_code') !== 'phone_code' || !reverificationSecondFactors(user).includes('phone_code')) throw strategyInvalid();
  const phoneId = smsPhoneId(user, body.phone_number_id);
  assertNotLocked(user, ctx.now);
  const expireAt = sendCode(reverification, user, 'phone_code', phoneId, ctx.now);
  reverification.secondFactor = { strategy: 'phone_code', status: 'unverified', attempts: 0, expireAt };
}

/** `verify/attempt_second_factor`: `totp`, `phone_code` or `backup_code` (spent), as at sign-in. */
export function attemptReverificationSecondFactor(ctx: DomainContext, session: SessionRecord, user: UserRecord, body: Record<string, string>): void {
  const reverification = reverificationAt(session, 'needs_second_factor');
  const strategy = body.strategy as SecondFactorStrategy | undefined;
  if (!strategy) throw paramMissing('strategy');
  if (!reverificationSecondFactors(user).includes(strategy)) throw strategyInvalid();
  const code = (body.code ?? '').replace(/\s+/g, '');
  if (!code) throw paramMissing('code');
  assertNotLocked(user, ctx.now);
  const matches = secondFactorCodeMatches(reverification, user, strategy, code, ctx.now);
  if (reverification.secondFactor?.strategy !== strategy) {
    reverification.secondFactor = { strategy, status: 'unverified', attempts: 0, expireAt: null };
  }
  reverification.secondFactor.attempts += 1;
  if (!matches) rejectAttempt(user, ctx.now, codeIncorrect());

  reverification.secondFactor.status = 'verified';
  spendSecondFactorCode(reverification, user, strategy, code);
  user.failedAttempts = 0;
  session.secondFactorAt = ctx.now;
  session.updatedAt = ctx.now;
  reverification.status = 'complete';
}
