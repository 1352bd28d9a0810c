/** The longest email address Clerk (and RFC 5321's path limit) accepts. */
export const EMAIL_MAX_LENGTH = 254;

export type EmailProblem = 'required' | 'too_long' | 'hidden_characters' | 'shape';

// Control and format characters (zero-width, bidi embeddings and isolates, tags), characters every
// font draws as nothing (fillers, variation selectors), lone surrogates and pictographs: none belongs
// in an address a person types, and each can make two addresses look alike or hide what is sent.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}]|\p{Extended_Pictographic}/u;

/**
 * What is wrong with a typed email address, before it costs a request, in time linear in its length:
 * a regular expression with nested repetition here once took seconds on a long paste, on every
 * keystroke. Deliberately loose on the shape (one `@`, a dot inside the domain, no spaces): Clerk is
 * the judge of real addresses.
 */
export function emailProblem(value: string): EmailProblem | null {
  if (value === '') return 'required';
  if (value.length > EMAIL_MAX_LENGTH) return 'too_long';
  if (HIDDEN.test(value)) return 'hidden_characters';
  const at = value.indexOf('@');
  if (at <= 0 || at !== value.lastIndexOf('@') || /\s/.test(value)) return 'shape';
  const domain = value.slice(at + 1);
  const dot = domain.indexOf('.');
  return dot > 0 && !domain.endsWith('.') ? null : 'shape';
}
