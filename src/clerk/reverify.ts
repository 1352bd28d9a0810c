import { useMemo, useRef } from 'react';
import type { ReverificationRequest, Reverify } from './types.js';

/** Clerk's code for a sensitive call refused until the session is verified again. */
export const REVERIFICATION_REQUIRED = 'session_reverification_required';
/** Clerk's code when the person gives the reverification up (`isReverificationCancelledError`). */
export const REVERIFICATION_CANCELLED = 'reverification_cancelled';

/** Either generation's `useReverification`, as these forms call it: the fetcher takes the call to run. */
export type UseClerkReverification = (
  fetcher: (action: () => Promise<unknown>) => Promise<unknown>,
  options: { onNeedsReverification: (request: ReverificationRequest) => void },
) => (action: () => Promise<unknown>) => Promise<unknown>;

const cancelled = () => Object.assign(new Error('The reverification was cancelled.'), { code: REVERIFICATION_CANCELLED });
const refusedAgain = () => ({ errors: [{ code: REVERIFICATION_REQUIRED, message: 'You need to provide additional verification to perform this operation' }] });

function needsReverification(error: unknown): boolean {
  const errors = (error as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) && errors.some((inner) => (inner as { code?: unknown } | null)?.code === REVERIFICATION_REQUIRED);
}

/** `useReverification` hands back Clerk's hint, not an error, when the retried call is refused again. */
function isReverificationHint(value: unknown): boolean {
  const hint = (value as { clerk_error?: { reason?: unknown } } | null)?.clerk_error;
  return typeof hint === 'object' && hint !== null && hint.reason === 'reverification-error';
}

/**
 * Clerk's own `useReverification` (either generation) behind one contract: each call names the form
 * that asks for the password or code, and a refusal after reverifying fails like any other error.
 */
export function useClerkReverify(useReverification: UseClerkReverification): Reverify {
  const askWith = useRef<((request: ReverificationRequest) => void) | null>(null);
  const run = useReverification((action) => action(), {
    onNeedsReverification: (request) => (askWith.current ? askWith.current(request) : request.cancel()),
  });
  return useMemo<Reverify>(
    () => async (action, onNeeds) => {
      askWith.current = onNeeds;
      const result = await run(action);
      if (isReverificationHint(result)) throw refusedAgain();
      return result as Awaited<ReturnType<typeof action>>;
    },
    [run],
  );
}

/**
 * The same contract without Clerk's hook (a user supplied through `<UserSourceProvider>`): Clerk's
 * refusal is caught here, the form asks, and the call is retried once.
 */
export const reverifyOnRefusal: Reverify = async (action, onNeeds) => {
  try {
    return await action();
  } catch (error) {
    if (!needsReverification(error)) throw error;
    await new Promise<void>((resolve, reject) => onNeeds({ complete: resolve, cancel: () => reject(cancelled()) }));
    return action();
  }
};
