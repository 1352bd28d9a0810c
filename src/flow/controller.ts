import { useCallback, useMemo, useRef, useState } from 'react';
import { NETWORK_ERROR, classifyErrors, readErrors, type FieldErrors, type FlowError, type SignInField } from '../clerk/errors.js';
import type { FinalizeNavigateArgs, SecondFactorLike, SessionLike, SessionTaskLike, SignInErrorsLike, SignInResourceLike, SignInSignalLike } from '../clerk/types.js';
import type { CodeKind, SentCodeKind } from './codeRules.js';
import { useRetryBlock, type RetryBlock } from './retryBlock.js';
import { orderFactors, stepOf, type SignInStep } from './steps.js';
import { useInFlightGuard } from './useInFlightGuard.js';

/**
 * What an action resolved to. Failures carry the errors of that one call. `busy`: another action
 * was already in flight, so this one sent nothing and has nothing to report.
 */
export type SignInOutcome =
  | { ok: true; step: SignInStep; sessionId: string | null; task?: SessionTaskLike }
  | { ok: false; busy?: false; fieldErrors: FieldErrors; formError: FlowError | null }
  | { ok: false; busy: true; fieldErrors: FieldErrors; formError: null };

/** Where the session stands once the sign-in is complete. */
export type CompletionState = 'finishing' | 'done' | 'failed';

/** Follows the session to the app: Clerk's `decorateUrl` (Core 3) rides along for the destination. */
export type SessionNavigate = (session: SessionLike | null | undefined, helpers?: { decorateUrl: (url: string) => string }) => void | Promise<unknown>;

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
  /** Back to the password step for another account. */
  restart(): Promise<void>;
  /** Hides the current errors until the next action (for example after switching the code kind). */
  dismissErrors(): void;
  /** Hides the server's error on one input once the person edits it. */
  clearFieldError(field: SignInField): void;
}

const BUSY: SignInOutcome = { ok: false, busy: true, fieldErrors: {}, formError: null };
const NO_ERRORS: SignInErrorsLike = { fields: {}, raw: null, global: null };

/** Where a sign-in stands. Clerk updates its resource in place, so reading it after a call is live. */
function positionOf(resource: SignInResourceLike | null): string {
  return `${resource?.id ?? ''}|${resource?.status ?? ''}|${resource?.identifier ?? ''}`;
}

/** Which code was last sent: a new code comes with a new expiry. `null` if the resource does not say. */
function sentCodeOf(resource: SignInResourceLike | null): string | null {
  const verification = resource?.secondFactorVerification;
  return verification === undefined ? null : String(verification?.expireAt?.valueOf() ?? '');
}

type Send = (resource: SignInResourceLike) => Promise<{ error: unknown }>;

const SEND_METHOD = { phone_code: 'sendPhoneCode', email_code: 'sendEmailCode' } as const;
const VERIFY_METHOD = { phone_code: 'verifyPhoneCode', email_code: 'verifyEmailCode', totp: 'verifyTOTP', backup_code: 'verifyBackupCode' } as const;

function mfaCall(resource: SignInResourceLike, name: (typeof SEND_METHOD)[SentCodeKind] | (typeof VERIFY_METHOD)[CodeKind], params?: { code: string }) {
  const method = resource.mfa[name] as ((params?: { code: string }) => Promise<{ error: unknown }>) | undefined;
  if (typeof method !== 'function') throw new Error(`This Clerk version has no signIn.mfa.${name}().`);
  return method.call(resource.mfa, params);
}

/** Errors hidden by the person: all of them, or those of some inputs, for one error state. */
interface Hidden {
  errors: unknown;
  lastReturned: unknown;
  fields: readonly SignInField[] | 'all';
}

/**
 * The one controller of a sign-in: every step of a flow renders what this returns and acts through
 * it, so the in-flight guard, the last answer, the errors the person dismissed, the completion and
 * a restart are each held once. Owned by `<SignInRoot>`.
 */
