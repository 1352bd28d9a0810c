export type CodeKind = 'totp' | 'phone_code' | 'email_code' | 'backup_code';

/** Codes Clerk sends (and can send again), as opposed to codes the person already has. */
export type SentCodeKind = 'phone_code' | 'email_code';

export const CODE_LENGTH = 6;

/** People paste codes as they are printed ("123 456", "1234-5678"); the separators are not part of the code. */
export function normalizeCode(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/**
 * The digits in what was typed or pasted, whatever surrounds them ("123 456", "12-34-56", "code: 123456"),
 * as ASCII digits. Digits of any script count: a full-width keyboard or an Arabic or Persian one types
 * its own digits, and a paste with more digits than a code must be seen as one, whatever they look like.
 */
export function digitsOf(value: string): string {
  return value.replace(/\P{Nd}/gu, '').replace(/[^0-9]/gu, asciiDigit);
}

const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * Unicode encodes each script's decimal digits as one run from 0 to 9, some runs back to back (the
 * five styles of mathematical digits), so a digit's value is its distance from the start of the
 * whole run of digits it sits in, modulo 10.
 */
function asciiDigit(digit: string): string {
  const codePoint = digit.codePointAt(0)!;
  let start = codePoint;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
  return String((codePoint - start) % 10);
}

/** Clerk's backup codes are short runs of letters and digits; anything longer is not one. */
export const BACKUP_CODE_MAX_LENGTH = 32;
const BACKUP_CODE_SHAPE = /^[a-z0-9]+$/i;

export function isBackupCodeShape(value: string): boolean {
  return value.length <= BACKUP_CODE_MAX_LENGTH && BACKUP_CODE_SHAPE.test(value);
}

export const NUMERIC_CODE_SHAPE = /^\d{6}$/;

/**
 * Input attributes per code kind. Authenticator and SMS codes are numeric and may be offered by the
 * platform's one-time-code autofill; a backup code is free text that password managers and mobile
 * keyboards must leave alone (no capitalising, no correcting, no OTP suggestion).
 */
export function inputAttributesFor(kind: CodeKind) {
  return kind === 'backup_code'
    ? ({ type: 'text', inputMode: 'text', autoComplete: 'off', autoCapitalize: 'none', autoCorrect: 'off', spellCheck: false } as const)
    : ({ type: 'text', inputMode: 'numeric', autoComplete: 'one-time-code', autoCapitalize: 'none', spellCheck: false } as const);
}

export function isSentCode(kind: CodeKind): kind is SentCodeKind {
  return kind === 'phone_code' || kind === 'email_code';
}
