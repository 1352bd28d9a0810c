/**
 * Every visible and assistive string the components render. Override any subset through the
 * `strings` prop; the rest falls back to English.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface SignInStrings {
  passwordStep: {
    title: string;
    emailLabel: string;
    passwordLabel: string;
    submit: string;
    submitting: string;
    emailRequired: string;
    emailInvalid: string;
    /** `{count}` is the longest address accepted. */
    emailTooLong: string;
    emailHiddenCharacters: string;
    passwordRequired: string;
    showPassword: string;
    /** The show-password button's name while the password shows. */
    hidePassword: string;
    /** Under the title when the app names itself (`appName`); `{app}` is the name. */
    subtitle: string;
    /** The button that starts a password reset for the address typed. */
    forgotPassword: string;
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
    /** `{phone}` is the masked number Clerk sent the code to. */
    phoneCodeDescription: string;
    /** When Clerk names no number. */
    phoneCodeDescriptionNoNumber: string;
    phoneCodeLabel: string;
    phoneCodeRequired: string;
    phoneCodeInvalid: string;
    phoneCodeIncorrect: string;
    /** A paste or autofill with more digits than a code: nothing is filled in. `{count}` is the code's length. */
    codeTooLong: string;
    /** `{max}` is the longest backup code accepted. */
    backupCodeInvalid: string;
    /** `{email}` is the masked address Clerk sent the code to. */
    emailCodeDescription: string;
    /** When Clerk names no address. */
    emailCodeDescriptionNoAddress: string;
    emailCodeLabel: string;
    emailCodeRequired: string;
    emailCodeInvalid: string;
    emailCodeIncorrect: string;
    resendCode: string;
    /** Beside the resend button while it waits; `{seconds}` counts down. Not part of the button's name. */
    resendCountdown: string;
    codeSent: string;
    useAnotherMethod: string;
    methodsTitle: string;
    methodTotp: string;
    /** `{phone}` is the masked number. */
    methodPhoneCode: string;
    methodBackupCode: string;
    /** `{email}` is the masked address. */
    methodEmailCode: string;
    useDifferentAccount: string;
  };
  /** A correct password on a device Clerk has not seen (Client Trust): a code proves it is the account's owner. */
  clientTrustStep: {
    title: string;
    /** `{email}` is the masked address the code went to. */
    emailDescription: string;
    /** `{phone}` is the masked number the code went to. */
    phoneDescription: string;
    submit: string;
    submitting: string;
  };
  /** Forgot password: a code to the account's email, then a new password (its fields' labels are `sessionTask`'s). */
  resetPassword: {
    title: string;
    /** `{email}` is the address the code went to. */
    codeDescription: string;
    codeLabel: string;
    submit: string;
    submitting: string;
    /** Back to the password step, the address kept. */
    backToSignIn: string;
    newPasswordTitle: string;
    newPasswordDescription: string;
    newPasswordSubmit: string;
    newPasswordSubmitting: string;
  };
  /** The session started with a task open. */
  sessionTask: {
    resetPasswordTitle: string;
    resetPasswordDescription: string;
    newPasswordLabel: string;
    confirmPasswordLabel: string;
    /** `{count}` is Clerk's minimum length. */
    passwordRule: string;
    /** What else Clerk's password settings require, listed after `passwordRule` (joined by `Intl.ListFormat`). */
    passwordRuleNumber: string;
    passwordRuleUppercase: string;
    passwordRuleLowercase: string;
    passwordRuleSpecial: string;
    /** `{rules}` is the list of requirements after the length. */
    passwordRuleWith: string;
    /** A new password that misses one of Clerk's requirements; `{rule}` is that requirement. */
    passwordRuleMissing: string;
    newPasswordRequired: string;
    /** `{count}` is Clerk's minimum length. */
    newPasswordTooShort: string;
    confirmMismatch: string;
    signOutOfOtherSessions: string;
    submit: string;
    submitting: string;
    /** A task this form does not resolve. `{task}` is one of the task names below. */
    otherTask: string;
    taskNames: Record<string, string>;
  };
  /** Lockouts and rate limits. `{wait}` is a duration from `durations`. */
  blocked: {
    locked: string;
    lockedIndefinitely: string;
    rateLimited: string;
    /** The live countdown under a lockout or rate-limit message. */
    retryIn: string;
    /** After `locked` when Clerk gave no wait this form can read. */
    tryLater: string;
    canRetryNow: string;
  };
  /**
   * Durations by plural category (`Intl.PluralRules` for `locale`): give every category your
   * language uses; `other` is the fallback. `{count}` is the number.
   */
  durations: {
    locale: string;
    seconds: PluralForms;
    minutes: PluralForms;
  };
  flow: {
    finishing: string;
    complete: string;
    failed: string;
    unsupported: string;
    /** Title of the card for a step this form does not offer. */
    unsupportedTitle: string;
    /** Title of the card for a session task left to the app. */
    taskTitle: string;
    retry: string;
    /** Stops waiting while "Signing you in…" hangs. */
    cancel: string;
  };
  /** Messages by Clerk error code. Codes missing here show Clerk's own `longMessage`. */
  errors: Record<string, string> & { unknown: string; network_error: string };
}

