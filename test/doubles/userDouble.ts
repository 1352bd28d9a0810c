import type { TotpLike, UserLike, UserSourceLike } from '../../src/clerk/types.js';
import { ApiResponseErrorDouble, apiError } from './signInDouble.js';

/** Fixed, so stories and screenshots are stable. */
export const DOUBLE_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const DOUBLE_SETUP_CODE = '654321';
export const DOUBLE_BACKUP_CODES = ['k3m9-p2qx', 'a7c4-z8wd', 'h5n2-t6rb', 'q9v3-e4ms', 'w2y8-j7kf', 'b6g1-u3xc', 'r4l7-d9pz', 'f8s5-c2nh', 'm1t6-x4qv', 'e3z9-g5wk'];

export interface UserDoubleOptions {
  /** The account already has a second factor: verifying the authenticator brings no backup codes. */
  hasSecondFactor?: boolean;
  /** `createTOTP` fails this way the first time. */
  failCreate?: 'network' | 'server';
  /** The `localization` given to `<ClerkProvider>`. */
  localization?: object;
}

/**
 * A stand-in for Clerk's signed-in user (`useUser()`), following clerk-js: its calls throw
 * `ClerkAPIResponseError`-shaped errors; `createTOTP` answers an unverified authenticator with its
 * secret and `otpauth://` URI; the verification that turns on a first second factor brings ten
 * backup codes.
 */
export function createUserDouble(options: UserDoubleOptions = {}) {
  const calls: string[] = [];
  let gate: Promise<void> | null = null;
  let open: (() => void) | null = null;
  let failCreate = options.failCreate ?? null;
  let verified = false;
  const wait = async () => {
    await Promise.resolve();
    if (gate) await gate;
  };
  const totp = (): TotpLike => ({
    secret: DOUBLE_TOTP_SECRET,
    uri: `otpauth://totp/Acme:enrol%40example.com?secret=${DOUBLE_TOTP_SECRET}&issuer=Acme&algorithm=SHA1&digits=6&period=30`,
    verified: false,
    backupCodes: null,
  });
  const user: UserLike = {
    id: 'user_double',
    primaryEmailAddress: { emailAddress: 'enrol@example.com' },
    get totpEnabled() {
      return verified;
    },
    backupCodeEnabled: false,
    get twoFactorEnabled() {
      return verified || options.hasSecondFactor === true;
    },
    createTOTP: async () => {
      calls.push('createTOTP');
      await wait();
      if (failCreate === 'network') {
        failCreate = null;
        throw Object.assign(new Error('ClerkJS: Network error: Failed to fetch'), { code: 'network_error' });
      }
      if (failCreate === 'server') {
        failCreate = null;
        throw new ApiResponseErrorDouble(500, [apiError('internal_clerk_error', 'Oops, something went wrong.')]);
      }
      return totp();
    },
    verifyTOTP: async ({ code }) => {
      calls.push('verifyTOTP');
      await wait();
      if (code !== DOUBLE_SETUP_CODE) throw new ApiResponseErrorDouble(422, [apiError('form_code_incorrect', 'Incorrect code', 'code')]);
      verified = true;
      return { ...totp(), secret: null, uri: null, verified: true, backupCodes: options.hasSecondFactor ? null : DOUBLE_BACKUP_CODES };
    },
    disableTOTP: async () => {
      calls.push('disableTOTP');
      verified = false;
      return {};
    },
    createBackupCode: async () => {
      calls.push('createBackupCode');
      return { codes: DOUBLE_BACKUP_CODES };
    },
  };
  const source: UserSourceLike = { isLoaded: true, user, localization: options.localization };
  return {
    source,
    calls,
    /** Keeps every call in flight until `release()`. */
    hold: () => {
      gate = new Promise((resolve) => (open = resolve));
    },
    release: () => {
      open?.();
      gate = null;
    },
  };
}
