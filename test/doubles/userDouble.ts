import type { PhoneNumberLike, SessionVerificationLike, TotpLike, UserLike, UserSourceLike, VerifiableSessionLike } from '../../src/clerk/types.js';
import { ApiResponseErrorDouble, apiError } from './signInDouble.js';

/** Fixed, so stories and screenshots are stable. */
export const DOUBLE_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const DOUBLE_SETUP_CODE = '654321';
export const DOUBLE_REGENERATED_CODES = ['n4p8-s2dk', 'y7h3-c9tm', 'v5q1-l6ze', 'g2w7-x8rb', 'j9k4-f3uc', 'p6m2-a5yh', 't3c8-z1nw', 'd8r5-q7gx', 'u1f9-e4kv', 'x6b3-h2mp'];
export const DOUBLE_BACKUP_CODES = ['k3m9-p2qx', 'a7c4-z8wd', 'h5n2-t6rb', 'q9v3-e4ms', 'w2y8-j7kf', 'b6g1-u3xc', 'r4l7-d9pz', 'f8s5-c2nh', 'm1t6-x4qv', 'e3z9-g5wk'];

export interface UserDoubleOptions {
  /** The account already has a second factor: verifying the authenticator brings no backup codes. */
  hasSecondFactor?: boolean;
  /** `createTOTP` fails this way the first time. */
  failCreate?: 'network' | 'server';
  /** The `localization` given to `<ClerkProvider>`. */
  localization?: object;
  /** The authenticator is already on (with backup codes). */
  totpEnabled?: boolean;
  /** Verified numbers reserved for SMS codes. */
  smsNumbers?: readonly string[];
  /** Verified numbers not (yet) reserved for codes. */
  verifiedNumbers?: readonly string[];
  /** Sensitive calls are refused with `session_reverification_required` until the session is verified again. */
  reverification?: boolean;
  /** Called when a first second factor turns on (Clerk then settles a pending session's `setup-mfa` task). */
  onFirstSecondFactor?: () => void;
}