/**
 * One namespace of strings: its English, where Clerk's localization has each string, and what else
 * of Clerk's resource it reads. Each component names the namespaces it speaks (`useStrings`), so an
 * app bundles the words of the forms it imports and no others.
 */
export interface TextNamespace<N extends string = string, T extends object = object> {
  readonly name: N;
  readonly english: T;
  /**
   * For each string, the path (or paths, first usable wins) of Clerk's key for it. Clerk's
   * `{{applicationName}}` and `{{identifier}}` placeholders are read as this library's; a candidate
   * with a placeholder this library's string does not fill is passed over for the next.
   */
  readonly keys?: { readonly [K in keyof T]?: string | readonly string[] };
  /** Words Clerk's resource has beyond `keys` (errors by code, the locale), added to `found`. */
  readonly fromResource?: (resource: object, found: Record<string, unknown>) => void;
}

export const passwordStepText: TextNamespace<'passwordStep', SignInStrings['passwordStep']> = {
  name: 'passwordStep',
  english: {
    title: 'Sign in',
    emailLabel: 'Email address',
    passwordLabel: 'Password',
    submit: 'Continue',
    submitting: 'Signing in…',
    emailRequired: 'Enter your email address.',
    emailInvalid: 'Enter an email address like name@example.com.',
    emailTooLong: 'An email address is at most {count} characters.',
    emailHiddenCharacters: 'Email addresses cannot contain invisible characters or emoji. Type the address again.',
    passwordRequired: 'Enter your password.',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    subtitle: 'to continue to {app}',
    forgotPassword: 'Forgot password?',
  },
  keys: {
    // Several locales name the app in the title ("In {{applicationName}} einloggen"), which this
    // title cannot fill; sign-up's link to sign in is the bare "Sign in" in every locale.
    title: ['signIn.start.title', 'signUp.start.actionLink'],
    subtitle: 'signIn.start.subtitle',
    emailLabel: 'formFieldLabel__emailAddress',
    passwordLabel: 'formFieldLabel__password',
    submit: 'formButtonPrimary',
    forgotPassword: 'formFieldAction__forgotPassword',
  },
};

