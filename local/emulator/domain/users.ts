import { newId } from './ids.js';
import { lockUser } from './lockout.js';
import type { FirstFactorStrategy, PhoneRecord, SecondFactorStrategy, SessionTaskKey, TotpRecord, UserRecord } from './state.js';

/** Seeded and control-surface factors count as set up long ago: a code used ten minutes after it was sent. */
const TEN_MINUTES = 10 * 60 * 1000;

export interface NewUser {
  email: string;
  password: string;
  description: string;
  totpSecret?: string | null;
  backupCodes?: readonly string[];
  phone?: string | null;
  emailCodeMfa?: boolean;
  clientTrust?: boolean;
  tasks?: readonly SessionTaskKey[];
  /** null = locked for good */
  lockedForSeconds?: number | null;
}

function verifiedTotp(secret: string, now: number): TotpRecord {
  return { id: newId('totp'), secret, verified: true, createdAt: now, updatedAt: now };
}

/** A number given with the user is verified and reserved for second factor: its SMS factor. */
function reservedPhone(number: string, now: number): PhoneRecord {
  return {
    id: newId('idn'),
    number,
    verification: { strategy: 'phone_code', status: 'verified', attempts: 1, expireAt: now + TEN_MINUTES },
    sentCode: null,
    reservedForSecondFactor: true,
    defaultSecondFactor: true,
    createdAt: now,
    updatedAt: now,
  };
}

export function createUserRecord(input: NewUser, now: number): UserRecord {
  const user: UserRecord = {
    id: newId('user'),
    email: input.email.trim().toLowerCase(),
    emailId: newId('idn'),
    password: input.password,
    passwordUpdatedAt: null,
    description: input.description,
    totp: input.totpSecret ? verifiedTotp(input.totpSecret, now) : null,
    backupCodes: (input.backupCodes ?? []).map((code) => code.toLowerCase()),
    phones: input.phone ? [reservedPhone(input.phone, now)] : [],
    emailCodeMfa: input.emailCodeMfa ?? false,
    clientTrust: input.clientTrust ?? false,
    tasks: [...(input.tasks ?? [])],
    lock: null,
    failedAttempts: 0,
    lastSmsCode: null,
    lastEmailCode: null,
    lastSignInAt: null,
    mfaEnabledAt: null,
    mfaDisabledAt: null,
    createdAt: now,
    updatedAt: now,
  };
  if (input.lockedForSeconds !== undefined) lockUser(user, now, input.lockedForSeconds);
  if (secondFactorStrategies(user).length > 0) user.mfaEnabledAt = now;
  return user;
}

/** The authenticator app's secret once verified; an unverified TOTP is no second factor. */
export function verifiedTotpSecret(user: UserRecord): string | null {
  return user.totp?.verified ? user.totp.secret : null;
}

export function isVerifiedPhone(phone: PhoneRecord): boolean {
  return phone.verification?.status === 'verified';
}

/** The numbers sign-in offers for SMS codes: verified and reserved, the default one first. */
export function smsFactorPhones(user: UserRecord): PhoneRecord[] {
  const reserved = user.phones.filter((phone) => phone.reservedForSecondFactor && isVerifiedPhone(phone));
  return [...reserved.filter((phone) => phone.defaultSecondFactor), ...reserved.filter((phone) => !phone.defaultSecondFactor)];
}

/** `primary_phone_number_id`: the first verified number, as Clerk makes the first one it verifies primary. */
export function primaryPhone(user: UserRecord): PhoneRecord | null {
  return user.phones.find(isVerifiedPhone) ?? null;
}

/**
 * The password, and the "forgot password" code to the email address. Every user here has both an
 * address and a password; each check names what its factor needs.
 */
export function firstFactorStrategies(user: UserRecord): FirstFactorStrategy[] {
  const strategies: FirstFactorStrategy[] = [];
  if (user.password) strategies.push('password');
  if (user.email) strategies.push('reset_password_email_code');
  return strategies;
}

/** In the order Clerk lists them: authenticator app, SMS, email code, then backup codes. */
export function secondFactorStrategies(user: UserRecord): SecondFactorStrategy[] {
  const strategies: SecondFactorStrategy[] = [];
  if (verifiedTotpSecret(user)) strategies.push('totp');
  if (smsFactorPhones(user).length > 0) strategies.push('phone_code');
  if (user.emailCodeMfa) strategies.push('email_code');
  if (user.backupCodes.length > 0) strategies.push('backup_code');
  return strategies;
}

/** "+15555550155" → "+1********55": country code and last two digits stay readable, as Clerk shows them. */
export function maskPhone(number: string): string {
  if (number.length <= 4) return number;
  return number.slice(0, 2) + '*'.repeat(number.length - 4) + number.slice(-2);
}

/** "trust@example.com" → "t****@example.com": enough to recognise the inbox, not to harvest it. */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at <= 1) return email;
  return email[0] + '*'.repeat(at - 1) + email.slice(at);
}
