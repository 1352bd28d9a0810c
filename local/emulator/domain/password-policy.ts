import {
  newPasswordMatchesCurrent, paramMissing, passwordNotStrongEnough, passwordPwned, passwordTooLong, passwordTooShort, type FapiError,
} from './errors.js';
import type { UserRecord } from './state.js';

/**
 * The instance's password rules, served as `user_settings.password_settings` in `/environment`
 * and enforced by `POST /me/change_password` and a sign-in's `reset_password`. Only length is a
 * complexity rule, so each failure answers a single error.
 */
export const PASSWORD_SETTINGS = Object.freeze({
  disable_hibp: false,
  disable_password_reverification: true,
  min_length: 8,
  max_length: 72,
  require_special_char: false,
  require_numbers: false,
  require_uppercase: false,
  require_lowercase: false,
  // No strength meter in the browser (it would make clerk-js load zxcvbn); the server still checks.
  show_zxcvbn: false,
  min_zxcvbn_strength: 2,
  enforce_hibp_on_sign_in: false,
  allowed_special_characters: '!"#$%&\'()*+,-./:;<=>?@[]^_`{|}~',
});

/** Stands in for Have I Been Pwned: a few of the most breached passwords, compared case-insensitively. */
export const PWNED_PASSWORDS: readonly string[] = Object.freeze([
  'password', 'password1', 'password123', 'passw0rd', '12345678', '123456789', '1234567890', 'qwerty123', 'qwertyuiop', 'iloveyou', 'letmein123', 'welcome123',
]);

/** Stands in for zxcvbn: fewer than this many different characters is "not strong enough" ("aaaaaaaa", "12121212"). */
export const MIN_DISTINCT_CHARACTERS = 5;

/**
 * The first rule a new password breaks, in the order Clerk reports them; null when it passes.
 * `param` is the body field the password came in, named by every error.
 */
export function newPasswordError(user: UserRecord, password: string | undefined, param: 'new_password' | 'password'): FapiError | null {
  if (!password) return paramMissing(param);
  if (password.length < PASSWORD_SETTINGS.min_length) return passwordTooShort(PASSWORD_SETTINGS.min_length, param);
  if (password.length > PASSWORD_SETTINGS.max_length) return passwordTooLong(PASSWORD_SETTINGS.max_length, param);
  if (password === user.password) return newPasswordMatchesCurrent(param);
  if (PWNED_PASSWORDS.includes(password.toLowerCase())) return passwordPwned(param);
  if (new Set(password).size < MIN_DISTINCT_CHARACTERS) return passwordNotStrongEnough(param);
  return null;
}
