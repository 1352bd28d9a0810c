import { isLocked, lockSecondsLeft } from '../domain/lockout.js';
import type { EmulatorState, SessionTaskKey, UserRecord } from '../domain/state.js';
import { totpCodeAt, totpSecondsLeft } from '../domain/totp.js';

/** One row of the demo panel: everything a person needs to get through each sign-in path. */
export interface DemoUser {
  email: string;
  password: string;
  description: string;
  /** Also while the authenticator is being set up (`POST /me/totp`), so a person can finish without an app. */
  totpCode?: string;
  totpSecondsLeft?: number;
  /** Present, true, while the authenticator is set up but not yet verified: no second factor yet. */
  totpPending?: true;
  /** Unused codes only. */
  backupCodes?: string[];
  lastSmsCode?: string;
  /** The last code "sent" by email: Client Trust, email-code MFA or a forgotten password. */
  lastEmailCode?: string;
  /** Tasks the user's next session starts with (`reset-password` goes once the password changes). */
  tasks?: SessionTaskKey[];
  locked: boolean;
  /** Present while locked; null when the lock never lifts. */
  lockoutExpiresInSeconds?: number | null;
}

export function demoUser(user: UserRecord, now: number): DemoUser {
  const row: DemoUser = { email: user.email, password: user.password, description: user.description, locked: isLocked(user, now) };
  if (user.totp) {
    row.totpCode = totpCodeAt(user.totp.secret, now);
    row.totpSecondsLeft = totpSecondsLeft(now);
    if (!user.totp.verified) row.totpPending = true;
  }
  if (user.backupCodes.length > 0) row.backupCodes = [...user.backupCodes];
  if (user.lastSmsCode) row.lastSmsCode = user.lastSmsCode;
  if (user.lastEmailCode) row.lastEmailCode = user.lastEmailCode;
  if (user.tasks.length > 0) row.tasks = [...user.tasks];
  if (row.locked) row.lockoutExpiresInSeconds = lockSecondsLeft(user, now);
  return row;
}

/** Seeded users first, then any added through the control surface, in creation order. */
export function demoUsers(state: EmulatorState, now: number): DemoUser[] {
  return [...state.users.values()].map((user) => demoUser(user, now));
}
