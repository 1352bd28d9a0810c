import { MAX_WAIT_SECONDS, type FlowError } from '../clerk/errors.js';
import type { CodeKind } from '../flow/codeRules.js';
import { blockedText, durationText, durationsText, errorsText, format, type SignInStrings } from './strings.js';

/** The namespaces an error is worded from. */
export type ErrorStrings = Pick<SignInStrings, 'errors' | 'blocked' | 'durations'>;

/**
 * The one place an error becomes words, for the screen and for `onError` alike: a message by
 * Clerk's code, Clerk's own words when the strings have none, a generic line when Clerk sent none.
 * Server text is never trusted to be localized, which is why a known code wins over it.
 */
export function messageFor(error: FlowError, strings: Pick<SignInStrings, 'errors'>): string {
  const known = Object.hasOwn(strings.errors, error.code) ? strings.errors[error.code] : undefined;
  return typeof known === 'string' ? known : (error.clerkMessage ?? strings.errors.unknown);
}

export interface FormErrorText {
  /** Announced once, in the alert region. */
  message: string;
  /** The live wait, shown beside the message but never announced tick by tick. */
  countdown: string | null;
  /** `notice`: news rather than an error (the wait is over). */
  tone?: 'notice';
}

/**
 * The words for the form-level error: a lockout or rate limit with its countdown, the all-clear
 * once it has run out, or the error's own message. `secondsLeft`: the running countdown, if any; a
 * countdown at or below zero has run out.
 */
export function formErrorText(error: FlowError | null, secondsLeft: number | null | undefined, strings: ErrorStrings): FormErrorText | null {
  if (!error) return null;
  const { wait } = error;
  if (!wait) return { message: messageFor(error, strings), countdown: null };
  const { blocked } = strings;
  // A countdown past a year, infinite or not a number is none anyone can use: worded as a wait Clerk did not state.
  if (wait.seconds === null || (typeof secondsLeft === 'number' && !(secondsLeft <= MAX_WAIT_SECONDS))) {
    if (wait.reason === 'too_many_requests') return { message: blocked.rateLimited, countdown: null };
    return { message: wait.indefinite ? blocked.lockedIndefinitely : `${blocked.locked} ${blocked.tryLater}`, countdown: null };
  }
  if (secondsLeft == null || secondsLeft <= 0) return { message: blocked.canRetryNow, countdown: null, tone: 'notice' };
  return {
    message: wait.reason === 'user_locked' ? blocked.locked : blocked.rateLimited,
    // Whole seconds: a countdown never reads "0.5 seconds".
    countdown: format(blocked.retryIn, { wait: durationText(Math.ceil(secondsLeft), strings) }),
  };
}

export interface CodeCopy {
  label: string;
  description: string;
  required: string;
  invalid: string;
  /** Said after Clerk's `form_code_incorrect`: names the kind of code, not "a code". */
  incorrect: string;
  /** Its entry under "use another method". */
  method: string;
}

/** The words for one kind of code. `sentTo` is Clerk's masked number or address, or empty when it names none. */
export function codeCopy(kind: CodeKind, text: SignInStrings['secondFactorStep'], sentTo: string): CodeCopy {
  switch (kind) {
    case 'totp':
      return { label: text.totpLabel, description: text.totpDescription, required: text.totpRequired, invalid: text.totpInvalid, incorrect: text.totpIncorrect, method: text.methodTotp };
    case 'phone_code':
      return sentCodeCopy(sentTo, 'phone', [text.phoneCodeLabel, text.phoneCodeDescription, text.phoneCodeDescriptionNoNumber, text.phoneCodeRequired, text.phoneCodeInvalid, text.phoneCodeIncorrect, text.methodPhoneCode]);
    case 'email_code':
      return sentCodeCopy(sentTo, 'email', [text.emailCodeLabel, text.emailCodeDescription, text.emailCodeDescriptionNoAddress, text.emailCodeRequired, text.emailCodeInvalid, text.emailCodeIncorrect, text.methodEmailCode]);
    case 'backup_code':
      return { label: text.backupCodeLabel, description: text.backupCodeDescription, required: text.backupCodeRequired, invalid: text.backupCodeRequired, incorrect: text.backupCodeIncorrect, method: text.methodBackupCode };
  }
}

/** A code Clerk sends: the words name where it went (`{phone}` or `{email}`) when Clerk says. */
function sentCodeCopy(sentTo: string, placeholder: 'phone' | 'email', [label, description, unnamed, required, invalid, incorrect, method]: readonly string[]): CodeCopy {
  const named = (template: string) => format(template, { [placeholder]: sentTo });
  return { label: label!, description: sentTo ? named(description!) : unnamed!, required: required!, invalid: invalid!, incorrect: incorrect!, method: sentTo ? named(method!) : label! };
}

/** The words for an error on a code field: the kind of code named for a wrong code, else by Clerk's code. */
export function codeErrorText(error: FlowError, copy: CodeCopy, strings: Pick<SignInStrings, 'errors'>): string {
  return error.code === 'form_code_incorrect' ? copy.incorrect : messageFor(error, strings);
}

/**
 * One error as a sentence, for `onError` and for a field: a field error by Clerk's code (a wrong
 * code named by its kind when `copy` is given), a form error with its whole wait spelled out.
 */
export function errorMessage(error: FlowError, onField: boolean, strings: ErrorStrings, copy?: CodeCopy): string {
  if (onField) return copy ? codeErrorText(error, copy, strings) : messageFor(error, strings);
  const text = formErrorText(error, error.wait?.seconds, strings);
  return text?.countdown ? `${text.message} ${text.countdown}` : (text?.message ?? messageFor(error, strings));
}

/** The namespaces of `ErrorStrings`, for `useStrings`. */
export const errorNamespaces = [errorsText, blockedText, durationsText] as const;
