import { arSA, deDE, frFR, jaJP } from '@clerk/localizations';
import { describe, expect, it } from 'vitest';
import { mfaArSA } from '../../src/locales/ar-SA.js';
import { mfaDeDE } from '../../src/locales/de-DE.js';
import { mfaFrFR } from '../../src/locales/fr-FR.js';
import { mfaJaJP } from '../../src/locales/ja-JP.js';
import { stringsFromLocalization } from '../../src/text/localization.js';
import { defaultStrings, mergeStrings } from '../../src/text/strings.js';
import { messageFor } from '../../src/text/words.js';

/**
 * The error codes a person can meet in these flows, as Clerk's Frontend API answers them (its error
 * catalogue, the codes the local backend answers with) and as this library raises its own.
 */
const CODES_A_PERSON_MEETS = [
  'form_identifier_not_found',
  'form_password_incorrect',
  'form_code_incorrect',
  'verification_expired',
  'user_locked',
  'too_many_requests',
  'internal_clerk_error',
  'form_password_pwned',
  'form_password_length_too_short',
  'form_password_length_too_long',
  'form_password_not_strong_enough',
  'form_new_password_matches_current',
  // This library's own.
  'network_error',
  'request_timeout',
  'sign_in_changed',
  'navigation_failed',
  'session_start_cancelled',
  'reset_password_unavailable',
];

/**
 * Codes Clerk answers only to a client that called it wrongly (a missing parameter, a step out of
 * order): no person can cause them through these forms, so they are not worded here. The stated
 * fallback: Clerk's own message (its `longMessage`), else the generic `errors.unknown` in the locale.
 */
const PROTOCOL_CODES = ['form_param_missing', 'form_param_value_invalid', 'strategy_for_user_invalid', 'verification_missing', 'sign_in_status_invalid', 'verification_already_verified', 'resource_not_found', 'session_exists'];

const SHIPPED = { 'fr-FR': { ...frFR, ...mfaFrFR }, 'de-DE': { ...deDE, ...mfaDeDE }, 'ja-JP': { ...jaJP, ...mfaJaJP }, 'ar-SA': { ...arSA, ...mfaArSA } };

describe('error wording in every shipped locale', () => {
  it.each(Object.entries(SHIPPED))('words every code a person can meet in %s', (_, resource) => {
    const strings = mergeStrings(stringsFromLocalization(resource));
    const missing = CODES_A_PERSON_MEETS.filter((code) => {
      const words = messageFor({ code }, strings);
      return words === strings.errors.unknown || words === defaultStrings.errors[code];
    });
    expect(missing).toEqual([]);
  });

  it('words every such code in English too', () => {
    expect(CODES_A_PERSON_MEETS.filter((code) => !Object.hasOwn(defaultStrings.errors, code))).toEqual([]);
  });

  it.each(Object.entries(SHIPPED))('falls back, for a code only a wrong call meets, to Clerk’s message, else the generic line in %s', (_, resource) => {
    const strings = mergeStrings(stringsFromLocalization(resource));
    for (const code of PROTOCOL_CODES) {
      expect(messageFor({ code, clerkMessage: 'Clerk’s own words' }, strings)).toBe(strings.errors[code] ?? 'Clerk’s own words');
      expect(messageFor({ code }, strings)).toBe(strings.errors[code] ?? strings.errors.unknown);
    }
    expect(strings.errors.unknown).not.toBe(defaultStrings.errors.unknown);
  });
});
