import { signInNamespaces, type PartialSignInStrings, type TextNamespace } from './strings.js';

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

function ownStringsOf(resource: object, name: string): Record<string, unknown> {
  const own = Object.hasOwn(resource, 'mfaSteps') ? (resource as { mfaSteps?: unknown }).mfaSteps : undefined;
  const values = own && typeof own === 'object' && Object.hasOwn(own, name) ? (own as Record<string, unknown>)[name] : undefined;
  return values && typeof values === 'object' ? { ...values } : {};
}

function wordsOf(resource: object, namespace: TextNamespace): Record<string, unknown> {
  const found = ownStringsOf(resource, namespace.name);
  const english = namespace.english as Record<string, unknown>;
  for (const [name, paths] of Object.entries(namespace.keys ?? {}) as [string, string | readonly string[]][]) {
    const identifier = /phone/i.test(name) ? 'phone' : 'email';
    const filled = placeholdersOf(typeof english[name] === 'string' ? english[name] : '');
    for (const path of typeof paths === 'string' ? [paths] : paths) {
      const text = lookup(resource, path);
      if (text === undefined) continue;
      const candidate = template(text, identifier);
      if (!placeholdersOf(candidate).every((placeholder) => filled.includes(placeholder))) continue;
      if (WEAK_KEYS.has(name) && found[name] !== undefined) break;
      found[name] = candidate;
      break;
    }
  }
  namespace.fromResource?.(resource, found);
  return found;
}

// A resource's words are read once per namespace: every render of every step asks again.
const read = new WeakMap<object, Map<string, Record<string, unknown>>>();

/**
 * What Clerk's resource says for one namespace, as overrides of its English: Clerk's key for a
 * string where it has one, else this library's own wording in that language (`mfaSteps`).
 */
export function localizedNamespace(resource: object, namespace: TextNamespace): Record<string, unknown> {
  let byName = read.get(resource);
  if (!byName) read.set(resource, (byName = new Map()));
  let words = byName.get(namespace.name);
  if (!words) byName.set(namespace.name, (words = wordsOf(resource, namespace)));
  return words;
}

/** What Clerk's resource says for every sign-in step, as overrides of the English (`mergeStrings` lays them). */
export function stringsFromLocalization(resource: ClerkLocalization | null | undefined): PartialSignInStrings {
  if (!resource || typeof resource !== 'object') return {};
  const strings: Record<string, object> = {};
  for (const namespace of signInNamespaces) {
    const words = localizedNamespace(resource, namespace);
    if (Object.keys(words).length > 0) strings[namespace.name] = words;
  }
  return strings as PartialSignInStrings;
}
