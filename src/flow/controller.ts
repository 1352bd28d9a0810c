import { useMemo, useState } from 'react';
import type { FieldErrors, FlowError, SignInField } from '../clerk/errors.js';
import { NETWORK_ERROR } from '../clerk/errors.js';
import type { PasswordRules, SecondFactorLike, SessionTaskLike, SignInErrorsLike, SignInResourceLike, SignInSignalLike, SetupMethod, UserLike } from '../clerk/types.js';
import type { CodeKind, SentCodeKind } from './codeRules.js';
import type { RetryBlock } from './retryBlock.js';
import { orderFactors, stepOf, type SignInStep } from './steps.js';
import { useClientSlot } from './clientSlot.js';
import { useClerkCall, type SignInOutcome } from './useClerkCall.js';
import { useErrorView } from './useErrorView.js';
import { useFinalize, type CompletionState, type SessionNavigate } from './useFinalize.js';

export type { SignInOutcome } from './useClerkCall.js';
export type { CompletionState, SessionNavigate } from './useFinalize.js';

export interface SignInFlowController {
  /**
   * Where the sign-in stands, from `signIn.status`. Terminal: once the controller has seen `complete`
   * it stays there, although `finalize` sends Clerk's resource back to `needs_identifier`; a session
   * that starts with a task open moves on to `session_task`.
   */
  step: SignInStep;
  /** Clerk's raw `signIn.status`. */
  status: string | null;
  /** The email or other identifier the sign-in was started with. */
  identifier: string | null;
  /** Clerk's id of the sign-in; a new one means a new sign-in. */
  signInId: string | null;
  /** The address last submitted on the password step (until "use a different account"). */
  lastIdentifier: string | null;
  /** Second factors the account offers, in the order users expect: TOTP, SMS code, email code, backup code. */
  secondFactors: readonly SecondFactorLike[];
  /** Errors Clerk attached to an input, until the person edits it. */
  fieldErrors: FieldErrors;
  /** The error that belongs to no input (a lockout, a rate limit, a fault). */
  formError: FlowError | null;
  /** A lockout or rate limit still running, with its countdown. Dismissing errors does not lift it. */
  retryBlock: RetryBlock | null;
  /** True from the moment an action starts until Clerk has answered. */
  isPending: boolean;
  /** After `complete`: the session starting, started, or kept from starting. `null` before. */
  completion: CompletionState | null;
  /** The open session task once `finalize` met a pending session; `null` otherwise. */
  sessionTask: SessionTaskLike | null;
  /** The person chose "use a different account" and no new sign-in has started yet. */
  restarted: boolean;
  submitPassword(values: { emailAddress: string; password: string }): Promise<SignInOutcome>;
  /**
   * Forgot password: starts a sign-in for the address alone and moves to `reset_password`, where the
   * step sends the code (`sendResetCode`). Fails as a password would for an unknown address.
   */
  startPasswordReset(emailAddress: string): Promise<SignInOutcome>;
  /** Sends (again) the code that proves the account before a new password; Clerk sends it to the account's email. */
  sendResetCode(): Promise<SignInOutcome>;
  verifyResetCode(code: string): Promise<SignInOutcome>;
  /** The new password after the reset code (or on Clerk's `needs_new_password`); the sign-in then goes on as Clerk says. */
  submitNewPassword(values: { password: string; signOutOfOtherSessions: boolean }): Promise<SignInOutcome>;
  /** Back from `reset_password` to the password step, the address kept. */
  cancelPasswordReset(): void;
  /** Where the reset code went: Clerk's masked address, else the address the person typed. */
  resetCodeSentTo: string | null;
  verifyTotp(code: string): Promise<SignInOutcome>;
  verifyBackupCode(code: string): Promise<SignInOutcome>;
  /** Sends an SMS code to the phone the sign-in's `phone_code` factor names. */
  sendPhoneCode(): Promise<SignInOutcome>;
  verifyPhoneCode(code: string): Promise<SignInOutcome>;
  /** Sends a code to the email the sign-in's `email_code` factor names (second factor or Client Trust). */
  sendEmailCode(): Promise<SignInOutcome>;
  verifyEmailCode(code: string): Promise<SignInOutcome>;
  /** Turns a complete sign-in into the active session; `navigate` runs once it is active. */
  finalize(navigate?: SessionNavigate): Promise<SignInOutcome>;
  /**
   * Stops waiting for a session start that hangs: its late answer changes nothing here, and the
   * completion turns `failed`, so the person can try again.
   */
  cancelSessionStart(): void;
  /**
   * Resolves the open `reset-password` task with a new password, then starts the session
   * (`navigate` as in `finalize`). Needs the source's session-task actions.
   */
  resolvePasswordTask(values: { newPassword: string; signOutOfOtherSessions: boolean }, navigate?: SessionNavigate): Promise<SignInOutcome>;
  /**
   * Starts the session once the `setup-mfa` task is done (Clerk settles it with the first second
   * factor the pending session's user turns on); `navigate` as in `finalize`.
   */
  resolveSetupMfaTask(navigate?: SessionNavigate): Promise<SignInOutcome>;
  /** The pending session's user, for the `setup-mfa` enrolment; `null` without session-task actions. */
  pendingUser(): UserLike | null;
  /** The second factors the `setup-mfa` task may set up: the instance's, where the SDK says; else the authenticator app. */
  setupMethods(): readonly SetupMethod[];
  /** Whether this Clerk source can resolve session tasks here. */
  canResolveTasks: boolean;
  /** Clerk's password rules, when the SDK exposes them. */
  passwordRules: PasswordRules | null;
  /** Back to the password step for another account. */
  restart(): Promise<void>;
  /** Hides the current errors until the next action (for example after switching the code kind). */
  dismissErrors(): void;
  /** Hides the server's error on one input once the person edits it. */
  clearFieldError(field: SignInField): void;
}

