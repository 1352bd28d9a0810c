import type { ClerkErrorLike, SignInErrorsLike } from './signal.js';

/** The inputs Clerk can attach an error to. */
export type SignInField = 'identifier' | 'password' | 'code';

/** An error as the forms use it: Clerk's code, plus Clerk's own words as a fallback message. */
export interface FlowError {
  code: string;
  /** Clerk's `longMessage` (or `message`); shown only when the strings have nothing for `code`. */
  clerkMessage?: string;
  /** Seconds until a retry may succeed, when Clerk said so (the `Retry-After` of a 429). */
  retryAfterSeconds?: number;
}

export type FieldErrors = Partial<Record<SignInField, FlowError>>;

const FIELDS: readonly SignInField[] = ['identifier', 'password', 'code'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toFlowError(error: ClerkErrorLike, retryAfter?: unknown): FlowError {
  const flowError: FlowError = { code: error.code };
  const words = error.longMessage ?? error.message;
  if (words) flowError.clerkMessage = words;
  return { ...flowError, ...pickRetry(retryAfter) };
}

function fieldOf(error: ClerkErrorLike): SignInField | undefined {
  const param = error.meta?.paramName;
  if (typeof param !== 'string') return undefined;
  // Clerk names the email field `identifier` or `email_address` depending on the call.
  const camel = param.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  if (camel === 'emailAddress') return 'identifier';
  return (FIELDS as readonly string[]).includes(camel) ? (camel as SignInField) : undefined;
}

/**
 * Flattens anything Clerk may hand back into its individual API errors.
 *
 * Three shapes reach us: a parsed API error (`{ code, meta }`, clerk-js 5 `errors.raw`), a
 * `ClerkAPIResponseError` wrapping several (`{ errors: [...] }`, the `{ error }` a call returns and
 * Core 3's `errors.global`), and a runtime error with no API errors at all (a dropped connection).
 */
function flatten(value: unknown): { error: ClerkErrorLike; retryAfter?: unknown }[] {
  if (!isRecord(value)) return [];
  if (Array.isArray(value.errors) && value.errors.length > 0) {
    return value.errors.filter(isRecord).map((inner) => ({
      error: inner as unknown as ClerkErrorLike,
      retryAfter: value.retryAfter,
    }));
  }
  if (typeof value.code === 'string') return [{ error: value as unknown as ClerkErrorLike, retryAfter: value.retryAfter }];
  // An Error without a Clerk code: a network fault or a bug. The form still owes the user a message.
  if (value instanceof Error) return [{ error: { code: 'network_error' } }];
  return [];
}

function pickRetry(retryAfter: unknown): Pick<FlowError, 'retryAfterSeconds'> {
  return typeof retryAfter === 'number' && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {};
}

/** Splits whatever a call returned into field errors and the first error that belongs to no field. */
export function classifyErrors(sources: readonly unknown[]): { fieldErrors: FieldErrors; formError: FlowError | null } {
  const fieldErrors: FieldErrors = {};
  let formError: FlowError | null = null;
  for (const source of sources) {
    for (const { error, retryAfter } of flatten(source)) {
      const field = fieldOf(error);
      if (field) fieldErrors[field] ??= toFlowError(error);
      else if (!formError) formError = toFlowError(error, retryAfter);
      // `errors.raw` drops the Retry-After header; the returned error for the same code still has it.
      else if (formError.code === error.code && formError.retryAfterSeconds === undefined) {
        formError = { ...(formError as FlowError), ...pickRetry(retryAfter) };
      }
    }
  }
  return { fieldErrors, formError };
}

/**
 * The form-level error in Clerk's current error state.
 *
 * clerk-js 5.128 never fills `errors.global` for API errors (a `user_locked` lands only in
 * `errors.raw`), while Core 3 fills `errors.global` with a wrapper whose first inner error carries
 * the real code. Reading both, plus the error the last call returned, covers both generations.
 */
export function formErrorOf(errors: SignInErrorsLike, lastReturned: unknown): FlowError | null {
  return classifyErrors([...(errors.global ?? []), ...(errors.raw ?? []), lastReturned]).formError;
}

/** Field errors in Clerk's current error state, with the last returned error filling gaps. */
export function fieldErrorsOf(errors: SignInErrorsLike, lastReturned: unknown): FieldErrors {
  const fromFields: FieldErrors = {};
  for (const field of FIELDS) {
    const error = errors.fields[field];
    if (error) fromFields[field] = toFlowError(error);
  }
  return { ...classifyErrors([lastReturned]).fieldErrors, ...fromFields };
}
