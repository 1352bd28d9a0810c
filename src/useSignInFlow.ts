import { useSignInSignal } from '@clerk/clerk-react/experimental';
import { useCallback, useContext, useMemo, useState } from 'react';
import { classifyErrors, fieldErrorsOf, formErrorOf, type FieldErrors, type FlowError } from './errors.js';
import type { SecondFactorLike, SessionLike, SignInSignalLike } from './signal.js';
import { SignInSourceContext } from './SignInSourceProvider.js';
import { useInFlightGuard } from './useInFlightGuard.js';

export type SignInStep = 'password' | 'second_factor' | 'complete' | 'unsupported';

/** What an action resolved to. Failures carry the errors of that one call. */
export type SignInOutcome =
  | { ok: true; sessionId?: string | null }
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
  /** True from the moment an action starts until Clerk has answered. */
  isPending: boolean;
  submitPassword(values: { emailAddress: string; password: string }): Promise<SignInOutcome>;
  verifyTotp(code: string): Promise<SignInOutcome>;
  verifyBackupCode(code: string): Promise<SignInOutcome>;
  /** Turns a complete sign-in into the active session; `navigate` runs once it is active. */
  finalize(navigate?: (session: SessionLike | null | undefined) => void | Promise<unknown>): Promise<SignInOutcome>;
  /** Hides the current errors until the next action (for example after switching the code kind). */
  dismissErrors(): void;
}

const FACTOR_ORDER = ['totp', 'phone_code', 'email_code', 'backup_code'];

function stepOf(status: string | null | undefined): SignInStep {
  switch (status) {
    case 'complete':
      return 'complete';
    case 'needs_second_factor':
      return 'second_factor';
    case null:
    case undefined:
    case 'needs_identifier':
    case 'needs_first_factor':
      return 'password';
    default:
      return 'unsupported';
  }
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
  const { run, pending } = useInFlightGuard();
  const [lastReturned, setLastReturned] = useState<unknown>(null);
  const [dismissed, setDismissed] = useState<{ errors: unknown; lastReturned: unknown } | null>(null);

  const call = useCallback(
    (send: () => Promise<{ error: unknown }>, expectsNewStatus: boolean) =>
      run(async (): Promise<SignInOutcome> => {
        setLastReturned(null);
        setDismissed(null);
        const before = signIn?.status;
        let error: unknown;
        try {
          ({ error } = await send());
        } catch (thrown) {
          // The resource normally answers `{ error }`; a throw (a fault below the SDK) is reported the same way.
          error = thrown;
        }
        // clerk-js 5 answers a connection that dropped without a response with `{ error: null }` and
        // leaves the resource as it was. Read live from the resource (Clerk updates it in place), a
        // step that did not move is a request that never got an answer, not a success.
        if (!error && expectsNewStatus && signIn && signIn.status === before) error = { code: 'network_error' };
        setLastReturned(error ?? null);
        if (!error) return { ok: true };
        return { ok: false, ...classifyErrors([error]) };
      }),
    [run, signIn],
  );

  const requireSignIn = useCallback(() => {
    if (!signIn) throw new Error('The Clerk sign-in resource is not loaded yet.');
    return signIn;
  }, [signIn]);

  const isDismissed = dismissed !== null && dismissed.errors === errors && dismissed.lastReturned === lastReturned;
  const secondFactors = useMemo(
    () =>
      [...(signIn?.supportedSecondFactors ?? [])].sort(
        (a, b) => rank(a.strategy) - rank(b.strategy),
      ),
    [signIn?.supportedSecondFactors],
  );

  return {
    step: stepOf(signIn?.status),
    status: signIn?.status ?? null,
    identifier: signIn?.identifier ?? null,
    secondFactors,
    fieldErrors: isDismissed ? {} : fieldErrorsOf(errors, lastReturned),
    formError: isDismissed ? null : formErrorOf(errors, lastReturned),
    isPending: pending || fetchStatus === 'fetching',
    submitPassword: ({ emailAddress, password }) =>
      call(() => requireSignIn().password({ emailAddress, password }), true),
    verifyTotp: (code) => call(() => requireSignIn().mfa.verifyTOTP({ code }), true),
    verifyBackupCode: (code) => call(() => requireSignIn().mfa.verifyBackupCode({ code }), true),
    finalize: (navigate) =>
      call(() =>
        requireSignIn().finalize(navigate ? { navigate: ({ session }) => navigate(session) } : undefined),
        false,
      ),
    dismissErrors: () => setDismissed({ errors, lastReturned }),
  };
}

function rank(strategy: string): number {
  const index = FACTOR_ORDER.indexOf(strategy);
  return index === -1 ? FACTOR_ORDER.length : index;
}
