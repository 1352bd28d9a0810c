import { describe, expect, it } from 'vitest';
import { mfaArSA } from '../../src/locales/ar-SA.js';
import { mfaDeDE } from '../../src/locales/de-DE.js';
import { mfaFrFR } from '../../src/locales/fr-FR.js';
import { mfaJaJP } from '../../src/locales/ja-JP.js';
import { defaultSetupStrings } from '../../src/text/setupStrings.js';
import { defaultStrings as signInEnglish, type SignInStrings } from '../../src/text/strings.js';

// The English every pack translates: the sign-in steps' strings and the setup forms'.
const defaultStrings = { ...signInEnglish, ...defaultSetupStrings };

const PACKS: readonly (readonly [locale: string, strings: SignInStrings])[] = [
  ['fr-FR', mfaFrFR.mfaSteps],
  ['de-DE', mfaDeDE.mfaSteps],
  ['ja-JP', mfaJaJP.mfaSteps],
  ['ar-SA', mfaArSA.mfaSteps],
];

/**
 * Strings a pack may leave identical to the English, by locale and dotted path, each with its reason.
 * Exactly these: a pack with another identical string, or without one of these, fails.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'fr-FR': {
    'durations.minutes.one': 'French spells "minute" as English does ("1 minute").',
    'durations.minutes.other': 'French spells "minutes" as English does ("5 minutes").',
  },
};

type Leaf = { path: string; value: unknown; english: unknown };

/** Every leaf of `pack`, beside the English at the same path (`undefined` where the English has none). */
function leaves(pack: unknown, english: unknown, path = ''): Leaf[] {
  if (pack === null || typeof pack !== 'object') return [{ path, value: pack, english }];
  return Object.entries(pack).flatMap(([key, value]) =>
    leaves(value, english !== null && typeof english === 'object' ? (english as Record<string, unknown>)[key] : undefined, path ? `${path}.${key}` : key),
  );
}

/** The keys of every object in `value`, by dotted path. */
function shape(value: unknown, path = ''): Record<string, string[]> {
  if (value === null || typeof value !== 'object') return {};
  const entries = Object.entries(value);
  return Object.assign({ [path]: entries.map(([key]) => key).sort() }, ...entries.map(([key, child]) => shape(child, path ? `${path}.${key}` : key)));
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();

describe.each(PACKS)('%s', (locale, pack) => {
  it('has exactly the keys of the English, namespace by namespace, errors and task names included', () => {
    const { durations: packDurations, ...packRest } = pack;
    const { durations: englishDurations, ...englishRest } = defaultStrings;
    expect(shape(packRest)).toEqual(shape(englishRest));
    expect(Object.keys(packDurations).sort()).toEqual(Object.keys(englishDurations).sort());
  });

  it('names its locale and gives durations in exactly the plural categories the locale uses', () => {
    expect(pack.durations.locale).toBe(locale);
    const categories = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
    expect(Object.keys(pack.durations.seconds).sort()).toEqual(categories);
    expect(Object.keys(pack.durations.minutes).sort()).toEqual(categories);
  });

  it('keeps exactly the placeholders of each English string', () => {
    for (const { path, value, english } of leaves(pack, defaultStrings)) {
      if (path === 'durations.locale') continue;
      // A plural form the English lacks (French `many`, Arabic `few`, …) fills what English `other` does.
      const source = path.startsWith('durations.') && english === undefined ? defaultStrings.durations[path.split('.')[1] as 'seconds' | 'minutes'].other : english;
      expect(typeof source, path).toBe('string');
      expect(placeholders(value as string), path).toEqual(placeholders(source as string));
    }
  });

  it('translates every string: none left in English unless listed with a reason', () => {
    const same = leaves(pack, defaultStrings)
      .filter(({ value, english }) => value === english)
      .map(({ path }) => path);
    // Also fails on an exception that no longer applies, so the list stays true.
    expect(same.sort()).toEqual(Object.keys(SAME_AS_ENGLISH[locale] ?? {}).sort());
  });

  it('has no empty string and none with leading or trailing spaces', () => {
    for (const { path, value } of leaves(pack, defaultStrings)) {
      expect(typeof value, path).toBe('string');
      expect((value as string).trim(), path).not.toBe('');
      expect(value, path).toBe((value as string).trim());
    }
  });

  it('writes an ellipsis as the single character where the English has one', () => {
    for (const { path, value, english } of leaves(pack, defaultStrings)) {
      expect(value as string, path).not.toContain('...');
      if (typeof english === 'string' && english.endsWith('…')) expect(value as string, path).toMatch(/…$/);
    }
  });
});

describe('fr-FR', () => {
  it('puts a no-break space before ? ! : ; as French typography wants', () => {
    for (const { path, value } of leaves(mfaFrFR.mfaSteps, defaultStrings)) {
      for (const match of (value as string).matchAll(/(.)([?!:;])/g)) {
        // `name@example.com` has none of these; a colon inside a URL would need an exception here.
        expect(['\u202F', '\u00A0'], `${path}: “${match[0]}”`).toContain(match[1]);
      }
    }
  });
});