export const secondFactorStepText: TextNamespace<'secondFactorStep', SignInStrings['secondFactorStep']> = {
  name: 'secondFactorStep',
  english: {
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
    phoneCodeDescription: 'Enter the 6-digit code we sent by SMS to {phone}.',
    phoneCodeDescriptionNoNumber: 'Enter the 6-digit code we sent to your phone by SMS.',
    phoneCodeLabel: 'SMS code',
    phoneCodeRequired: 'Enter the code from the SMS.',
    phoneCodeInvalid: 'The SMS code is 6 digits.',
    phoneCodeIncorrect: 'That SMS code is incorrect. Check the latest message, or send a new code.',
    emailCodeDescription: 'Enter the 6-digit code we sent to {email}.',
    emailCodeDescriptionNoAddress: 'Enter the 6-digit code we sent to your email address.',
    emailCodeLabel: 'Email code',
    emailCodeRequired: 'Enter the code from the email.',
    emailCodeInvalid: 'The email code is 6 digits.',
    emailCodeIncorrect: 'That email code is incorrect. Check the latest email, or send a new code.',
    codeTooLong: 'That has more digits than a {count}-digit code. Enter or paste the code alone.',
    backupCodeInvalid: 'A backup code is letters and digits only, at most {max} characters.',
    resendCode: 'Send a new code',
    resendCountdown: 'Available in {seconds} s',
    codeSent: 'A new code is on its way.',
    useAnotherMethod: 'Use another method',
    methodsTitle: 'Other ways to verify',
    methodTotp: 'Authenticator app',
    methodPhoneCode: 'SMS code to {phone}',
    methodBackupCode: 'Backup code',
    methodEmailCode: 'Email code to {email}',
    useDifferentAccount: 'Use a different account',
  },
  keys: {
    title: 'signIn.totpMfa.title',
    totpDescription: 'signIn.totpMfa.subtitle',
    totpLabel: 'signIn.totpMfa.formTitle',
    backupCodeLabel: 'formFieldLabel__backupCode',
    useBackupCode: 'signIn.alternativeMethods.blockButton__backupCode',
    submit: 'formButtonPrimary',
    phoneCodeLabel: 'signIn.phoneCodeMfa.formTitle',
    phoneCodeDescriptionNoNumber: 'signIn.phoneCodeMfa.subtitle',
    // One wording for a wrong code of any kind, where the locale has one: a single language beats a
    // kind named in English.
    totpIncorrect: 'unstable__errors.form_code_incorrect',
    phoneCodeIncorrect: 'unstable__errors.form_code_incorrect',
    emailCodeIncorrect: 'unstable__errors.form_code_incorrect',
    backupCodeIncorrect: 'unstable__errors.form_code_incorrect',
    useAnotherMethod: 'signIn.alternativeMethods.title',
    methodsTitle: 'signIn.alternativeMethods.title',
    methodTotp: 'signIn.alternativeMethods.blockButton__totp',
    methodPhoneCode: 'signIn.alternativeMethods.blockButton__phoneCode',
    methodEmailCode: 'signIn.alternativeMethods.blockButton__emailCode',
    methodBackupCode: 'signIn.alternativeMethods.blockButton__backupCode',
  },
};

export const clientTrustStepText: TextNamespace<'clientTrustStep', SignInStrings['clientTrustStep']> = {
  name: 'clientTrustStep',
  english: {
    title: 'Confirm it’s you',
    emailDescription: 'You are signing in on a new device. Enter the 6-digit code we sent to {email}.',
    phoneDescription: 'You are signing in on a new device. Enter the 6-digit code we sent by SMS to {phone}.',
    submit: 'Continue',
    submitting: 'Verifying…',
  },
  keys: {
    submit: 'formButtonPrimary',
  },
};

export const resetPasswordText: TextNamespace<'resetPassword', SignInStrings['resetPassword']> = {
  name: 'resetPassword',
  english: {
    title: 'Reset your password',
    codeDescription: 'Enter the 6-digit code we sent to {email} to reset your password.',
    codeLabel: 'Reset code',
    submit: 'Continue',
    submitting: 'Verifying…',
    backToSignIn: 'Back to sign in',
    newPasswordTitle: 'Set a new password',
    newPasswordDescription: 'Choose a new password for your account. It replaces the old one everywhere.',
    newPasswordSubmit: 'Reset password',
    newPasswordSubmitting: 'Saving…',
  },
  keys: {
    title: 'signIn.forgotPassword.title',
    codeLabel: 'signIn.forgotPassword.formTitle',
    submit: 'formButtonPrimary',
    newPasswordTitle: 'signIn.resetPassword.title',
    newPasswordSubmit: 'signIn.resetPassword.formButtonPrimary',
  },
};