const NO_ERRORS: SignInErrorsLike = { fields: {}, raw: null, global: null };

type Verification = SignInResourceLike['secondFactorVerification'];

/** Which code was last sent: a new code comes with a new expiry. `null` if the resource does not say. */
function sentCodeOf(verification: Verification | undefined): string | null {
  return verification === undefined ? null : String(verification?.expireAt?.valueOf() ?? '');
}

/** A send that answered without a new code on the resource never reached Clerk (clerk-js 5 answers a dropped connection with no error). */
async function sendAndCheck(resource: SignInResourceLike, verificationOf: (resource: SignInResourceLike) => Verification | undefined, send: () => Promise<{ error: unknown }>) {
  const before = sentCodeOf(verificationOf(resource));
  const result = await send();
  return result.error || before === null || sentCodeOf(verificationOf(resource)) !== before ? result : { error: NETWORK_ERROR };
}

const RESET_STRATEGY = 'reset_password_email_code';

/** For a call that starts a sign-in for `emailAddress`: Clerk keeps the address as given, and a sign-in for another one is not the answer. */
const forIdentifier = (emailAddress: string) => (resource: SignInResourceLike) => !resource.identifier || resource.identifier.toLowerCase() === emailAddress.toLowerCase();

/** For a call on the sign-in `attempted`: an answer that left the client on another sign-in is not this call's. */
const onSignIn = (attempted: string | undefined) => (resource: SignInResourceLike) => !attempted || resource.id === attempted;

function resetMethods(resource: SignInResourceLike) {
  if (!resource.resetPasswordEmailCode) throw new Error('This Clerk version has no signIn.resetPasswordEmailCode.');
  return resource.resetPasswordEmailCode;
}

const SEND_METHOD = { phone_code: 'sendPhoneCode', email_code: 'sendEmailCode' } as const;
const VERIFY_METHOD = { phone_code: 'verifyPhoneCode', email_code: 'verifyEmailCode', totp: 'verifyTOTP', backup_code: 'verifyBackupCode' } as const;

