import { lockoutMessage } from './wait-words.js';

export interface ClerkErrorJson {
  code: string;
  message: string;
  long_message: string;
  meta: Record<string, unknown>;
}

/**
 * Clerk's error catalogue, as far as the emulator answers it. Thrown by domain operations and
 * handlers; transport/envelope.ts turns it into `{ errors, meta: { client } }`.
 */
export class FapiError extends Error {
  constructor(
    readonly status: number,
    readonly error: ClerkErrorJson,
    readonly headers: Record<string, string> = {},
  ) {
    super(error.long_message);
  }
}

function clerkError(code: string, message: string, longMessage: string, paramName?: string, meta: Record<string, unknown> = {}): ClerkErrorJson {
  return { code, message, long_message: longMessage, meta: paramName ? { param_name: paramName, ...meta } : meta };
}

/** 422 everywhere a field is wrong: the SDK treats any 401 as "signed out". */
const FORM = 422;

export const identifierNotFound = () =>
  new FapiError(FORM, clerkError('form_identifier_not_found', "Couldn't find your account.", "Couldn't find your account.", 'identifier'));

export const passwordIncorrect = () =>
  new FapiError(FORM, clerkError('form_password_incorrect', 'Password is incorrect. Try again, or use another method.', 'Password is incorrect. Try again, or use another method.', 'password'));

export const codeIncorrect = () =>
  new FapiError(FORM, clerkError('form_code_incorrect', 'Incorrect code', 'Incorrect code', 'code'));

export const paramMissing = (param: string) =>
  new FapiError(FORM, clerkError('form_param_missing', 'is missing', `${param} must be included.`, param));

export const strategyInvalid = () =>
  new FapiError(FORM, clerkError('strategy_for_user_invalid', 'Invalid verification strategy', 'The verification strategy is not valid for this account.', 'strategy'));

export const paramValueInvalid = (param: string, longMessage = `${param} does not match this account.`) =>
  new FapiError(FORM, clerkError('form_param_value_invalid', 'is invalid', longMessage, param));

export const verificationMissing = () =>
  new FapiError(FORM, clerkError('verification_missing', 'Code not sent', 'Request a code before trying to verify it.'));

export const verificationExpired = () =>
  new FapiError(FORM, clerkError('verification_expired', 'Code expired', 'This code has expired. Request a new one.'));

export function userLocked(secondsLeft: number | null): FapiError {
  const error = clerkError('user_locked', 'Account locked', lockoutMessage(secondsLeft));
  error.meta = { lockout_expires_in_seconds: secondsLeft };
  return new FapiError(403, error);
}

/** `null`: a 429 that names no wait, as a proxy or an edge limiter may send it. */
export const tooManyRequests = (retryAfterSeconds: number | null) =>
  retryAfterSeconds === null
    ? new FapiError(429, clerkError('too_many_requests', 'Too many requests', 'Too many requests. Please try again later.'))
    : new FapiError(
      429,
      clerkError('too_many_requests', 'Too many requests', `Too many requests. Please try again in ${retryAfterSeconds} seconds.`),
      { 'Retry-After': String(retryAfterSeconds) },
    );

export const notFound = () =>
  new FapiError(404, clerkError('resource_not_found', 'not found', 'The requested resource was not found.'));

export const sessionExists = () =>
  new FapiError(400, clerkError('session_exists', "You're already signed in", "You're already signed in."));

export const alreadyVerified = (longMessage = 'This sign-in has already been completed.') =>
  new FapiError(400, clerkError('verification_already_verified', 'Already verified', longMessage));

export const wrongStep = () =>
  new FapiError(400, clerkError('sign_in_status_invalid', 'Not allowed at this step', 'This sign-in is not at the step this request is for.'));

/** For a session token asked of an ended session: the SDK reacts to 401 by signing out, as wanted here. */
export const signedOut = () =>
  new FapiError(401, clerkError('signed_out', 'Signed out', 'You are signed out.'));

export function statusError(status: number): FapiError {
  return status >= 500
    ? new FapiError(status, clerkError('internal_clerk_error', 'Oops, an unexpected error occurred', 'There was an internal error on our servers. Please try again.'))
    : new FapiError(status, clerkError('emulated_error', 'Emulated error', `The emulator was told to answer ${status}.`));
}

export const currentPasswordIncorrect = () =>
  new FapiError(FORM, clerkError('form_password_incorrect', 'Password is incorrect.', 'Your current password is incorrect. Try again.', 'current_password'));

/**
 * The new-password checks. Each names the field the password came in: `new_password` for
 * `POST /me/change_password`, `password` for a sign-in's `reset_password`; clerk-js maps an error
 * to a form field by that name.
 */
