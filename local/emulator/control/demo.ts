import { isLocked, lockSecondsLeft } from './lockout.js';
import type { EmulatorState, UserRecord } from './state.js';
import { totpCodeAt, totpSecondsLeft } from './totp.js';

/** One row of the demo panel: everything a person needs to get through each sign-in path. */
export interface DemoUser {
  email: string;
  password: string;
  description: string;
  totpCode?: string;
  totpSecondsLeft?: number;
  /** Unused codes only. */
  backupCodes?: string[];
  lastSmsCode?: string;
  locked: boolean;
  /** Present while locked; null when the lock never lifts. */
  lockoutExpiresInSeconds?: number | null;
}

export function demoUser(user: UserRecord, now: number): DemoUser {
  const row: DemoUser = { email: user.email, password: user.password, description: user.description, locked: isLocked(user, now) };
  if (user.totpSecret) {
    row.totpCode = totpCodeAt(user.totpSecret, now);
    row.totpSecondsLeft = totpSecondsLeft(now);
  }
  if (user.backupCodes.length > 0) row.backupCodes = [...user.backupCodes];
  if (user.lastSmsCode) row.lastSmsCode = user.lastSmsCode;
  if (row.locked) row.lockoutExpiresInSeconds = lockSecondsLeft(user, now);
  return row;
}

/** Seeded users first, then any added through the control surface, in creation order. */
export function demoUsers(state: EmulatorState, now: number): DemoUser[] {
  return [...state.users.values()].map((user) => demoUser(user, now));
}
