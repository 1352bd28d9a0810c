import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { defaultStrings, mergeStrings, type PartialSignInStrings, type SignInStrings } from './strings.js';
import { StringsContext } from './StringsContext.js';

/**
 * Clerk's `LocalizationResource`, as `@clerk/localizations` exports it (`frFR`, `deDE`, …) and
 * `<ClerkProvider localization>` takes it. Typed loosely and read defensively: this library imports
 * nothing of Clerk's types, and a key a Clerk version lacks only keeps this library's English.
 */
export type ClerkLocalization = object;

export interface LocalizationProps {
  /**
   * Clerk's `LocalizationResource` (`frFR` of the `@clerk/localizations` package). Default: the one
   * given to `<ClerkProvider localization>`, where Clerk exposes it. The `strings` prop wins over it.
   */
  localization?: ClerkLocalization;
}

/**
 * Where each of these forms' strings comes from in Clerk's resource, where Clerk has one. Strings
 * with no Clerk key (the lockout countdown, the overfilled code, …) stay this library's own.
 * Clerk's `{{applicationName}}` and `{{identifier}}` placeholders are read as this library's; a
 * candidate with a placeholder this library's string does not fill is passed over for the next.
 */
const KEYS: KeyMap<SignInStrings> = {
  passwordStep: {
    // Several locales name the app in the title ("In {{applicationName}} einloggen"), which this
    // title cannot fill; sign-up's link to sign in is the bare "Sign in" in every locale.
    title: ['signIn.start.title', 'signUp.start.actionLink'],
    subtitle: 'signIn.start.subtitle',
    emailLabel: 'formFieldLabel__emailAddress',
    passwordLabel: 'formFieldLabel__password',
    submit: 'formButtonPrimary',
    forgotPassword: 'formFieldAction__forgotPassword',
  },
  secondFactorStep: {
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
  clientTrustStep: {
    submit: 'formButtonPrimary',
  },
  resetPassword: {
    title: 'signIn.forgotPassword.title',
    codeLabel: 'signIn.forgotPassword.formTitle',
    submit: 'formButtonPrimary',
    newPasswordTitle: 'signIn.resetPassword.title',
    newPasswordSubmit: 'signIn.resetPassword.formButtonPrimary',
  },
  sessionTask: {
    newPasswordLabel: 'formFieldLabel__newPassword',
    confirmPasswordLabel: 'formFieldLabel__confirmPassword',
    confirmMismatch: 'formFieldError__notMatchingPasswords',
    signOutOfOtherSessions: 'formFieldLabel__signOutOfOtherSessions',
  },
};

/** For each namespace and string, the path (or paths, first usable wins) of Clerk's key for it. */
export type KeyMap<T> = { readonly [N in keyof T]?: { readonly [K in keyof T[N]]?: string | readonly string[] } };

/** Clerk's placeholder names, as this library's templates name them. */
const PLACEHOLDERS: Readonly<Record<string, string>> = { applicationName: 'app' };

function lookup(resource: object, path: string): string | undefined {
  let value: unknown = resource;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);

/** `{{applicationName}}` → `{app}`; `{{identifier}}` → `{email}` or `{phone}`, as the string names it. */
function template(text: string, identifier: string): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => `{${name === 'identifier' ? identifier : (PLACEHOLDERS[name] ?? name)}}`);
}

/**
 * This library's own strings in a language, carried inside Clerk's resource under `mfaSteps` so one
 * object serves both: `localization={{ ...frFR, ...mfaFrFR }}` (`clerk-mfa-steps/locales/fr-FR`).
 */
export interface StepsLocalization {
  mfaSteps?: PartialSignInStrings;
}

// Taken from Clerk only when the resource carries none of this library's own: a wrong code named by
// its kind in the same language reads better than Clerk's one generic wording.
const WEAK_KEYS = new Set(['totpIncorrect', 'phoneCodeIncorrect', 'emailCodeIncorrect', 'backupCodeIncorrect']);