export const passwordTooShort = (minLength: number, param: string) =>
  new FapiError(FORM, clerkError('form_password_length_too_short', `Passwords must be ${minLength} characters or more.`, `Passwords must be ${minLength} characters or more.`, param));

export const passwordTooLong = (maxLength: number, param: string) =>
  new FapiError(FORM, clerkError('form_password_length_too_long', `Passwords must be ${maxLength} characters or fewer.`, `Passwords must be ${maxLength} characters or fewer.`, param));

export const passwordPwned = (param: string) =>
  new FapiError(FORM, clerkError(
    'form_password_pwned',
    'Password has been found in an online data breach. For account safety, please use a different password.',
    'Password has been found in an online data breach. For account safety, please use a different password.',
    param,
  ));

/** `meta.zxcvbn` is one of the few meta fields the SDK keeps (Clerk's UI builds its hint from it). */
export const passwordNotStrongEnough = (param: string) =>
  new FapiError(FORM, clerkError(
    'form_password_not_strong_enough',
    'Given password is not strong enough.',
    'Given password is not strong enough. For account safety, please use a different password.',
    param,
    { zxcvbn: { suggestions: [{ code: 'anotherWord', message: 'Add more words that are less common.' }] } },
  ));

export const newPasswordMatchesCurrent = (param: string) =>
  new FapiError(FORM, clerkError('form_new_password_matches_current', 'New password cannot be the same as the current password.', 'New password cannot be the same as the current password.', param));

/**
 * A code no client knows yet, in Clerk's envelope: Clerk adds codes without notice, and a form
 * must still say something (Clerk's own words) and stay usable.
 */
export const UNKNOWN_ERROR_CODE = 'some_new_error_code';

export const unknownCode = (status: number) =>
  new FapiError(status, clerkError(UNKNOWN_ERROR_CODE, 'Something new went wrong', 'Something new went wrong on our side, and it has a code nobody has seen before.'));

/** The emulator's own code: Clerk's answer to an unknown `__clerk_api_version` is not documented. */
export const apiVersionUnsupported = (version: string, supported: readonly string[]) =>
  new FapiError(400, clerkError(
    'api_version_unsupported',
    'Unsupported API version',
    `The emulator does not speak __clerk_api_version=${version}; it knows ${supported.join(', ')}.`,
    '__clerk_api_version',
  ));

/**
 * A sensitive `/me` call on a session whose last verification is too old. clerk-js's
 * `useReverification` (both generations) looks only at this code, then opens its reverification
 * and retries the call once it completes; nothing in `meta` is read.
 */
export const reverificationRequired = () =>
  new FapiError(403, clerkError(
    'session_reverification_required',
    'You need to provide additional verification to perform this operation',
    'You need to provide additional verification to perform this operation',
  ));

/** Clerk's words for a number that is not E.164; clerk-js localizes it as `form_param_format_invalid__phone_number`. */
export const phoneNumberFormatInvalid = () =>
  new FapiError(FORM, clerkError('form_param_format_invalid', 'is invalid', 'phone_number must be a valid phone number according to E.164 international standard.', 'phone_number'));

export const phoneNumberExists = () =>
  new FapiError(FORM, clerkError('form_identifier_exists', 'That phone number is taken. Please try another.', 'That phone number is taken. Please try another.', 'phone_number'));

/*
 * The emulator's own codes below: the spec lists only statuses for these refusals, and neither
 * clerk-js generation reads a code for them.
 */
export const totpAlreadyEnabled = () =>
  new FapiError(400, clerkError('totp_already_enabled', 'Authenticator app already set up', 'An authenticator app is already set up for this account. Remove it before adding another.'));

export const backupCodesNeedSecondFactor = () =>
  new FapiError(400, clerkError('backup_codes_require_second_factor', 'No second factor', 'Backup codes can only be created once an authenticator app or an SMS code is set up.'));

export const phoneNumberNotVerified = () =>
  new FapiError(400, clerkError('phone_number_not_verified', 'Phone number not verified', 'Verify this phone number before using it for multi-factor authentication.', 'reserved_for_second_factor'));

export const phoneNumberNotReserved = () =>
  new FapiError(400, clerkError('phone_number_not_reserved', 'Phone number not used for MFA', 'Only a phone number reserved for multi-factor authentication can be its default.', 'default_second_factor'));

export const reverificationStepInvalid = () =>
  new FapiError(400, clerkError('session_verification_status_invalid', 'Not allowed at this step', 'Start a verification of this session, and follow the step it asks for.'));