function mfaCall(resource: SignInResourceLike, name: (typeof SEND_METHOD)[SentCodeKind] | (typeof VERIFY_METHOD)[CodeKind], params?: { code: string }) {
  const method = resource.mfa[name] as ((params?: { code: string }) => Promise<{ error: unknown }>) | undefined;
  if (typeof method !== 'function') throw new Error(`This Clerk version has no signIn.mfa.${name}().`);
  return method.call(resource.mfa, params);
}

/**
 * The one controller of a sign-in: every step of a flow renders what this returns and acts through
 * it, so the in-flight guard, the last answer, the errors the person dismissed, the completion and
 * a restart are each held once. Owned by `<SignInRoot>`.
 */
export function useSignInController(source: SignInSignalLike, options: { requestTimeoutMs?: number } = {}): SignInFlowController {
  const { signIn, fetchStatus } = source;
  const slot = useClientSlot(source.clerk);
  const { call, pending, ignoredFetch, fetchSettled, settled, lastReturned, answers, forgetLastAnswer, abandon } = useClerkCall(signIn, slot, options.requestTimeoutMs);
  const { finalize, resolveTask, completion, cancel } = useFinalize({ call, settled, abandon, tasks: source.tasks, slot, signIn });
  const [sawComplete, setSawComplete] = useState(false);
  // clerk-js 5 cannot reset a sign-in: after "use a different account" the password step shows until a
  // new password replaces the old sign-in, and the old account's errors (a lockout) stay hidden.
  const [restarted, setRestarted] = useState<{ staleErrors: unknown } | null>(null);
  const view = useErrorView(restarted && restarted.staleErrors === source.errors ? NO_ERRORS : source.errors, lastReturned, answers);
  const secondFactors = useMemo(() => orderFactors(signIn?.supportedSecondFactors), [signIn?.supportedSecondFactors]);
  const clerkStep = stepOf(signIn?.status);
  // Latched while rendering (React re-renders at once): `finalize` clears the sign-in before it
  // resolves, and a step computed from Clerk alone would flash the password form in between.
  if (clerkStep === 'complete' && !sawComplete) setSawComplete(true);
  if (ignoredFetch && fetchStatus !== 'fetching') fetchSettled();
  const complete = sawComplete || clerkStep === 'complete';
  // The account a lockout names: Clerk keeps no sign-in for a refused password, so the one submitted.
  const [submittedIdentifier, setSubmittedIdentifier] = useState<string | null>(null);
  // The person chose "Forgot password?" and the sign-in Clerk started for it is this one.
  const [resetFor, setResetFor] = useState<string | null>(null);
  const resetting = resetFor !== null && signIn?.id === resetFor && signIn.status === 'needs_first_factor';
  const retryBlock = view.retryBlock?.reason === 'user_locked' ? { ...view.retryBlock, identifier: signIn?.identifier ?? submittedIdentifier } : view.retryBlock;

  const sendCode = async (kind: SentCodeKind) => {
    // A code goes out when its step appears, which is while the answer that brought the step is
    // still landing: it follows that answer rather than being refused as a second submit.
    await settled();
    // Saying "we sent a code" and starting the resend countdown for a send that never reached Clerk
    // would leave the person waiting for nothing.
    return call((resource) => sendAndCheck(resource, (r) => r.secondFactorVerification, () => mfaCall(resource, SEND_METHOD[kind])), false);
  };
  const verifyCode = (kind: CodeKind, code: string) => {
    return call((resource) => mfaCall(resource, VERIFY_METHOD[kind], { code }), true, onSignIn(signIn?.id));
  };

  const resetFactor = signIn?.supportedFirstFactors?.find((factor) => factor.strategy === RESET_STRATEGY);

  return {
    step: completion?.task ? 'session_task' : complete ? 'complete' : restarted ? 'password' : resetting ? 'reset_password' : clerkStep,
    status: signIn?.status ?? null,
    identifier: restarted ? null : (signIn?.identifier ?? null),
    signInId: signIn?.id ?? null,
    lastIdentifier: restarted ? null : submittedIdentifier,
    secondFactors,
    fieldErrors: view.fieldErrors,
    formError: view.formError,
    retryBlock,
    isPending: pending || (fetchStatus === 'fetching' && !ignoredFetch),
    completion: complete ? (completion?.state ?? 'finishing') : null,
    sessionTask: completion?.task ?? null,
    restarted: restarted !== null,
    submitPassword: async ({ emailAddress, password }) => {
      setSubmittedIdentifier(emailAddress);
      const outcome = await call((resource) => resource.password({ emailAddress, password }), true, forIdentifier(emailAddress));
      if (outcome.ok) setRestarted(null);
      return outcome;
    },
    startPasswordReset: async (emailAddress) => {
      setSubmittedIdentifier(emailAddress);
      const outcome = await call((resource) => {
        if (typeof resource.create !== 'function') throw new Error('This Clerk version has no signIn.create().');
        return resource.create({ identifier: emailAddress });
      }, true, forIdentifier(emailAddress));
      if (!outcome.ok) return outcome;
      setRestarted(null);
      // An account without an email to send a code to offers no reset: the password step stays.
      if (!signIn?.supportedFirstFactors?.some((factor) => factor.strategy === RESET_STRATEGY)) {
        return { ok: false, fieldErrors: { identifier: { code: 'reset_password_unavailable' } }, formError: null };
      }
      setResetFor(signIn.id ?? null);
      return { ...outcome, step: 'reset_password' };
    },
    sendResetCode: async () => {
      await settled();
      return call((resource) => sendAndCheck(resource, (r) => r.firstFactorVerification, () => resetMethods(resource).sendCode()), false);
    },
    verifyResetCode: (code) => call((resource) => resetMethods(resource).verifyCode({ code }), true, onSignIn(signIn?.id)),
    submitNewPassword: ({ password, signOutOfOtherSessions }) => call((resource) => resetMethods(resource).submitPassword({ password, signOutOfOtherSessions }), true, onSignIn(signIn?.id)),
    cancelPasswordReset: () => {
      abandon();
      forgetLastAnswer();
      setResetFor(null);
    },
    resetCodeSentTo: resetFactor?.safeIdentifier ?? signIn?.identifier ?? null,
    verifyTotp: (code) => verifyCode('totp', code),
    verifyBackupCode: (code) => verifyCode('backup_code', code),
    sendPhoneCode: () => sendCode('phone_code'),
    verifyPhoneCode: (code) => verifyCode('phone_code', code),
    sendEmailCode: () => sendCode('email_code'),
    verifyEmailCode: (code) => verifyCode('email_code', code),
    finalize,
    cancelSessionStart: cancel,
    resolvePasswordTask: (values, navigate) => resolveTask(() => source.tasks!.updatePassword(values), navigate),
    resolveSetupMfaTask: (navigate) => resolveTask(async () => ({ error: null }), navigate),
    pendingUser: () => source.tasks?.pendingUser?.() ?? null,
    setupMethods: () => {
      const methods = source.tasks?.secondFactorMethods?.();
      // Unknown settings: the authenticator, which any instance that asks for MFA offers by default.
      return methods && methods.length > 0 ? methods : ['totp'];
    },
    canResolveTasks: source.tasks !== undefined,
    passwordRules: source.tasks?.passwordRules() ?? null,
    restart: async () => {
      // The old account's answers are not the new one's: Clerk's error state stays hidden until
      // Clerk replaces it, and the last answer is forgotten. Marked before Clerk's reset re-renders,
      // so the password step that reset brings back knows it follows a restart.
      // A request still in flight (hanging, say) is given up: another account must not wait for it.
      abandon();
      forgetLastAnswer();
      setResetFor(null);
      setRestarted({ staleErrors: source.errors });
      // Core 3 can reset the resource itself; clerk-js 5 cannot, and the next password replaces it.
      if (typeof signIn?.reset === 'function') await signIn.reset();
    },
    dismissErrors: view.dismissAll,
    clearFieldError: view.dismissField,
  };
}
