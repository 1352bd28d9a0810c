import { useSignInSignal } from '@clerk/clerk-react/experimental';
import { useCallback, useContext, useMemo, useState } from 'react';
import { classifyErrors, fieldErrorsOf, formErrorOf, type FieldErrors, type FlowError } from './errors.js';
import { FlowRestartContext } from './FlowRestartContext.js';
import type { SecondFactorLike, SessionLike, SignInErrorsLike, SignInResourceLike, SignInSignalLike } from './signal.js';
import { SignInSourceContext } from './SignInSourceProvider.js';
import { orderFactors, stepOf, type SignInStep } from './steps.js';
import { useInFlightGuard } from './useInFlightGuard.js';
import { useRetryBlock, type RetryBlock } from './useRetryBlock.js';

export type { SignInStep } from './steps.js';
export type { RetryBlock } from './useRetryBlock.js';

/**
 * What an action resolved to. Failures carry the errors of that one call. `busy`: another action
 * was already in flight, so this one sent nothing and has nothing to report.
 */
export type SignInOutcome =
  | { ok: true; step: SignInStep; sessionId: string | null }
  | { ok: false; busy?: false; fieldErrors: FieldErrors; formError: FlowError | null }
  | { ok: false; busy: true; fieldErrors: FieldErrors; formError: null };

export interface SignInFlowController {
  /**
   * Where the sign-in stands, from `signIn.status`. Terminal: once this hook has seen `complete` it
   * stays there, although `finalize` sends Clerk's resource back to `needs_identifier`.
   */
  step: SignInStep;
  /** Clerk's raw `signIn.status`. */
  status: string | null;
  /** The email or other identifier the sign-in was started with. */
  identifier: string | null;
  /** Second factors the account offers, in the order users expect: TOTP, SMS code, backup code. */
  secondFactors: readonly SecondFactorLike[];
  /** Errors Clerk attached to an input. */
  fieldErrors: FieldErrors;
  /** The error that belongs to no input (a lockout, a rate limit, a fault). */
  formError: FlowError | null;
  /** A lockout or rate limit still running, with its countdown. Dismissing errors does not lift it. */
  retryBlock: RetryBlock | null;
  /** True from the moment an action starts until Clerk has answered. */
  isPending: boolean;
  submitPassword(values: { emailAddress: string; password: string }): Promise<SignInOutcome>;
  verifyTotp(code: string): Promise<SignInOutcome>;
  verifyBackupCode(code: string): Promise<SignInOutcome>;
  /** Sends an SMS code to the phone the sign-in's `phone_code` factor names. */
  sendPhoneCode(): Promise<SignInOutcome>;
  verifyPhoneCode(code: string): Promise<SignInOutcome>;
  /** Turns a complete sign-in into the active session; `navigate` runs once it is active. */
  finalize(navigate?: (session: SessionLike | null | undefined) => void | Promise<unknown>): Promise<SignInOutcome>;
  /** Back to the password step for another account (inside `<SignInFlow>`). */
  restart(): Promise<void>;
  /** Hides the current errors until the next action (for example after switching the code kind). */
  dismissErrors(): void;
}

const BUSY: SignInOutcome = { ok: false, busy: true, fieldErrors: {}, formError: null };
const NO_ERRORS: SignInErrorsLike = { fields: {}, raw: null, global: null };
const DROPPED = { code: 'network_error' };

function useSignInSource(): SignInSignalLike {
  const supplied = useContext(SignInSourceContext);
  // Whether a source provider sits above a mounted component cannot change without remounting it,
  // so this call is made on every render or on none, as the rules of hooks require.
  const fromClerk: SignInSignalLike | null = supplied ? null : useSignInSignal();
  return supplied ?? (fromClerk as SignInSignalLike);
}

/** Where a sign-in stands. Clerk updates its resource in place, so reading it after a call is live. */
function positionOf(resource: SignInResourceLike | null): string {
  return `${resource?.id ?? ''}|${resource?.status ?? ''}|${resource?.identifier ?? ''}`;
}

/** Which code was last sent: a new SMS code comes with a new expiry. `null` if the resource does not say. */
function sentCodeOf(resource: SignInResourceLike | null): string | null {
  const verification = resource?.secondFactorVerification;
  return verification === undefined ? null : String(verification?.expireAt?.valueOf() ?? '');
}

/**
 * The one place that talks to Clerk's sign-in resource. Every component renders what this returns;
 * swapping Clerk generations or supplying a simulation happens here and nowhere else.
 */
