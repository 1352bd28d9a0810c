// The languages the demo offers: Clerk's own resource for each, with this library's strings in the
// same language beside it, as an app passes them to <ClerkProvider localization>.
import { arSA, deDE, frFR, jaJP } from '@clerk/localizations';
import { mfaArSA } from 'clerk-mfa-steps/locales/ar-SA';
import { mfaDeDE } from 'clerk-mfa-steps/locales/de-DE';
import { mfaFrFR } from 'clerk-mfa-steps/locales/fr-FR';
import { mfaJaJP } from 'clerk-mfa-steps/locales/ja-JP';

export interface DemoLanguage {
  /** The language's own name, as a person looking for it reads it. */
  name: string;
  dir: 'ltr' | 'rtl';
  localization: object | undefined;
}

export const LANGUAGES: Record<string, DemoLanguage> = {
  'en-US': { name: 'English', dir: 'ltr', localization: undefined },
  'fr-FR': { name: 'Français', dir: 'ltr', localization: { ...frFR, ...mfaFrFR } },
  'de-DE': { name: 'Deutsch', dir: 'ltr', localization: { ...deDE, ...mfaDeDE } },
  'ar-SA': { name: 'العربية', dir: 'rtl', localization: { ...arSA, ...mfaArSA } },
  'ja-JP': { name: '日本語', dir: 'ltr', localization: { ...jaJP, ...mfaJaJP } },
};

/** `?lang=fr-FR` opens the demo in that language (tests use it); anything else is English. */
export function languageFromQuery(search: string): string {
  const tag = new URLSearchParams(search).get('lang');
  return tag !== null && Object.hasOwn(LANGUAGES, tag) ? tag : 'en-US';
}
