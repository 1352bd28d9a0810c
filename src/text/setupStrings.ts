import { useMemo } from 'react';
import { localizedNamespaces, type ClerkLocalization, type KeyMap } from './localization.js';
import { mergeNamespaces, type PartialSignInStrings } from './strings.js';

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
}

export const defaultSetupStrings: MfaSetupStrings = {
  totpSetup: {
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
  backupCodes: {
    title: 'Save your backup codes',
    description: 'Each code signs you in once if you lose your authenticator app. They are shown only now: keep them somewhere safe, such as a password manager.',
    listLabel: 'Backup codes',
    copyAll: 'Copy all',
    copied: 'Copied',
    download: 'Download',
    print: 'Print',
    fileHeading: 'Backup codes for {account}. Each code works once.',
    confirmSaved: 'I have saved these codes somewhere safe',
    continue: 'Continue',
  },
};

/** A setup form's `strings` prop: its own namespaces and the sign-in ones it shares (codes, errors). */
export type PartialMfaSetupStrings = { [K in keyof MfaSetupStrings]?: Partial<MfaSetupStrings[K]> } & PartialSignInStrings;

/** Clerk's keys for these strings, from its own profile pages. */
const SETUP_KEYS: KeyMap<MfaSetupStrings> = {
  totpSetup: {
    title: 'userProfile.mfaTOTPPage.title',
  },
  backupCodes: {
    listLabel: 'userProfile.backupCodePage.title__codelist',
    copyAll: 'userProfile.backupCodePage.actionLabel__copy',
    print: 'userProfile.backupCodePage.actionLabel__print',
  },
};

/**
 * The setup strings in force: English, then each of Clerk's resources in order (ClerkProvider's,
 * then the component's), then the `strings` prop.
 */
export function useSetupStrings(resources: readonly (ClerkLocalization | null | undefined)[], overrides: PartialMfaSetupStrings | undefined): MfaSetupStrings {
  return useMemo(() => {
    let strings = defaultSetupStrings;
    for (const resource of resources) {
      if (resource && typeof resource === 'object') strings = mergeNamespaces(localizedNamespaces(resource, SETUP_KEYS, defaultSetupStrings), strings);
    }
    return mergeNamespaces(overrides, strings);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...resources, overrides]);
}
