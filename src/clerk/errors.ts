import type { ClerkErrorLike, SignInErrorsLike } from './types.js';

/** The inputs Clerk can attach an error to. */
export type SignInField = 'identifier' | 'password' | 'code';

export type WaitReason = 'user_locked' | 'too_many_requests';

/** How long an error says to wait before trying again. */
export interface Wait {
  reason: WaitReason;
  /** Seconds to wait, or `null` when the error gives none. */
  seconds: number | null;
  /** The lock has no end (Clerk says so); the person needs support, not patience. */
  indefinite: boolean;
}

/** An error as the forms use it: Clerk's code, Clerk's own words as a fallback message, and any wait. */
export interface FlowError {
  code: string;
  /** Clerk's `longMessage` (or `message`); shown only when the strings have nothing for `code`. */
  clerkMessage?: string;
  /** Seconds until a retry may succeed, when Clerk said so (the `Retry-After` of a 429). */
  retryAfterSeconds?: number;
  /** A lockout or rate limit, read once here from Clerk's answer. */
  wait?: Wait;
}

export type FieldErrors = Partial<Record<SignInField, FlowError>>;

export const SIGN_IN_FIELDS: readonly SignInField[] = ['identifier', 'password', 'code'];

/** Stands for a call that never got Clerk's answer (a dropped connection). */
export const NETWORK_ERROR = { code: 'network_error' } as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Words to show, or `undefined`: blank text would leave the alert empty. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function toFlowError(error: ClerkErrorLike, retryAfter?: unknown): FlowError {
  const flowError: FlowError = { code: error.code };
  const words = text(error.longMessage) ?? text(error.message);
  if (words) flowError.clerkMessage = words;
  Object.assign(flowError, pickRetry(retryAfter));
  const wait = waitOf(flowError);
  if (wait) flowError.wait = wait;
  return flowError;
}

function fieldOf(error: ClerkErrorLike): SignInField | undefined {
  const param = isRecord(error.meta) ? error.meta.paramName : undefined;
  if (typeof param !== 'string') return undefined;
  // Clerk names the email field `identifier` or `email_address` depending on the call.
  const camel = param.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  if (camel === 'emailAddress') return 'identifier';
  // A new password (a reset, a session task) is this form's password field.
  if (camel === 'newPassword') return 'password';
  return (SIGN_IN_FIELDS as readonly string[]).includes(camel) ? (camel as SignInField) : undefined;
}

/**
 * `read()`, or `fallback` when reading throws. What an adapter hands over may be a Proxy or have a
 * getter that throws, and errors are read while the form renders: a throw there would take the form down.
 */
function readSafely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** A plain copy of what the forms use from one of Clerk's errors, read once, so reading it again runs no one's code. */
function asClerkError(value: Record<string, unknown>): ClerkErrorLike | null {
  const { code, message, longMessage, meta } = value;
  if (typeof code !== 'string' || code === '') return null;
  const paramName = isRecord(meta) ? meta.paramName : undefined;
  return { code, message: text(message), longMessage: text(longMessage), meta: typeof paramName === 'string' ? { paramName } : undefined };
}

/**
 * Flattens anything Clerk may hand back into its individual API errors.
 *
 * Three shapes reach us: a parsed API error (`{ code, meta }`, clerk-js 5 `errors.raw`), a
 * `ClerkAPIResponseError` wrapping several (`{ errors: [...] }`: the `{ error }` a call returns, and
 * Core 3's `errors.global` entry whose own code is `api_response_error`), and a runtime error with no
 * API errors at all (a dropped connection). Anything else (an adapter's mistake), and anything that
 * throws when read, is ignored.
 */
function flatten(value: unknown): { error: ClerkErrorLike; retryAfter?: unknown }[] {
  return readSafely(() => flattenReadable(value), []);
}

function flattenReadable(value: unknown): { error: ClerkErrorLike; retryAfter?: unknown }[] {
  if (!isRecord(value)) return [];
  if (Array.isArray(value.errors)) {
    const inner = value.errors.filter(isRecord).map(asClerkError).filter((error): error is ClerkErrorLike => error !== null);
    if (inner.length > 0) return inner.map((error) => ({ error, retryAfter: value.retryAfter }));
  }
  const own = asClerkError(value);
  if (own) return [{ error: own, retryAfter: value.retryAfter }];
  // An Error without a Clerk code: a network fault (fetch fails with a TypeError) or a bug. The form
  // still owes the user a message, and "check your connection" only when it is the connection.
  if (value instanceof Error) return [{ error: isNetworkFault(value) ? NETWORK_ERROR : { code: 'unknown' } }];
  return [];
}

