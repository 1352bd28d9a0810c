export type CodeKind = 'totp' | 'backup_code';

/** People paste codes as they are printed ("123 456", "1234-5678"); the separators are not part of the code. */
export function normalizeCode(value: string): string {
  return value.replace(/[\s-]/g, '');
}

export const TOTP_SHAPE = /^\d{6}$/;

/**
 * Input attributes per code kind. An authenticator code is numeric and may be offered by the
 * platform's one-time-code autofill; a backup code is free text that password managers and
 * mobile keyboards must leave alone (no capitalising, no correcting, no OTP suggestion).
 */
export function inputAttributesFor(kind: CodeKind) {
  return kind === 'totp'
    ? ({ type: 'text', inputMode: 'numeric', autoComplete: 'one-time-code', autoCapitalize: 'none', spellCheck: false } as const)
    : ({ type: 'text', inputMode: 'text', autoComplete: 'off', autoCapitalize: 'none', autoCorrect: 'off', spellCheck: false } as const);
}
