import { classifyErrors, type FieldErrors, type FlowError } from '../clerk/errors.js';

export type Attempt<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors; formError: FlowError | null };

/** A call on one of Clerk's classic resources (the user, the session), which throw: its errors as this library classifies them. */
export async function attempt<T>(call: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, ...classifyErrors([error]) };
  }
}

/** The one error to show for a failed attempt: a field's, else the form's, else "something went wrong". */
export function firstError(failed: { fieldErrors: FieldErrors; formError: FlowError | null }): FlowError {
  return failed.formError ?? Object.values(failed.fieldErrors)[0] ?? { code: 'unknown' };
}
