import { arSA, deDE, frFR, jaJP } from '@clerk/localizations';
import { mfaArSA } from '../src/locales/ar-SA.js';
import { mfaDeDE } from '../src/locales/de-DE.js';
import { mfaFrFR } from '../src/locales/fr-FR.js';
import { mfaJaJP } from '../src/locales/ja-JP.js';

/**
 * The toolbar's languages: Clerk's resource with this library's pack beside it, as an app gives them
 * to `<ClerkProvider localization>` (the stories' simulated Clerk hands it to the components the same way).
 */
export const STORY_LOCALES: Record<string, { title: string; dir: 'ltr' | 'rtl'; localization: object | undefined }> = {
  'en-US': { title: 'English', dir: 'ltr', localization: undefined },
  'fr-FR': { title: 'Français', dir: 'ltr', localization: { ...frFR, ...mfaFrFR } },
  'de-DE': { title: 'Deutsch (long text)', dir: 'ltr', localization: { ...deDE, ...mfaDeDE } },
  'ar-SA': { title: 'العربية (right to left)', dir: 'rtl', localization: { ...arSA, ...mfaArSA } },
  'ja-JP': { title: '日本語', dir: 'ltr', localization: { ...jaJP, ...mfaJaJP } },
};

export const localeOf = (tag: unknown) => STORY_LOCALES[typeof tag === 'string' && Object.hasOwn(STORY_LOCALES, tag) ? tag : 'en-US']!;
