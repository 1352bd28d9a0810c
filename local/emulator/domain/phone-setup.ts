import type { DomainContext } from './context.js';
import {
  alreadyVerified, codeIncorrect, notFound, paramMissing, paramValueInvalid, phoneNumberExists, phoneNumberFormatInvalid,
  phoneNumberNotReserved, phoneNumberNotVerified,
} from './errors.js';
import { newId } from './ids.js';
import { hasOwnSecondFactor, secondFactorAdded, secondFactorRemoved } from './mfa.js';
import { requireRecentVerification } from './reverification.js';
import { sendCode, sentCodeMatches } from './sent-codes.js';
import type { SignedIn } from './sessions.js';
import type { PhoneRecord, UserRecord } from './state.js';
import { isVerifiedPhone, smsFactorPhones } from './users.js';

/** E.164: a plus, a country code that does not start with 0, at most fifteen digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;

export interface PhoneAnswer {
  phone: PhoneRecord;
  /** Backup codes that came with the user's first second factor, shown once; null otherwise. */
  backupCodes: string[] | null;
}

/** Another user's number, or one that does not exist, is "not found", as in Clerk. */
function phoneOf(user: UserRecord, phoneId: string): PhoneRecord {
  const phone = user.phones.find((candidate) => candidate.id === phoneId);
  if (!phone) throw notFound();
  return phone;
}

function booleanParam(body: Record<string, string>, param: string): boolean | undefined {
  const value = body[param];
  if (value === undefined || value === '') return undefined;
  if (value !== 'true' && value !== 'false') throw paramValueInvalid(param, `${param} must be true or false.`);
  return value === 'true';
}

/** One SMS factor at most is the default; the first one left takes over when it goes. */
function settleDefault(user: UserRecord): void {
  for (const phone of user.phones) if (!phone.reservedForSecondFactor) phone.defaultSecondFactor = false;
  const factors = smsFactorPhones(user);
  if (factors.length > 0 && !factors.some((phone) => phone.defaultSecondFactor)) factors[0]!.defaultSecondFactor = true;
}

/**
 * `POST /me/phone_numbers` (clerk-js `user.createPhoneNumber({ phoneNumber })`): an unverified
 * number. `reserved_for_second_factor=true` may come along; the number is an SMS factor only once
 * verified too.
 */
export function createPhone(ctx: DomainContext, { user }: SignedIn, body: Record<string, string>): PhoneRecord {
  const number = body.phone_number?.trim();
  if (!number) throw paramMissing('phone_number');
  if (!E164.test(number)) throw phoneNumberFormatInvalid();
  const reserved = booleanParam(body, 'reserved_for_second_factor') ?? false;
  for (const someone of ctx.state.users.values()) {
    if (someone.phones.some((phone) => phone.number === number)) throw phoneNumberExists();
  }
  const phone: PhoneRecord = {
    id: newId('idn'),
    number,
    verification: null,
    sentCode: null,
    reservedForSecondFactor: reserved,
    defaultSecondFactor: false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  user.phones.push(phone);
  user.updatedAt = ctx.now;
  return phone;
}

/** `…/prepare_verification` (`phoneNumber.prepareVerification()`, `strategy=phone_code`): an SMS code, read as `lastSmsCode`. */
export function preparePhoneVerification(ctx: DomainContext, { user }: SignedIn, phoneId: string, body: Record<string, string>): PhoneRecord {
  const phone = phoneOf(user, phoneId);
  if (!body.strategy) throw paramMissing('strategy');
  if (body.strategy !== 'phone_code') throw paramValueInvalid('strategy', 'strategy must be phone_code.');
  if (isVerifiedPhone(phone)) throw alreadyVerified('This phone number is already verified.');
  const expireAt = sendCode(phone, user, 'phone_code', phone.id, ctx.now);
  phone.verification = { strategy: 'phone_code', status: 'unverified', attempts: 0, expireAt };
  phone.updatedAt = ctx.now;
  return phone;
}

/**
 * `…/attempt_verification` (`phoneNumber.attemptVerification({ code })`). A wrong code is
 * `form_code_incorrect` and, nobody signing in, does not count towards the lockout. A number
 * already reserved becomes an SMS factor here.
 */
export function attemptPhoneVerification(ctx: DomainContext, { user }: SignedIn, phoneId: string, rawCode: string | undefined): PhoneAnswer {
  const phone = phoneOf(user, phoneId);
  if (isVerifiedPhone(phone)) throw alreadyVerified('This phone number is already verified.');
  const code = (rawCode ?? '').replace(/\s+/g, '');
  if (!code) throw paramMissing('code');
  const matches = sentCodeMatches(phone, 'phone_code', code, ctx.now);
  const verification = phone.verification!;
  verification.attempts += 1;
  if (!matches) throw codeIncorrect();

  const hadOne = hasOwnSecondFactor(user);
  verification.status = 'verified';
  phone.sentCode = null;
  phone.updatedAt = ctx.now;
  settleDefault(user);
  const backupCodes = phone.reservedForSecondFactor ? secondFactorAdded(ctx.state, user, hadOne, ctx.now) : null;
  return { phone, backupCodes };
}

/**
 * `PATCH /me/phone_numbers/:id`: `reserved_for_second_factor` (`setReservedForSecondFactor({
 * reserved })`) and `default_second_factor=true` (`makeDefaultSecondFactor()`). Reserving needs a
 * verified number; un-reserving is a sensitive call; only a reserved number can be the default.
 * `default_second_factor=false` changes nothing: another number takes the default by being made it.
 */
export function updatePhone(ctx: DomainContext, { session, user }: SignedIn, phoneId: string, body: Record<string, string>): PhoneAnswer {
  const phone = phoneOf(user, phoneId);
  const reserve = booleanParam(body, 'reserved_for_second_factor');
  const makeDefault = booleanParam(body, 'default_second_factor');
  const reserved = reserve ?? phone.reservedForSecondFactor;
  if (reserve === false && phone.reservedForSecondFactor) requireRecentVerification(ctx, session);
  if (reserve === true && !isVerifiedPhone(phone)) throw phoneNumberNotVerified();
  if (makeDefault === true && !reserved) throw phoneNumberNotReserved();

  const hadOne = hasOwnSecondFactor(user);
  const wasFactor = smsFactorPhones(user).includes(phone);
  phone.reservedForSecondFactor = reserved;
  if (makeDefault === true) for (const other of user.phones) other.defaultSecondFactor = other === phone;
  settleDefault(user);
  phone.updatedAt = ctx.now;
  let backupCodes: string[] | null = null;
  if (reserved && !wasFactor) backupCodes = secondFactorAdded(ctx.state, user, hadOne, ctx.now);
  else if (!reserved && wasFactor) secondFactorRemoved(user, ctx.now);
  else user.updatedAt = ctx.now;
  return { phone, backupCodes };
}

/** `DELETE /me/phone_numbers/:id` (`phoneNumber.destroy()`): a sensitive call; an SMS factor goes with the number. */
export function deletePhone(ctx: DomainContext, { session, user }: SignedIn, phoneId: string): PhoneRecord {
  requireRecentVerification(ctx, session);
  const phone = phoneOf(user, phoneId);
  const wasFactor = smsFactorPhones(user).includes(phone);
  user.phones = user.phones.filter((candidate) => candidate !== phone);
  settleDefault(user);
  if (wasFactor) secondFactorRemoved(user, ctx.now);
  else user.updatedAt = ctx.now;
  return phone;
}
