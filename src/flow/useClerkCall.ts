import { useCallback, useState } from 'react';
import { NETWORK_ERROR, classifyErrors, type FieldErrors, type FlowError } from '../clerk/errors.js';
import type { SessionTaskLike, SignInResourceLike } from '../clerk/types.js';
import { stepOf, type SignInStep } from './steps.js';
import { useInFlightGuard } from './useInFlightGuard.js';

/**
 * What an action resolved to. Failures carry the errors of that one call. `busy`: another action
 * was already in flight, so this one sent nothing and has nothing to report.
 */
export type SignInOutcome =
  | { ok: true; step: SignInStep; sessionId: string | null; task?: SessionTaskLike }
  | { ok: false; busy?: false; fieldErrors: FieldErrors; formError: FlowError | null }
  | { ok: false; busy: true; fieldErrors: FieldErrors; formError: null };

export const BUSY: SignInOutcome = { ok: false, busy: true, fieldErrors: {}, formError: null };

export type Send = (resource: SignInResourceLike) => Promise<{ error: unknown }>;

/** Where a sign-in stands. Clerk updates its resource in place, so reading it after a call is live. */
function positionOf(resource: SignInResourceLike | null): string {
  return `${resource?.id ?? ''}|${resource?.status ?? ''}|${resource?.identifier ?? ''}`;
}

/**
 * Calls on Clerk's sign-in resource, one at a time, each remembered as the last answer.
 *
 * `moves`: the call must move the sign-in (a new attempt, a new status). clerk-js 5 answers a
 * connection that dropped without a response with `{ error: null }` and leaves the resource as it
 * was, so a call that should have moved it and did not never got an answer.
 */
export function useClerkCall(signIn: SignInResourceLike | null) {
  const { run, pending, settled } = useInFlightGuard();
  const [lastReturned, setLastReturned] = useState<unknown>(null);
  const [answers, setAnswers] = useState(0);

  const call = useCallback(
    async (send: Send, moves: boolean): Promise<SignInOutcome> => {
      const outcome = run(async (): Promise<SignInOutcome> => {
        setLastReturned(null);
        const before = positionOf(signIn);
        let error: unknown;
        try {
          if (!signIn) throw new Error('The Clerk sign-in resource is not loaded yet.');
          ({ error } = await send(signIn));
        } catch (thrown) {
          // The resource normally answers `{ error }`; a throw (a fault below the SDK) is reported the same way.
          error = thrown;
        }
        if (!error && moves && positionOf(signIn) === before) error = NETWORK_ERROR;
        setLastReturned(error ?? null);
        setAnswers((count) => count + 1);
        if (!error) return { ok: true, step: stepOf(signIn?.status), sessionId: signIn?.createdSessionId ?? null };
        return { ok: false, ...classifyErrors([error]) };
      });
      return (await outcome) ?? BUSY;
    },
    [run, signIn],
  );

  return { call, pending, settled, lastReturned, answers, forgetLastAnswer: () => setLastReturned(null) };
}
