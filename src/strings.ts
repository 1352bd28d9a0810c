import type { FlowError } from './errors.js';

/**
 * Every visible and assistive string the components render. Override any subset through the
 * `strings` prop; the rest falls back to English.
 */
export interface SignInStrings {
  passwordStep: {
    title: string;
    emailLabel: string;
    passwordLabel: string;
    submit: string;
    submitting: string;
    emailRequired: string;
    emailInvalid: string;
    passwordRequired: string;
  };
  secondFactorStep: {
    title: string;
    totpDescription: string;
    backupCodeDescription: string;
    totpLabel: string;
    backupCodeLabel: string;
    useBackupCode: string;
    submit: string;
    submitting: string;
    totpRequired: string;
    totpInvalid: string;
    backupCodeRequired: string;
    totpIncorrect: string;
    backupCodeIncorrect: string;
  };
  flow: {
    complete: string;
    unsupported: string;
    retry: string;
  };
  /** Messages by Clerk error code. Codes missing here show Clerk's own `longMessage`. */
  errors: Record<string, string> & { unknown: string; network_error: string };
}

export const defaultStrings: SignInStrings = {
  passwordStep: {
    title: 'Sign in',
    emailLabel: 'Email address',
    passwordLabel: 'Password',
    submit: 'Continue',
    submitting: 'Signing in…',
    emailRequired: 'Enter your email address.',
    emailInvalid: 'Enter an email address like name@example.com.',
    passwordRequired: 'Enter your password.',
  },
  secondFactorStep: {
    title: 'Two-step verification',
    totpDescription: 'Enter the 6-digit code from your authenticator app.',
    backupCodeDescription: 'Enter one of the backup codes you saved when you set up two-step verification.',
    totpLabel: 'Authenticator code',
    backupCodeLabel: 'Backup code',
    useBackupCode: 'Use a backup code',
    submit: 'Verify',
    submitting: 'Verifying…',
    totpRequired: 'Enter the code from your authenticator app.',
    totpInvalid: 'The authenticator code is 6 digits.',
    backupCodeRequired: 'Enter a backup code.',
    totpIncorrect: 'That authenticator code is incorrect. Enter the current code from your app.',
    backupCodeIncorrect: 'That backup code is incorrect or has already been used.',
  },
  flow: {
    complete: 'You are signed in.',
    unsupported: 'This account needs a sign-in step this form does not offer.',
    retry: 'Try again',
  },
  errors: {
    form_password_incorrect: 'That password is incorrect. Try again.',
    form_identifier_not_found: 'No account uses that email address.',
    form_code_incorrect: 'That code is incorrect.',
    user_locked: 'Your account is locked after too many failed attempts. Try again later.',
    too_many_requests: 'Too many attempts. Wait a moment, then try again.',
    internal_clerk_error: 'Something went wrong on our side. Try again in a moment.',
    network_error: 'We could not reach the sign-in service. Check your connection and try again.',
    unknown: 'Something went wrong. Try again.',
  },
};

export type PartialSignInStrings = {
  [K in keyof SignInStrings]?: Partial<SignInStrings[K]>;
};

export function mergeStrings(overrides?: PartialSignInStrings): SignInStrings {
  if (!overrides) return defaultStrings;
  return {
    passwordStep: { ...defaultStrings.passwordStep, ...overrides.passwordStep },
    secondFactorStep: { ...defaultStrings.secondFactorStep, ...overrides.secondFactorStep },
    flow: { ...defaultStrings.flow, ...overrides.flow },
    errors: { ...defaultStrings.errors, ...overrides.errors } as SignInStrings['errors'],
  };
}

/**
 * The message for an error: ours for a known code, then Clerk's own words (a lockout's wait is
 * stated only there), then a generic line. Server text is never trusted to be localized, which is
 * why a known code wins over it.
 */
export function messageFor(error: FlowError, strings: SignInStrings): string {
  // A lockout's `longMessage` states how long the wait is; ours cannot, so Clerk's words win here.
  if (error.code === 'user_locked' && error.clerkMessage && strings.errors.user_locked === defaultStrings.errors.user_locked) {
    return error.clerkMessage;
  }
  return strings.errors[error.code] ?? error.clerkMessage ?? strings.errors.unknown;
}
