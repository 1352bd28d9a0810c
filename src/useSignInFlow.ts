import { useSignInSignal } from '@clerk/clerk-react/experimental';
import { useCallback, useContext, useMemo, useState } from 'react';
import { classifyErrors, fieldErrorsOf, formErrorOf, type FieldErrors, type FlowError } from './errors.js';
import { FlowRestartContext } from './FlowRestartContext.js';
import type { SecondFactorLike, SessionLike, SignInResourceLike, SignInSignalLike } from './signal.js';
import { SignInSourceContext } from './SignInSourceProvider.js';
import { orderFactors, stepOf, type SignInStep } from './steps.js';
import { useInFlightGuard } from './useInFlightGuard.js';
import { useRetryBlock, type RetryBlock } from './useRetryBlock.js';

export type { SignInStep } from './steps.js';
export type { RetryBlock } from './useRetryBlock.js';

/** What an action resolved to. Failures carry the errors of that one call. */
export type SignInOutcome =
  | { ok: true; step: SignInStep; sessionId: string | null }
  | { ok: false; fieldErrors: FieldErrors; formError: FlowError | null };

export interface SignInFlowController {
  /** Where the sign-in stands, from `signIn.status`. */
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
  /** A lockout or rate limit still running, with its countdown. */
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

function useSignInSource(): SignInSignalLike {
  const supplied = useContext(SignInSourceContext);
  // Whether a source provider sits above a mounted component cannot change without remounting it,
  // so this call is made on every render or on none, as the rules of hooks require.
  const fromClerk: SignInSignalLike | null = supplied ? null : useSignInSignal();
  return supplied ?? (fromClerk as SignInSignalLike);
}

/**
 * The one place that talks to Clerk's sign-in resource. Every component renders what this returns;
 * swapping Clerk generations or supplying a simulation happens here and nowhere else.
 */
export function useSignInFlow(): SignInFlowController {
  const { signIn, errors, fetchStatus } = useSignInSource();
  const flowRestart = useContext(FlowRestartContext);
  const { run, pending } = useInFlightGuard();
  const [lastReturned, setLastReturned] = useState<unknown>(null);
  const [answers, setAnswers] = useState(0);
  const [dismissed, setDismissed] = useState<{ errors: unknown; lastReturned: unknown } | null>(null);

  const call = useCallback(
    (send: (resource: SignInResourceLike) => Promise<{ error: unknown }>, expectsNewStatus: boolean) =>
      run(async (): Promise<SignInOutcome> => {
        setLastReturned(null);
        setDismissed(null);
        const before = signIn?.status;
        let error: unknown;
        try {
          if (!signIn) throw new Error('The Clerk sign-in resource is not loaded yet.');
          ({ error } = await send(signIn));
        } catch (thrown) {
          // The resource normally answers `{ error }`; a throw (a fault below the SDK) is reported the same way.
          error = thrown;
        }
        // clerk-js 5 answers a connection that dropped without a response with `{ error: null }` and
        // leaves the resource as it was. Read live from the resource (Clerk updates it in place), a
        // step that did not move is a request that never got an answer, not a success.
        if (!error && expectsNewStatus && signIn && signIn.status === before) error = { code: 'network_error' };
        setLastReturned(error ?? null);
        setAnswers((count) => count + 1);
        if (!error) return { ok: true, step: stepOf(signIn?.status), sessionId: signIn?.createdSessionId ?? null };
        return { ok: false, ...classifyErrors([error]) };
      }),
    [run, signIn],
  );

  const isDismissed = dismissed !== null && dismissed.errors === errors && dismissed.lastReturned === lastReturned;
  const formError = isDismissed ? null : formErrorOf(errors, lastReturned);
  const retryBlock = useRetryBlock(formError, answers);
  const secondFactors = useMemo(() => orderFactors(signIn?.supportedSecondFactors), [signIn?.supportedSecondFactors]);
  const restarted = flowRestart?.restarted ?? false;

  return {
    step: restarted ? 'password' : stepOf(signIn?.status),
    status: signIn?.status ?? null,
    identifier: restarted ? null : (signIn?.identifier ?? null),
    secondFactors,
    fieldErrors: isDismissed ? {} : fieldErrorsOf(errors, lastReturned),
    formError,
    retryBlock,
    isPending: pending || fetchStatus === 'fetching',
    submitPassword: async ({ emailAddress, password }) => {
      // After "use a different account" the status may already be past the password, so a new
      // sign-in that lands on the same status is still a move.
      const outcome = await call((resource) => resource.password({ emailAddress, password }), !restarted);
      if (outcome.ok) flowRestart?.setRestarted(false);
      return outcome;
    },
    verifyTotp: (code) => call((resource) => resource.mfa.verifyTOTP({ code }), true),
    verifyBackupCode: (code) => call((resource) => resource.mfa.verifyBackupCode({ code }), true),
    sendPhoneCode: () => call((resource) => mfaMethod(resource, 'sendPhoneCode')(), false),
    verifyPhoneCode: (code) => call((resource) => mfaMethod(resource, 'verifyPhoneCode')({ code }), true),
    finalize: (navigate) =>
      call(
        (resource) => resource.finalize(navigate ? { navigate: ({ session }) => navigate(session) } : undefined),
        false,
      ),
    restart: async () => {
      // Core 3 can reset the resource itself; clerk-js 5 cannot, and the next password replaces it.
      const reset = (signIn as { reset?: () => Promise<unknown> } | null)?.reset;
      if (typeof reset === 'function') await reset.call(signIn);
      setDismissed({ errors, lastReturned });
      flowRestart?.setRestarted(true);
    },
    dismissErrors: () => setDismissed({ errors, lastReturned }),
  };
}

function mfaMethod<K extends 'sendPhoneCode' | 'verifyPhoneCode'>(resource: SignInResourceLike, name: K) {
  const method = resource.mfa[name];
  if (!method) throw new Error(`This Clerk version has no signIn.mfa.${name}().`);
  return method.bind(resource.mfa) as NonNullable<SignInResourceLike['mfa'][K]>;
}
