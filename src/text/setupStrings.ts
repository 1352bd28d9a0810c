import { englishOf, type PartialSignInStrings, type TextNamespace } from './strings.js';

/**
 * The strings of the MFA setup forms, apart from the sign-in steps' (`SignInStrings`) so that a
 * sign-in page never carries them. Overridden through the same `strings` prop, translated by the
 * same packs (`mfaSteps`), and taken from Clerk's `userProfile` keys where Clerk has them.
 */
export interface MfaSetupStrings {
  /** `<TotpSetup>`: an authenticator app added to a signed-in account. */
  totpSetup: {
    title: string;
    preparing: string;
    scanInstructions: string;
    /** The QR code's accessible name; `{account}` is the account's email. */
    qrLabel: string;
    manualInstructions: string;
    /** The secret's accessible name, read out group by group. */
    keyLabel: string;
    copyKey: string;
    copied: string;
    openInApp: string;
    codeLabel: string;
    codeDescription: string;
    submit: string;
    submitting: string;
    cancel: string;
    failed: string;
    retry: string;
    doneTitle: string;
    done: string;
  };
  /** Backup codes, shown once after enrolment (and on regeneration). */
  backupCodes: {
    title: string;
    description: string;
    listLabel: string;
    copyAll: string;
    copied: string;
    download: string;
    print: string;
    /** First line of the downloaded or printed file; `{account}` is the account's email. */
    fileHeading: string;
    confirmSaved: string;
    continue: string;
  };
  /** `<SmsMfaSetup>`: a phone number that receives sign-in codes by text message. */
  smsSetup: {
    title: string;
    chooseDescription: string;
    /** The choice that adds a number rather than using one the account has. */
    addNumber: string;
    countryLabel: string;
    phoneLabel: string;
    phoneDescription: string;
    phoneRequired: string;
    /** `{country}` is the country chosen, by name. */
    phoneInvalid: string;
    phoneTaken: string;
    loading: string;
    sendCode: string;
    sending: string;
    codeLabel: string;
    /** `{phone}` is the number the code went to. */
    codeDescription: string;
    verify: string;
    verifying: string;
    useDifferentNumber: string;
    makeDefault: string;
    cancel: string;
    doneTitle: string;
    /** `{phone}` is the number. */
    done: string;
  };
  /** `<MfaSettings>`: what protects the account, and adding or removing each. */
  mfaSettings: {
    title: string;
    description: string;
    loading: string;
    signedOut: string;
    /** Beside a method that is set up. */
    on: string;
    /** Beside a method that is not. */
    off: string;
    authenticator: string;
    authenticatorDescription: string;
    addAuthenticator: string;
    removeAuthenticator: string;
    removeAuthenticatorConfirm: string;
    authenticatorRemoved: string;
    /** `{phone}` is the number, as Clerk has it. */
    smsNumber: string;
    /** `{phone}` is the number. */
    removeSms: string;
    /** `{phone}` is the number. */
    removeSmsConfirm: string;
    /** `{phone}` is the number. */
    smsRemoved: string;
    backupCodes: string;
    backupCodesDescription: string;
    regenerateBackupCodes: string;
    regenerateConfirm: string;
    regenerateSubmit: string;
    remove: string;
    cancel: string;
    working: string;
    nothingChanged: string;
    /** Shown when the account has no second factor, so backup codes cannot be made. */
    backupCodesNeedMethod: string;
    addSms: string;
    /** Above the methods when a sign-in must set one up first (Clerk's `setup-mfa` task). */
    taskDescription: string;
  };
  /** Confirming it is the account's owner before a sensitive change (Clerk's reverification). */
  reverify: {
    title: string;
    description: string;
    preparing: string;
    passwordLabel: string;
    codeDescription: string;
    codeLabel: string;
    backupCodeDescription: string;
    backupCodeLabel: string;
    submit: string;
    submitting: string;
    cancel: string;
    unavailable: string;
  };
}

export const totpSetupText: TextNamespace<'totpSetup', MfaSetupStrings['totpSetup']> = {
  name: 'totpSetup',
  english: {
    title: 'Add an authenticator app',
    preparing: 'Preparing your authenticator…',
    scanInstructions: 'Scan this QR code with your authenticator app, such as Google Authenticator, Microsoft Authenticator or 1Password.',
    qrLabel: 'QR code that adds {account} to an authenticator app',
    manualInstructions: 'Cannot scan it? Enter this key in the app instead:',
    keyLabel: 'Setup key',
    copyKey: 'Copy key',
    copied: 'Copied',
    openInApp: 'Open in an authenticator app on this device',
    codeLabel: 'Code from the app',
    codeDescription: 'Enter the 6-digit code the app now shows, to confirm it works.',
    submit: 'Turn on',
    submitting: 'Checking…',
    cancel: 'Cancel',
    failed: 'The authenticator could not be prepared.',
    retry: 'Try again',
    doneTitle: 'Authenticator app added',
    done: 'From now on, signing in asks for a code from the app.',
  },
  keys: {
    title: 'userProfile.mfaTOTPPage.title',
  },
};