export function useSignInController(source: SignInSignalLike): SignInFlowController {
  const { signIn, fetchStatus } = source;
  const { run, pending, settled } = useInFlightGuard();
  const finalizing = useRef(false);
  const [lastReturned, setLastReturned] = useState<unknown>(null);
  const [answers, setAnswers] = useState(0);
  const [hidden, setHidden] = useState<Hidden | null>(null);
  const [sawComplete, setSawComplete] = useState(false);
  const [completion, setCompletion] = useState<{ state: CompletionState; task: SessionTaskLike | null } | null>(null);
  // clerk-js 5 cannot reset a sign-in: after "use a different account" the password step shows until a
  // new password replaces the old sign-in, and the old account's errors (a lockout) stay hidden.
  const [restarted, setRestarted] = useState<{ staleErrors: unknown } | null>(null);
  const errors = restarted && restarted.staleErrors === source.errors ? NO_ERRORS : source.errors;

  /**
   * `moves`: the call must move the sign-in (a new attempt, a new status). clerk-js 5 answers a
   * connection that dropped without a response with `{ error: null }` and leaves the resource as it
   * was, so a call that should have moved it and did not never got an answer.
   */
  const call = useCallback(
    async (send: Send, moves: boolean): Promise<SignInOutcome> => {
      const outcome = run(async (): Promise<SignInOutcome> => {
        setLastReturned(null);
        setHidden(null);
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

  const sendCode = (kind: SentCodeKind) =>
    call(async (resource) => {
      const before = sentCodeOf(resource);
      const result = await mfaCall(resource, SEND_METHOD[kind]);
      // A send that answered without a new code on the resource never reached Clerk: saying
      // "we sent a code" and starting the resend countdown would leave the person waiting for nothing.
      return result.error || before === null || sentCodeOf(resource) !== before ? result : { error: NETWORK_ERROR };
    }, false);
  const verifyCode = (kind: CodeKind, code: string) => call((resource) => mfaCall(resource, VERIFY_METHOD[kind], { code }), true);

  const finalize = async (navigate?: SessionNavigate): Promise<SignInOutcome> => {
    // One finalize at a time, and after the answer that completed the sign-in has landed.
    if (finalizing.current) return BUSY;
    finalizing.current = true;
    try {
      await settled();
      return await startSession(navigate);
    } finally {
      finalizing.current = false;
    }
  };

  const startSession = async (navigate?: SessionNavigate): Promise<SignInOutcome> => {
    let activated = false;
    let session: SessionLike | null = null;
    setCompletion((current) => ({ state: 'finishing', task: current?.task ?? null }));
    const outcome = await call(async (resource) => {
      const result = await resource.finalize({
        navigate: ({ session: started, decorateUrl }: FinalizeNavigateArgs) => {
          activated = true;
          session = started ?? null;
          // A session with a task open is not signed in yet: the app's destination waits for the task.
          if (started?.currentTask) return undefined;
          return decorateUrl ? navigate?.(started, { decorateUrl }) : navigate?.(started);
        },
      });
      // Clerk calls `navigate` once the session is set; a finalize that answers without calling it
      // lost its connection on the way.
      return result.error || activated ? result : { error: NETWORK_ERROR };
    }, false);
    if (!outcome.ok && outcome.busy) return outcome;
    if (!outcome.ok) {
      setCompletion({ state: 'failed', task: null });
      return outcome;
    }
    const task = (session as SessionLike | null)?.currentTask ?? null;
    setCompletion({ state: task ? 'finishing' : 'done', task });
    const sessionId = (session as SessionLike | null)?.id ?? null;
    // Clerk has already cleared the sign-in; the session it started is the result.
    return task ? { ok: true, step: 'session_task', sessionId, task } : { ok: true, step: 'complete', sessionId };
  };

  const { fieldErrors: allFieldErrors, formError: currentFormError } = readErrors(errors, lastReturned);
  // The block follows the error itself, not what is displayed: dismissing cannot lift a lockout.
  const retryBlock = useRetryBlock(currentFormError, answers);
  const hide = hidden !== null && hidden.errors === errors && hidden.lastReturned === lastReturned ? hidden.fields : [];
  const fieldErrors = hide === 'all' ? {} : withoutFields(allFieldErrors, hide);
  const secondFactors = useMemo(() => orderFactors(signIn?.supportedSecondFactors), [signIn?.supportedSecondFactors]);
  const clerkStep = stepOf(signIn?.status);
  // Latched while rendering (React re-renders at once): `finalize` clears the sign-in before it
  // resolves, and a step computed from Clerk alone would flash the password form in between.
  if (clerkStep === 'complete' && !sawComplete) setSawComplete(true);
  const complete = sawComplete || clerkStep === 'complete';

  return {
    step: completion?.task ? 'session_task' : complete ? 'complete' : restarted ? 'password' : clerkStep,
    status: signIn?.status ?? null,
    identifier: restarted ? null : (signIn?.identifier ?? null),
    secondFactors,
    fieldErrors,
    formError: hide === 'all' && !retryBlock ? null : currentFormError,
    retryBlock,
    isPending: pending || fetchStatus === 'fetching',
    completion: complete ? (completion?.state ?? 'finishing') : null,
    sessionTask: completion?.task ?? null,
    restarted: restarted !== null,
    submitPassword: async ({ emailAddress, password }) => {
      const outcome = await call((resource) => resource.password({ emailAddress, password }), true);
      if (outcome.ok) setRestarted(null);
      return outcome;
    },
    verifyTotp: (code) => verifyCode('totp', code),
    verifyBackupCode: (code) => verifyCode('backup_code', code),
    sendPhoneCode: () => sendCode('phone_code'),
    verifyPhoneCode: (code) => verifyCode('phone_code', code),
    sendEmailCode: () => sendCode('email_code'),
    verifyEmailCode: (code) => verifyCode('email_code', code),
    finalize,
    restart: async () => {
      // Core 3 can reset the resource itself; clerk-js 5 cannot, and the next password replaces it.
      if (typeof signIn?.reset === 'function') await signIn.reset();
      // The old account's answers are not the new one's: Clerk's error state stays hidden until
      // Clerk replaces it, and the last answer is forgotten.
      setLastReturned(null);
      setHidden(null);
      setRestarted({ staleErrors: source.errors });
    },
    dismissErrors: () => setHidden({ errors, lastReturned, fields: 'all' }),
    clearFieldError: (field) => {
      if (!fieldErrors[field]) return;
      setHidden({ errors, lastReturned, fields: hide === 'all' ? 'all' : [...hide, field] });
    },
  };
}

function withoutFields(errors: FieldErrors, fields: readonly SignInField[]): FieldErrors {
  if (fields.length === 0) return errors;
  const kept: FieldErrors = { ...errors };
  for (const field of fields) delete kept[field];
  return kept;
}
