import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Clerk-looking ids (`sess_2x…`). Random rather than counted so that an id the browser still holds
 * after a reset can never point at a newer object.
 */
export function newId(prefix: string): string {
  const bytes = randomBytes(27);
  let suffix = '';
  for (const byte of bytes) suffix += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${suffix}`;
}

/** Six random digits, for SMS and email codes. */
export function newSixDigitCode(): string {
  return String(randomBytes(4).readUInt32BE(0) % 1_000_000).padStart(6, '0');
}