function ownStringsOf(resource: object, english: object): Record<string, Record<string, unknown>> {
  const own = Object.hasOwn(resource, 'mfaSteps') ? (resource as StepsLocalization).mfaSteps : undefined;
  if (!own || typeof own !== 'object') return {};
  const copy: Record<string, Record<string, unknown>> = {};
  for (const [namespace, values] of Object.entries(own)) {
    if (Object.hasOwn(english, namespace) && values && typeof values === 'object') copy[namespace] = { ...values };
  }
  return copy;
}

/**
 * The namespaces of `english` that Clerk's resource has words for: Clerk's key for a string where
 * `keys` names one, else this library's own wording in that language (`mfaSteps`). Each family of
 * forms passes its own English and keys, so the sign-in steps never carry the setup forms' words.
 */
export function localizedNamespaces<T extends object>(resource: object, keys: KeyMap<T>, english: T): Record<string, Record<string, unknown>> {
  const strings = ownStringsOf(resource, english);
  for (const [namespace, namespaceKeys] of Object.entries(keys)) {
    const englishNamespace = (english as Record<string, Record<string, string>>)[namespace] ?? {};
    for (const [name, paths] of Object.entries(namespaceKeys as Record<string, string | readonly string[]>)) {
      const identifier = /phone/i.test(name) ? 'phone' : 'email';
      const filled = placeholdersOf(englishNamespace[name] ?? '');
      for (const path of typeof paths === 'string' ? [paths] : paths) {
        const text = lookup(resource, path);
        if (text === undefined) continue;
        const candidate = template(text, identifier);
        if (!placeholdersOf(candidate).every((placeholder) => filled.includes(placeholder))) continue;
        if (WEAK_KEYS.has(name) && strings[namespace]?.[name] !== undefined) break;
        (strings[namespace] ??= {})[name] = candidate;
        break;
      }
    }
  }
  return strings;
}

/**
 * The strings Clerk's resource has for these forms, as overrides of this library's English: Clerk's
 * key for a string where it has one, else this library's own wording in that language (`mfaSteps`).
 */
export function stringsFromLocalization(resource: ClerkLocalization | null | undefined): PartialSignInStrings {
  if (!resource || typeof resource !== 'object') return {};
  const strings = localizedNamespaces(resource, KEYS, defaultStrings);
  // Every error wording the locale has, by Clerk's code; codes it lacks keep this library's.
  const errors = (resource as { unstable__errors?: unknown }).unstable__errors;
  if (errors && typeof errors === 'object') {
    for (const [code, text] of Object.entries(errors)) {
      if (typeof text === 'string' && text.trim() !== '' && code !== '__proto__') (strings.errors ??= {})[code] = text;
    }
  }
  // Durations in this library's own words for the language keep them; Clerk's resource names only the locale.
  const locale = lookup(resource, 'locale');
  if (locale && !strings.durations?.locale) strings.durations = { ...strings.durations, locale };
  return strings as PartialSignInStrings;
}

/**
 * Clerk's resources in force here, outermost first: the setup forms read their own strings from
 * them, as the sign-in steps' strings are read from them into `StringsContext`.
 */
export const LocalizationResources = createContext<readonly ClerkLocalization[]>([]);

/** Lays Clerk's localization over the strings in force here; the `strings` props still win over it. */
export function LocalizationScope({ localization, children }: { localization: ClerkLocalization | null | undefined; children: ReactNode }) {
  const inherited = useContext(StringsContext);
  const resources = useContext(LocalizationResources);
  // A resource already in force (the app's, met again by a form nested in another) is not laid
  // again over what the outer form's own resource said.
  const fresh = localization && typeof localization === 'object' && !resources.includes(localization) ? localization : null;
  const localized = useMemo(() => (fresh ? mergeStrings(stringsFromLocalization(fresh), inherited) : inherited), [fresh, inherited]);
  const withThis = useMemo(() => (fresh ? [...resources, fresh] : resources), [fresh, resources]);
  return (
    <LocalizationResources.Provider value={withThis}>
      <StringsContext.Provider value={localized}>{children}</StringsContext.Provider>
    </LocalizationResources.Provider>
  );
}