export function useSignInFlow(): SignInFlowController {
  const source = useSignInSource();
  const { signIn, fetchStatus } = source;
  const flowRestart = useContext(FlowRestartContext);
  const { run, pending } = useInFlightGuard();
  const [lastReturned, setLastReturned] = useState<unknown>(null);
  const [answers, setAnswers] = useState(0);
  const [dismissed, setDismissed] = useState<{ errors: unknown; lastReturned: unknown } | null>(null);
  const [sawComplete, setSawComplete] = useState(false);
  // The abandoned sign-in's errors stay in Clerk's state until the next call; they are not this one's.
  const errors = flowRestart?.staleErrors === source.errors ? NO_ERRORS : source.errors;

  /**
   * `moves`: the call must move the sign-in (a new attempt, a new status). clerk-js 5 answers a
   * connection that dropped without a response with `{ error: null }` and leaves the resource as it
   * was, so a call that should have moved it and did not never got an answer.
   */
  const call = useCallback(
    async (send: (resource: SignInResourceLike) => Promise<{ error: unknown }>, moves: boolean): Promise<SignInOutcome> => {
      return (await run(async (): Promise<SignInOutcome> => {
        setLastReturned(null);
        setDismissed(null);
        const before = positionOf(signIn);
        let error: unknown;
        try {
          if (!signIn) throw new Error('The Clerk sign-in resource is not loaded yet.');
          ({ error } = await send(signIn));
        } catch (thrown) {
          // The resource normally answers `{ error }`; a throw (a fault below the SDK) is reported the same way.
          error = thrown;
        }
        if (!error && moves && positionOf(signIn) === before) error = DROPPED;
        setLastReturned(error ?? null);
        setAnswers((count) => count + 1);
        if (!error) return { ok: true, step: stepOf(signIn?.status), sessionId: signIn?.createdSessionId ?? null };
        return { ok: false, ...classifyErrors([error]) };
      })) ?? BUSY;
    },
    [run, signIn],
  );

  const currentFormError = formErrorOf(errors, lastReturned);
  // The block follows the error itself, not what is displayed: dismissing cannot lift a lockout.
  const retryBlock = useRetryBlock(currentFormError, answers);
  const isDismissed = dismissed !== null && dismissed.errors === errors && dismissed.lastReturned === lastReturned;
  const secondFactors = useMemo(() => orderFactors(signIn?.supportedSecondFactors), [signIn?.supportedSecondFactors]);
  const restarted = flowRestart?.restarted ?? false;
  const clerkStep = stepOf(signIn?.status);
  // Latched while rendering (React re-renders at once): `finalize` clears the sign-in before it
  // resolves, and a step computed from Clerk alone would flash the password form in between.
  if (clerkStep === 'complete' && !sawComplete) setSawComplete(true);

  return {
    step: sawComplete || clerkStep === 'complete' ? 'complete' : restarted ? 'password' : clerkStep,
    status: signIn?.status ?? null,
    identifier: restarted ? null : (signIn?.identifier ?? null),
    secondFactors,
    fieldErrors: isDismissed ? {} : fieldErrorsOf(errors, lastReturned),
    formError: isDismissed && !retryBlock ? null : currentFormError,
    retryBlock,
    isPending: pending || fetchStatus === 'fetching',
    submitPassword: async ({ emailAddress, password }) => {
      const outcome = await call((resource) => resource.password({ emailAddress, password }), true);
      if (outcome.ok) flowRestart?.resume();
      return outcome;
    },
    verifyTotp: (code) => call((resource) => resource.mfa.verifyTOTP({ code }), true),
    verifyBackupCode: (code) => call((resource) => resource.mfa.verifyBackupCode({ code }), true),
    sendPhoneCode: () =>
      call(async (resource) => {
        const before = sentCodeOf(resource);
        const result = await mfaMethod(resource, 'sendPhoneCode')();
        // A send that answered without a new code on the resource never reached Clerk: saying
        // "we sent a code" and starting the resend countdown would leave the person waiting for nothing.
        return result.error || before === null || sentCodeOf(resource) !== before ? result : { error: DROPPED };
      }, false),
    verifyPhoneCode: (code) => call((resource) => mfaMethod(resource, 'verifyPhoneCode')({ code }), true),
    finalize: async (navigate) => {
      let activated = false;
      let sessionId: string | null = null;
      const outcome = await call(async (resource) => {
        const result = await resource.finalize({
          navigate: ({ session }) => {
            activated = true;
            sessionId = session?.id ?? null;
            return navigate?.(session);
          },
        });
        // Clerk calls `navigate` once the session is active; a finalize that answers without calling
        // it lost its connection on the way.
        return result.error || activated ? result : { error: DROPPED };
      }, false);
      if (!outcome.ok) return outcome;
      // Clerk has already cleared the sign-in; the session it started is the result.
      return { ok: true, step: 'complete', sessionId };
    },
    restart: async () => {
      // Core 3 can reset the resource itself; clerk-js 5 cannot, and the next password replaces it.
      const reset = (signIn as { reset?: () => Promise<unknown> } | null)?.reset;
      if (typeof reset === 'function') await reset.call(signIn);
      setDismissed({ errors, lastReturned });
      flowRestart?.restart(source.errors);
    },
    dismissErrors: () => setDismissed({ errors, lastReturned }),
  };
}

function mfaMethod<K extends 'sendPhoneCode' | 'verifyPhoneCode'>(resource: SignInResourceLike, name: K) {
  const method = resource.mfa[name];
  if (!method) throw new Error(`This Clerk version has no signIn.mfa.${name}().`);
  return method.bind(resource.mfa) as NonNullable<SignInResourceLike['mfa'][K]>;
}
