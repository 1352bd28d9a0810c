import { useCallback, useRef, useState } from 'react';
import { NETWORK_ERROR, classifyErrors, type FieldErrors, type FlowError } from '../clerk/errors.js';
import type { SessionTaskLike, SignInResourceLike } from '../clerk/types.js';
import type { ClientSlot } from './clientSlot.js';
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

/** How long a call may take before the form gives up waiting and comes back usable. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** Stands for a call that got no answer in time. */
export const REQUEST_TIMEOUT = { code: 'request_timeout' } as const;

/** Stands for an answer that left the client on another sign-in (another tab, another window). */
export const SIGN_IN_CHANGED = { code: 'sign_in_changed' } as const;

const TIMED_OUT = Symbol('timed out');

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
export function useClerkCall(signIn: SignInResourceLike | null, slot: ClientSlot, timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS) {
  const { run, pending, settled, abandon } = useInFlightGuard(slot);
  const [lastReturned, setLastReturned] = useState<unknown>(null);
  const [answers, setAnswers] = useState(0);
  // Bumped when a call is given up on; an answer from an older epoch changes nothing here.
  const epoch = useRef(0);
  // Clerk still reports `fetching` for a call given up on; that must not hold the form busy.
  const [ignoredFetch, setIgnoredFetch] = useState(false);

  /**
   * `ours`: for a call that moves the sign-in, whether the resource it left is still this sign-in;
   * an answer for another one is not this call's success.
   */
  const call = useCallback(
    async (send: Send, moves: boolean, ours?: (resource: SignInResourceLike) => boolean): Promise<SignInOutcome> => {
      const outcome = run(async (): Promise<SignInOutcome> => {
        const mine = epoch.current;
        setLastReturned(null);
        const before = positionOf(signIn);
        const answer = (async (): Promise<{ error: unknown }> => {
          try {
            if (!signIn) throw new Error('The Clerk sign-in resource is not loaded yet.');
            return await send(signIn);
          } catch (thrown) {
            // The resource normally answers `{ error }`; a throw (a fault below the SDK) is reported the same way.
            return { error: thrown };
          }
        })();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const raced = await Promise.race([answer, new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs)))]);
        clearTimeout(timer);
        if (epoch.current !== mine) return BUSY;
        let error = raced === TIMED_OUT ? REQUEST_TIMEOUT : raced.error;
        if (raced === TIMED_OUT) {
          epoch.current += 1;
          setIgnoredFetch(true);
        } else if (!error && moves && positionOf(signIn) === before) error = NETWORK_ERROR;
        else if (!error && moves && signIn && (signIn.status === 'needs_identifier' || (ours && !ours(signIn)))) error = SIGN_IN_CHANGED;
        setLastReturned(error ?? null);
        setAnswers((count) => count + 1);
        if (!error) return { ok: true, step: stepOf(signIn?.status), sessionId: signIn?.createdSessionId ?? null };
        return { ok: false, ...classifyErrors([error]) };
      });
      return (await outcome) ?? BUSY;
    },
    [run, signIn, timeoutMs],
  );

  return {
    call,
    pending,
    ignoredFetch,
    /** Clerk is done with the call given up on. */
    fetchSettled: () => setIgnoredFetch(false),
    settled,
    lastReturned,
    answers,
    forgetLastAnswer: () => setLastReturned(null),
    /**
     * Gives up on the call in flight (the person chose another account, or cancelled): its answer
     * will change nothing. `reason`, if given, is reported as that call's answer.
     */
    abandon: (reason?: FlowError) => {
      epoch.current += 1;
      if (pending) setIgnoredFetch(true);
      abandon();
      if (!reason) return;
      setLastReturned(reason);
      setAnswers((count) => count + 1);
    },
  };
}