export const sessionTaskText: TextNamespace<'sessionTask', SignInStrings['sessionTask']> = {
  name: 'sessionTask',
  english: {
    resetPasswordTitle: 'Set a new password',
    resetPasswordDescription: 'Your password has appeared in a data breach elsewhere, so it can no longer be used. Choose a new one to continue.',
    newPasswordLabel: 'New password',
    confirmPasswordLabel: 'Confirm new password',
    passwordRule: 'At least {count} characters.',
    passwordRuleNumber: 'a number',
    passwordRuleUppercase: 'an uppercase letter',
    passwordRuleLowercase: 'a lowercase letter',
    passwordRuleSpecial: 'a special character',
    passwordRuleWith: 'At least {count} characters, with {rules}.',
    passwordRuleMissing: 'Include {rule}.',
    newPasswordRequired: 'Enter a new password.',
    newPasswordTooShort: 'Use at least {count} characters.',
    confirmMismatch: 'The two passwords do not match.',
    signOutOfOtherSessions: 'Sign out of all other devices',
    submit: 'Set password and continue',
    submitting: 'Saving…',
    otherTask: 'Your account needs one more step before you can continue: {task}.',
    taskNames: { 'setup-mfa': 'set up two-step verification', 'choose-organization': 'choose an organization', 'reset-password': 'set a new password' },
  },
  keys: {
    newPasswordLabel: 'formFieldLabel__newPassword',
    confirmPasswordLabel: 'formFieldLabel__confirmPassword',
    confirmMismatch: 'formFieldError__notMatchingPasswords',
    signOutOfOtherSessions: 'formFieldLabel__signOutOfOtherSessions',
  },
};

export const blockedText: TextNamespace<'blocked', SignInStrings['blocked']> = {
  name: 'blocked',
  english: {
    locked: 'Your account is locked after too many failed attempts.',
    lockedIndefinitely: 'Your account is locked and the lock does not expire on its own. Contact support to unlock it.',
    rateLimited: 'Too many attempts. Wait a moment, then try again.',
    retryIn: 'You can try again in {wait}.',
    tryLater: 'Try again later.',
    canRetryNow: 'You can try again now.',
  },
};

export const durationsText: TextNamespace<'durations', SignInStrings['durations']> = {
  name: 'durations',
  // Durations in this library's own words for the language keep them; Clerk's resource names only the locale.
  fromResource: (resource, found) => {
    const locale = Object.hasOwn(resource, 'locale') ? (resource as { locale?: unknown }).locale : undefined;
    if (typeof locale === 'string' && locale.trim() !== '' && found.locale === undefined) found.locale = locale;
  },
  english: {
    locale: 'en',
    seconds: { one: '{count} second', other: '{count} seconds' },
    minutes: { one: '{count} minute', other: '{count} minutes' },
  },
};

export const flowText: TextNamespace<'flow', SignInStrings['flow']> = {
  name: 'flow',
  english: {
    finishing: 'Signing you in…',
    complete: 'You are signed in.',
    failed: 'We could not finish signing you in.',
    unsupported: 'This account needs a sign-in step this form does not offer.',
    unsupportedTitle: 'This sign-in cannot go on here',
    taskTitle: 'One more step',
    retry: 'Try again',
    cancel: 'Cancel',
  },
};

