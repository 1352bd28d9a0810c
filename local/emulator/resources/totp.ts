import type { TotpRecord, UserRecord } from '../domain/state.js';
import { APPLICATION_NAME } from './environment.js';

/**
 * What an authenticator app scans: `otpauth://totp/<issuer>:<email>?secret=…&issuer=…`, with the
 * parameters every app assumes (SHA-1, six digits, thirty seconds) spelled out.
 */
export function totpUri(secret: string, email: string): string {
  const label = `${encodeURIComponent(APPLICATION_NAME)}:${encodeURIComponent(email)}`;
  const query = `secret=${secret}&issuer=${encodeURIComponent(APPLICATION_NAME)}&algorithm=SHA1&digits=6&period=30`;
  return `otpauth://totp/${label}?${query}`;
}

/**
 * The `TOTP` resource. The secret and its URI are handed out while the authenticator is being set
 * up and withheld once it is verified; `backup_codes` only in the answer that verified it, when
 * they came with the user's first second factor.
 */
export function serializeTotp(user: UserRecord, totp: TotpRecord, backupCodes: string[] | null = null) {
  return {
    object: 'totp',
    id: totp.id,
    secret: totp.verified ? null : totp.secret,
    uri: totp.verified ? null : totpUri(totp.secret, user.email),
    verified: totp.verified,
    backup_codes: backupCodes,
    created_at: totp.createdAt,
    updated_at: totp.updatedAt,
  };
}

export function serializeDeletedTotp(totp: TotpRecord) {
  return { object: 'totp', id: totp.id, deleted: true };
}

/** `POST /me/backup_codes` answers the whole new set; nothing else ever shows them again. */
export function serializeBackupCodes(user: UserRecord, codes: string[]) {
  return { object: 'backup_code', id: `bkc_${user.id}`, codes, created_at: user.updatedAt, updated_at: user.updatedAt };
}