export const DOUBLE_PASSWORD = 'correct horse battery staple';
export const DOUBLE_SMS_CODE = '246810';
/** A number another account has. */
export const DOUBLE_TAKEN_NUMBER = '+12015550199';

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
  let verified = options.totpEnabled === true;
  let backupCodes = options.totpEnabled === true;
  let reverified = options.reverification !== true;
  let verification: SessionVerificationLike | null = null;
  // A phone number as Clerk's resource has it: texted a code on `prepareVerification`, verified by
  // it, then reserved for codes (the first second factor brings backup codes).
  const phoneNumber = (number: string, verified: boolean, reserved: boolean, isDefault: boolean): PhoneNumberLike => {
    const phone: PhoneNumberLike = {
      id: `phone_${phones.length + 1}`,
      phoneNumber: number,
      verification: verified ? { status: 'verified' } : null,
      reservedForSecondFactor: reserved,
      defaultSecondFactor: isDefault,
      backupCodes: null,
      prepareVerification: async () => {
        calls.push(`prepareVerification:${number}`);
        await wait();
        phone.verification = { status: 'unverified' };
        return phone;
      },
      attemptVerification: async ({ code }) => {
        calls.push(`attemptVerification:${number}`);
        await wait();
        if (code !== DOUBLE_SMS_CODE) throw new ApiResponseErrorDouble(422, [apiError('form_code_incorrect', 'Incorrect code', 'code')]);
        phone.verification = { status: 'verified' };
        return phone;
      },
      setReservedForSecondFactor: async ({ reserved: next }) => {
        calls.push(`setReservedForSecondFactor:${number}:${next}`);
        await wait();
        if (!next) sensitive();
        const first = next && !user.twoFactorEnabled;
        phone.reservedForSecondFactor = next;
        if (next && !phones.some((other) => other !== phone && other.defaultSecondFactor)) phone.defaultSecondFactor = true;
        if (first) {
          backupCodes = true;
          options.onFirstSecondFactor?.();
        }
        return { ...phone, backupCodes: first ? DOUBLE_BACKUP_CODES : null };
      },
      makeDefaultSecondFactor: async () => {
        calls.push(`makeDefaultSecondFactor:${number}`);
        await wait();
        for (const other of phones) other.defaultSecondFactor = other === phone;
        return phone;
      },
    };
    return phone;
  };
  const phones: PhoneNumberLike[] = [];
  for (const [index, number] of (options.smsNumbers ?? []).entries()) phones.push(phoneNumber(number, true, true, index === 0));
  for (const number of options.verifiedNumbers ?? []) phones.push(phoneNumber(number, true, false, false));
  // Clerk's answer to a sensitive call on a session not verified recently.
  const sensitive = () => {
    if (!reverified) throw new ApiResponseErrorDouble(403, [apiError('session_reverification_required', 'You need to provide additional verification to perform this operation')]);
  };
  const user: UserLike = {
    id: 'user_double',
    primaryEmailAddress: { emailAddress: 'enrol@example.com' },
    get totpEnabled() {
      return verified;
    },
    get backupCodeEnabled() {
      return backupCodes;
    },
    get twoFactorEnabled() {
      return verified || phones.some((phone) => phone.reservedForSecondFactor) || options.hasSecondFactor === true;
    },
    get phoneNumbers() {
      return phones;
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
      const first = !user.twoFactorEnabled;
      verified = true;
      if (first) {
        backupCodes = true;
        options.onFirstSecondFactor?.();
      }
      return { ...totp(), secret: null, uri: null, verified: true, backupCodes: first ? DOUBLE_BACKUP_CODES : null };
    },
    disableTOTP: async () => {
      calls.push('disableTOTP');
      await wait();
      sensitive();
      verified = false;
      if (!user.twoFactorEnabled) backupCodes = false;
      return {};
    },
    createPhoneNumber: async ({ phoneNumber: number }) => {
      calls.push(`createPhoneNumber:${number}`);
      await wait();
      if (!/^\+[1-9]\d{6,14}$/.test(number)) throw new ApiResponseErrorDouble(422, [apiError('form_param_format_invalid', 'phone_number must be a valid phone number according to E.164 international standard.', 'phone_number')]);
      if (number === DOUBLE_TAKEN_NUMBER) throw new ApiResponseErrorDouble(422, [apiError('form_identifier_exists', 'That phone number is taken. Please try another.', 'phone_number')]);
      const phone = phoneNumber(number, false, false, false);
      phones.push(phone);
      return phone;
    },
    createBackupCode: async () => {
      calls.push('createBackupCode');
      await wait();
      sensitive();
      backupCodes = true;
      return { codes: DOUBLE_REGENERATED_CODES };
    },
  };
  // Clerk's session reverification: a password, then (for an account with an authenticator) its code.
  const session: VerifiableSessionLike = {
    id: 'sess_double',
    startVerification: async ({ level }) => {
      calls.push(`startVerification:${level}`);
      await wait();
      const second = level !== 'first_factor' && verified;
      verification = {
        status: second && level === 'second_factor' ? 'needs_second_factor' : 'needs_first_factor',
        level: second ? level : 'first_factor',
        supportedFirstFactors: [{ strategy: 'password' }],
        supportedSecondFactors: verified ? [{ strategy: 'totp' }, { strategy: 'backup_code' }] : null,
      };
      return verification;
    },
    attemptFirstFactorVerification: async ({ password }) => {
      calls.push('attemptFirstFactorVerification');
      await wait();
      if (password !== DOUBLE_PASSWORD) throw new ApiResponseErrorDouble(422, [apiError('form_password_incorrect', 'Password is incorrect. Try again, or use another method.', 'password')]);
      const next = verification?.level === 'multi_factor' ? 'needs_second_factor' : 'complete';
      if (next === 'complete') reverified = true;
      verification = { ...verification!, status: next };
      return verification;
    },
    attemptSecondFactorVerification: async ({ code }) => {
      calls.push('attemptSecondFactorVerification');
      await wait();
      if (code !== DOUBLE_SETUP_CODE) throw new ApiResponseErrorDouble(422, [apiError('form_code_incorrect', 'Incorrect code', 'code')]);
      reverified = true;
      verification = { ...verification!, status: 'complete' };
      return verification;
    },
  };
  const source: UserSourceLike = { isLoaded: true, user, session, localization: options.localization, touch: async () => calls.push('touch') };
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