export const errorsText: TextNamespace<'errors', SignInStrings['errors']> = {
  name: 'errors',
  // Every error wording the locale has, by Clerk's code; codes it lacks keep this library's.
  fromResource: (resource, found) => {
    const errors = (resource as { unstable__errors?: unknown }).unstable__errors;
    if (!errors || typeof errors !== 'object') return;
    for (const [code, text] of Object.entries(errors)) {
      if (typeof text === 'string' && text.trim() !== '' && code !== '__proto__') found[code] = text;
    }
  },
  english: {
    form_password_incorrect: 'That password is incorrect. Try again.',
    form_identifier_not_found: 'No account uses that email address.',
    form_code_incorrect: 'That code is incorrect.',
    user_locked: 'Your account is locked after too many failed attempts. Try again later.',
    too_many_requests: 'Too many attempts. Wait a moment, then try again.',
    internal_clerk_error: 'Something went wrong on our side. Try again in a moment.',
    network_error: 'We could not reach the sign-in service. Check your connection and try again.',
    request_timeout: 'The sign-in service is taking too long to answer; your connection may be slow. Try again.',
    sign_in_changed: 'This sign-in was changed in another tab or window. Check your details and try again.',
    navigation_failed: 'You are signed in, but the next page did not open. Reload the page to go on.',
    session_start_cancelled: 'You stopped waiting for the sign-in to finish. Try again when you are ready.',
    form_password_pwned: 'That password has appeared in a data breach. Choose another one.',
    form_password_length_too_short: 'That password is too short.',
    form_password_not_strong_enough: 'That password is too easy to guess. Choose a stronger one.',
    form_new_password_matches_current: 'Choose a password different from your current one.',
    verification_expired: 'That code has expired. Send a new code and enter it instead.',
    form_password_length_too_long: 'That password is too long. Choose a shorter one.',
    reset_password_unavailable: 'This account has no email address to send a reset code to. Contact support to reset your password.',
    session_reverification_required: 'This change needs you to confirm it is you. Try again and confirm when asked.',
    totp_already_enabled: 'An authenticator app is already set up for this account.',
    unknown: 'Something went wrong. Try again.',
  },
};

/** Every sign-in namespace, for what reads them all (`defaultStrings`, a resource's words for tests and tools). */
export const signInNamespaces = [passwordStepText, secondFactorStepText, clientTrustStepText, resetPasswordText, sessionTaskText, blockedText, durationsText, flowText, errorsText] as const;

/** The English of `namespaces`, whole, by name. */
export function englishOf(namespaces: readonly TextNamespace[]): object {
  return Object.fromEntries(namespaces.map((namespace) => [namespace.name, namespace.english]));
}

/** The sign-in steps' English, whole. The components read it namespace by namespace instead. */
export const defaultStrings = /* @__PURE__ */ englishOf(signInNamespaces) as SignInStrings;

export type PartialSignInStrings = {
  [K in keyof SignInStrings]?: Partial<SignInStrings[K]>;
};

/**
 * `overrides` laid over `base` (English by default), one namespace deep: a namespace given in part
 * keeps the rest of `base`'s. Only namespaces and keys that `base` knows are read, so an override
 * object from elsewhere (parsed JSON, say) cannot reach `Object.prototype`.
 */
export function mergeStrings(overrides?: PartialSignInStrings, base: SignInStrings = defaultStrings): SignInStrings {
  if (!overrides) return base;
  const merged = { ...base } as Record<string, unknown>;
  for (const namespace of Object.keys(base)) {
    const given = Object.hasOwn(overrides, namespace) ? (overrides as Record<string, unknown>)[namespace] : undefined;
    if (given && typeof given === 'object') merged[namespace] = { ...(base as unknown as Record<string, object>)[namespace], ...ownStrings(given) };
  }
  return merged as unknown as SignInStrings;
}

/** The strings `values` sets: own keys with a value, never `__proto__`. */
export function ownStrings(values: object): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key !== '__proto__' && value !== undefined) kept[key] = value;
  }
  return kept;
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** A wait as words: seconds under a minute, else whole minutes rounded up (a countdown never undershoots). */
export function durationText(seconds: number, strings: Pick<SignInStrings, 'durations'>): string {
  const { durations } = strings;
  const [count, forms, unit] = seconds < 60 ? [seconds, durations.seconds, 'second' as const] : [Math.ceil(seconds / 60), durations.minutes, 'minute' as const];
  // A locale given without its own words for durations (Clerk's resources have none): the platform's,
  // rather than English words in another language's sentence.
  if (forms === durationsText.english[`${unit}s`] && !/^en\b/i.test(durations.locale)) {
    try {
      return new Intl.NumberFormat(durations.locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
    } catch {
      // A locale tag the platform refuses keeps the forms below.
    }
  }
  const category = new Intl.PluralRules(durations.locale).select(count);
  return format(forms[category] ?? forms.other, { count });
}
