import { emptyState, type EmulatorState, type SessionTaskKey } from './state.js';
import { createUserRecord } from './users.js';

/** One password for every seeded user, so the demo panel needs to show it only once. */
export const DEMO_PASSWORD = 'demo-password-2026';

export interface SeedUser {
  email: string;
  description: string;
  totpSecret?: string;
  backupCodes?: string[];
  phone?: string;
  emailCodeMfa?: boolean;
  clientTrust?: boolean;
  tasks?: SessionTaskKey[];
}

/**
 * Fixed secrets keep tests deterministic: a test can compute the TOTP code itself. Accounts added
 * later go at the end, so indices into this list stay put.
 */
export const SEED_USERS: ReadonlyArray<Readonly<SeedUser>> = Object.freeze([
  {
    email: 'mfa@example.com',
    description: 'Authenticator app, SMS code and backup codes',
    totpSecret: 'EILP57ABIR4YEADM6JJSYRUCL4IJSYDY',
    backupCodes: ['oxyo66dz', '4gp3x8mo', '849uqu1a', '7hwwz3ei', 'a8b950ws', 'ft5bg7ha', '8tyzre7j', '03ncmw0j', 'pk8yvzja', 'w4dlt9sl'],
    phone: '+15555550155',
  },
  { email: 'totp@example.com', description: 'Authenticator app only', totpSecret: 'RZ326KSFGTQQJWNHZUPA2IUGZBTV3EVL' },
  { email: 'sms@example.com', description: 'SMS code only', phone: '+15555550177' },
  { email: 'locked@example.com', description: 'Locked out for an hour after too many failed attempts' },
  { email: 'plain@example.com', description: 'No second factor, Client Trust off: signs in with the password alone' },
  { email: 'email@example.com', description: 'Email code as second factor', emailCodeMfa: true },
  { email: 'trust@example.com', description: 'No second factor, new device: Client Trust code by email', clientTrust: true },
  { email: 'reset@example.com', description: 'Password found in a breach: signs in to a pending session with the reset-password task', tasks: ['reset-password'] },
  { email: 'forgot@example.com', description: 'No second factor, Client Trust off: for "forgot password" (a code by email, then a new password)' },
  { email: 'forgot-mfa@example.com', description: 'Authenticator app only: "forgot password", then the authenticator code', totpSecret: 'NHSPEVEZKIQDHPRLR23NXNIXQ75O3L2F' },
  { email: 'setup-mfa@example.com', description: 'No second factor yet, MFA required: signs in to a pending session with the setup-mfa task: the sign-in flow has them add an authenticator app or a phone number, then the session starts', tasks: ['setup-mfa'] },
  { email: 'enrol@example.com', description: 'No second factor, Client Trust off: signs in with the password alone, then adds an authenticator app or a phone number in the two-step verification settings (codes then show here)' },
]);

const SEED_LOCK_SECONDS: Readonly<Record<string, number>> = { 'locked@example.com': 3600 };

/** A fresh state holding only the seeded users; the lock clock starts at `now`. */
export function seededState(now: number): EmulatorState {
  const state = emptyState();
  for (const seed of SEED_USERS) {
    const user = createUserRecord(
      { ...seed, password: DEMO_PASSWORD, lockedForSeconds: SEED_LOCK_SECONDS[seed.email] },
      now,
    );
    state.users.set(user.id, user);
  }
  return state;
}