export const backupCodesText: TextNamespace<'backupCodes', MfaSetupStrings['backupCodes']> = {
  name: 'backupCodes',
  english: {
    title: 'Save your backup codes',
    description: 'Each code signs you in once if you cannot use your other methods (a lost phone, say). They are shown only now: keep them somewhere safe, such as a password manager.',
    listLabel: 'Backup codes',
    copyAll: 'Copy all',
    copied: 'Copied',
    download: 'Download',
    print: 'Print',
    fileHeading: 'Backup codes for {account}. Each code works once.',
    confirmSaved: 'I have saved these codes somewhere safe',
    continue: 'Continue',
  },
  keys: {
    listLabel: 'userProfile.backupCodePage.title__codelist',
    copyAll: 'userProfile.backupCodePage.actionLabel__copy',
    print: 'userProfile.backupCodePage.actionLabel__print',
  },
};

export const smsSetupText: TextNamespace<'smsSetup', MfaSetupStrings['smsSetup']> = {
  name: 'smsSetup',
  english: {
    title: 'Get codes by text message',
    chooseDescription: 'Choose the number that receives your sign-in codes.',
    addNumber: 'Add a new number',
    countryLabel: 'Country or region',
    phoneLabel: 'Phone number',
    phoneDescription: 'We text a code to this number to confirm it is yours.',
    phoneRequired: 'Enter your phone number.',
    phoneInvalid: 'That is not a phone number in {country}. Check the number, or choose another country.',
    phoneTaken: 'That number belongs to another account. Use a different number.',
    loading: 'Loading…',
    sendCode: 'Send code',
    sending: 'Sending…',
    codeLabel: 'SMS code',
    codeDescription: 'Enter the 6-digit code we sent to {phone}.',
    verify: 'Turn on',
    verifying: 'Checking…',
    useDifferentNumber: 'Use a different number',
    makeDefault: 'Send codes here first when I sign in',
    cancel: 'Cancel',
    doneTitle: 'Text message codes are on',
    done: 'Signing in can now send a code to {phone}.',
  },
  keys: {
    // Not the title: Clerk's ("Add SMS code verification") says something else than this form's.
    phoneLabel: 'formFieldLabel__phoneNumber',
  },
};

export const mfaSettingsText: TextNamespace<'mfaSettings', MfaSetupStrings['mfaSettings']> = {
  name: 'mfaSettings',
  english: {
    title: 'Two-step verification',
    description: 'After your password, signing in asks for one of these, so a leaked password alone cannot open your account.',
    loading: 'Loading your settings…',
    signedOut: 'Sign in to manage two-step verification.',
    on: 'On',
    off: 'Off',
    authenticator: 'Authenticator app',
    authenticatorDescription: 'A code from an app such as Google Authenticator, Microsoft Authenticator or 1Password.',
    addAuthenticator: 'Add an authenticator app',
    removeAuthenticator: 'Remove the authenticator app',
    removeAuthenticatorConfirm: 'Remove the authenticator app? Signing in will no longer accept its codes.',
    authenticatorRemoved: 'The authenticator app was removed.',
    smsNumber: 'Text message to {phone}',
    removeSms: 'Stop sending codes to {phone}',
    removeSmsConfirm: 'Stop sending sign-in codes to {phone}?',
    smsRemoved: 'Sign-in codes are no longer sent to {phone}.',
    backupCodes: 'Backup codes',
    backupCodesDescription: 'One-time codes for when your other methods are out of reach.',
    regenerateBackupCodes: 'Create new backup codes',
    regenerateConfirm: 'Create new backup codes? The ones you have now stop working at once.',
    regenerateSubmit: 'Create new codes',
    remove: 'Remove',
    cancel: 'Cancel',
    working: 'Saving…',
    nothingChanged: 'Nothing was changed.',
    backupCodesNeedMethod: 'Add an authenticator app or a phone number first: backup codes stand in for them.',
    addSms: 'Add a phone number for codes',
    taskDescription: 'Your account needs two-step verification before you can continue. Choose how you will confirm it is you.',
  },
  keys: {
    title: 'userProfile.start.mfaSection.title',
    authenticator: 'userProfile.start.mfaSection.totp.headerTitle',
    backupCodes: 'userProfile.start.mfaSection.backupCodes.headerTitle',
    regenerateBackupCodes: 'userProfile.start.mfaSection.backupCodes.title__regenerate',
    remove: 'userProfile.start.mfaSection.totp.destructiveActionTitle',
  },
};

export const reverifyText: TextNamespace<'reverify', MfaSetupStrings['reverify']> = {
  name: 'reverify',
  english: {
    title: 'Confirm it is you',
    description: 'This change needs you to confirm your identity first.',
    preparing: 'Preparing…',
    passwordLabel: 'Password',
    codeDescription: 'Enter the 6-digit code from your authenticator app.',
    codeLabel: 'Authenticator code',
    backupCodeDescription: 'Enter one of your backup codes.',
    backupCodeLabel: 'Backup code',
    submit: 'Confirm',
    submitting: 'Confirming…',
    cancel: 'Cancel',
    unavailable: 'Your identity cannot be confirmed here. Sign out, sign in again, then retry.',
  },
  keys: {
    passwordLabel: 'formFieldLabel__password',
    backupCodeLabel: 'formFieldLabel__backupCode',
    submit: 'formButtonPrimary',
  },
};

/** The setup forms' English, whole. The forms read it namespace by namespace instead. */
export const defaultSetupStrings = /* @__PURE__ */ englishOf([totpSetupText, backupCodesText, smsSetupText, mfaSettingsText, reverifyText]) as MfaSetupStrings;

/** A setup form's `strings` prop: its own namespaces and the sign-in ones it shares (codes, errors). */
export type PartialMfaSetupStrings = { [K in keyof MfaSetupStrings]?: Partial<MfaSetupStrings[K]> } & PartialSignInStrings;