function isNetworkFault(error: Error): boolean {
  return error.name === 'TypeError' || /network|fetch|load failed|connection/i.test(error.message);
}

/** A wait longer than a year is no countdown anyone can use: treated as a wait Clerk did not state. */
function pickRetry(retryAfter: unknown): Pick<FlowError, 'retryAfterSeconds'> {
  return typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter > 0 && retryAfter <= MAX_WAIT_SECONDS ? { retryAfterSeconds: Math.ceil(retryAfter) } : {};
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
      else if (formError.code === error.code && formError.retryAfterSeconds === undefined && pickRetry(retryAfter).retryAfterSeconds) {
        formError = toFlowError(error, retryAfter);
      }
    }
  }
  return { fieldErrors, formError };
}

/**
 * The errors in Clerk's current error state plus the error the last call returned.
 *
 * clerk-js 5.128 never fills `errors.global` for API errors (a `user_locked` lands only in
 * `errors.raw`), while Core 3 fills `errors.global` with a wrapper whose first inner error carries
 * the real code. Reading both, plus the returned error, covers both generations.
 */
export function readErrors(errors: SignInErrorsLike, lastReturned: unknown): { fieldErrors: FieldErrors; formError: FlowError | null } {
  const fromFields: FieldErrors = {};
  const fields = readSafely(() => errors.fields, undefined);
  for (const field of SIGN_IN_FIELDS) {
    const parsed = readSafely(() => {
      const error = isRecord(fields) && Object.hasOwn(fields, field) ? fields[field] : null;
      return isRecord(error) ? asClerkError(error) : null;
    }, null);
    if (parsed) fromFields[field] = toFlowError(parsed);
  }
  const list = (read: () => unknown): readonly unknown[] =>
    readSafely(() => {
      const value = read();
      return Array.isArray(value) ? [...(value as unknown[])] : [];
    }, []);
  const { fieldErrors, formError } = classifyErrors([...list(() => errors.global), ...list(() => errors.raw), lastReturned]);
  return { fieldErrors: { ...fieldErrors, ...fromFields }, formError };
}

/** How long an error says to wait, or `undefined` when it does not block. */
function waitOf(error: FlowError): Wait | undefined {
  if (error.code === 'too_many_requests') return { reason: error.code, seconds: error.retryAfterSeconds ?? null, indefinite: false };
  if (error.code !== 'user_locked') return undefined;
  const seconds = lockoutSecondsIn(error.clerkMessage);
  return { reason: error.code, seconds, indefinite: seconds === null && NO_EXPIRY.test(error.clerkMessage ?? '') };
}

const UNIT_SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86400 };
const NO_EXPIRY = /\b(?:not|never) expire|permanent|indefinite|contact support to unlock/i;
/** Clerk's sentence is short; a longer one is not Clerk's, and reading it must stay cheap. */
const MAX_MESSAGE = 400;
/** A lock longer than a year is, for a countdown, a lock without an end. */
export const MAX_WAIT_SECONDS = 366 * 86400;

/**
 * The lockout's remaining time, read from Clerk's words ("…try again in 1 hour and 5 minutes").
 * clerk-js drops the numeric `lockout_expires_in_seconds` when it parses the error, so the sentence
 * is the only carrier. `null` when it states no number it can use.
 */
export function lockoutSecondsIn(message: string | undefined): number | null {
  const wait = message?.slice(0, MAX_MESSAGE).match(/try again in ([^.]+)/i)?.[1];
  if (!wait) return null;
  let seconds = 0;
  for (const [, count, unit] of wait.matchAll(/(\d{1,9})\s*(second|minute|hour|day)s?/gi)) {
    seconds += Number(count) * (UNIT_SECONDS[unit!.toLowerCase()] ?? 0);
  }
  return seconds > 0 && seconds <= MAX_WAIT_SECONDS ? seconds : null;
}
