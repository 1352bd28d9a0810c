import { randomBytes } from 'node:crypto';
import type { DomainContext } from './context.js';
import { backupCodesNeedSecondFactor } from './errors.js';
import { requireRecentVerification } from './reverification.js';
import { resolveTask } from './session-tasks.js';
import type { SignedIn } from './sessions.js';
import { isSignedIn, type EmulatorState, type UserRecord } from './state.js';
import { secondFactorStrategies } from './users.js';

/** As many as Clerk hands out, in the seed's shape: eight lower-case letters and digits. */
export const BACKUP_CODE_COUNT = 10;
const BACKUP_CODE_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function newBackupCodes(): string[] {
  return Array.from({ length: BACKUP_CODE_COUNT }, () => {
    let code = '';
    for (const byte of randomBytes(8)) code += BACKUP_CODE_ALPHABET[byte % BACKUP_CODE_ALPHABET.length];
    return code;
  });
}

/**
 * A second factor that stands on its own: authenticator app, SMS or email code. Backup codes only
 * stand in for one of these, so they are never created, nor kept, without one.
 */
export function hasOwnSecondFactor(user: UserRecord): boolean {
  return secondFactorStrategies(user).some((strategy) => strategy !== 'backup_code');
}

/**
 * Call after an authenticator or an SMS number became a second factor; `hadOne` is whether the
 * user had a second factor of its own before. The first one turns MFA on: it comes with a set of
 * backup codes unless the user still holds some (returned, to be shown once, as Clerk's TOTP and
 * phone answers carry them), and it settles the `setup-mfa` task on every session of the user,
 * since the task asks for exactly this.
 */
export function secondFactorAdded(state: EmulatorState, user: UserRecord, hadOne: boolean, now: number): string[] | null {
  user.updatedAt = now;
  if (hadOne) return null;
  user.mfaEnabledAt = now;
  user.tasks = user.tasks.filter((task) => task !== 'setup-mfa');
  for (const session of state.sessions.values()) {
    if (session.userId === user.id && isSignedIn(session)) resolveTask(session, 'setup-mfa', now);
  }
  if (user.backupCodes.length > 0) return null;
  user.backupCodes = newBackupCodes();
  return [...user.backupCodes];
}

/** Call after an authenticator or SMS number stopped being a second factor: the last one turns MFA off, backup codes with it. */
export function secondFactorRemoved(user: UserRecord, now: number): void {
  user.updatedAt = now;
  if (hasOwnSecondFactor(user)) return;
  user.backupCodes = [];
  user.mfaDisabledAt = now;
}

/**
 * `POST /me/backup_codes` (clerk-js `user.createBackupCode()`): a new set replaces the old one,
 * whose unused codes stop working at once. A sensitive call (reverification), and only for a user
 * with a second factor the codes can stand in for.
 */
export function regenerateBackupCodes(ctx: DomainContext, { session, user }: SignedIn): string[] {
  requireRecentVerification(ctx, session);
  if (!hasOwnSecondFactor(user)) throw backupCodesNeedSecondFactor();
  user.backupCodes = newBackupCodes();
  user.updatedAt = ctx.now;
  return [...user.backupCodes];
}
