import { newId } from './ids.js';
import { lockUser } from './lockout.js';
import type { FirstFactorStrategy, SecondFactorStrategy, SessionTaskKey, UserRecord } from './state.js';

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

export function createUserRecord(input: NewUser, now: number): UserRecord {
  const user: UserRecord = {
    id: newId('user'),
    email: input.email.trim().toLowerCase(),
    emailId: newId('idn'),
    password: input.password,
    passwordUpdatedAt: null,
    description: input.description,
    totpSecret: input.totpSecret ?? null,
    backupCodes: (input.backupCodes ?? []).map((code) => code.toLowerCase()),
    phone: input.phone ? { id: newId('idn'), number: input.phone, createdAt: now } : null,
    emailCodeMfa: input.emailCodeMfa ?? false,
    clientTrust: input.clientTrust ?? false,
    tasks: [...(input.tasks ?? [])],
    lock: null,
    failedAttempts: 0,
    lastSmsCode: null,
    lastEmailCode: null,
    lastSignInAt: null,
    createdAt: now,
    updatedAt: now,
  };
  if (input.lockedForSeconds !== undefined) lockUser(user, now, input.lockedForSeconds);
  return user;
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
  if (user.totpSecret) strategies.push('totp');
  if (user.phone) strategies.push('phone_code');
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
