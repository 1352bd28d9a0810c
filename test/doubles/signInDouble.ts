import { createUserDouble } from './userDouble.js';
import type { ClerkErrorLike, FinalizeNavigateArgs, SecondFactorLike, SessionTaskActionsLike, SignInErrorsLike, SignInResourceLike, SignInSignalLike } from '../../src/clerk/types.js';

/**
 * A stand-in for Clerk's sign-in signal that follows clerk-js 5.128's measured behaviour: calls answer `{ error }`; API errors fill
 * `errors.fields` by `param_name` and `errors.raw`, never `errors.global`; a fault fills both `raw`
 * and `global`; errors reset when a call starts; `fetchStatus` is `'fetching'` meanwhile; after
 * `finalize` the resource falls back to `needs_identifier`. Used by unit tests and stories.
 */

export const DOUBLE_PASSWORD = 'correct-horse-battery';
export const DOUBLE_TOTP = '123456';
export const DOUBLE_SMS_CODE = '246810';
export const DOUBLE_EMAIL_CODE = '135790';
export const DOUBLE_RESET_CODE = '975310';

export interface DoubleUser {
  email: string;
  secondFactors: SecondFactorLike[];
  backupCodes?: string[];
  locked?: boolean;
  /** A correct password answers `needs_client_trust`: this device is new to Clerk. */
  clientTrust?: boolean;
  /** The session starts pending with this task. */
  task?: string;
  /** Clerk offers no password reset by email code (an account with a phone number only). */
  noResetEmail?: boolean;
}

const trustEmail: SecondFactorLike = { strategy: 'email_code', safeIdentifier: 't****@example.com', emailAddressId: 'idn_trust' };

export const doubleUsers: DoubleUser[] = [
  {
    email: 'mfa@example.com',
    secondFactors: [{ strategy: 'backup_code' }, { strategy: 'phone_code', safeIdentifier: '+1********55' }, { strategy: 'totp' }],
    backupCodes: ['a1b2c3d4', 'e5f6g7h8'],
  },
  { email: 'sms@example.com', secondFactors: [{ strategy: 'phone_code', safeIdentifier: '+1********77' }] },
  { email: 'totp@example.com', secondFactors: [{ strategy: 'totp' }] },
  { email: 'plain@example.com', secondFactors: [] },
  { email: 'locked@example.com', secondFactors: [{ strategy: 'totp' }], locked: true },
  { email: 'email@example.com', secondFactors: [{ strategy: 'email_code', safeIdentifier: 'e****@example.com', emailAddressId: 'idn_email' }] },
  { email: 'trust@example.com', secondFactors: [], clientTrust: true },
  { email: 'reset@example.com', secondFactors: [], task: 'reset-password' },
  { email: 'setup@example.com', secondFactors: [], task: 'setup-mfa' },
  { email: 'org@example.com', secondFactors: [], task: 'choose-organization' },
  { email: 'phone-only@example.com', secondFactors: [], noResetEmail: true },
];

/** A `ClerkAPIResponseError` as a call returns it. */
export class ApiResponseErrorDouble extends Error {
  readonly clerkError = true;
  constructor(
    readonly status: number,
    readonly errors: ClerkErrorLike[],
    readonly retryAfter?: number,
  ) {
    super(errors[0]?.message ?? 'API error');
  }
}

export function apiError(code: string, longMessage: string, paramName?: string): ClerkErrorLike {
  // clerk-js always sets the `paramName` key, undefined when Clerk sent none.
  return { code, message: longMessage, longMessage, meta: { paramName } };
}

type Fault = 'network' | 'dropped' | 'server' | 'rate_limit' | 'locked_raw_only' | 'locked_forever' | 'locked_unknown_wait' | 'other_sign_in';

interface State {
  id: string | undefined;
  status: string;
  identifier: string | null;
  user: DoubleUser | null;
  createdSessionId: string | null;
  errors: SignInErrorsLike;
  fetchStatus: 'idle' | 'fetching';
}

const noErrors = (): SignInErrorsLike => ({ fields: { identifier: null, password: null, code: null }, raw: null, global: null });

export interface SignInDouble {
  getSnapshot(): SignInSignalLike;
  subscribe(listener: () => void): () => void;
  /** Every call the components made, in order. */
  calls: { method: string; params?: unknown }[];
  /** Keeps every call in flight until `release()`. */
  hold(): void;
  release(): void;
  /** The next call fails this way instead of reaching the simulated backend. `retryAfter` sets a 429's wait (default 30 s). */
  failNext(fault: Fault, options?: { retryAfter?: number }): void;
  /** The next call of `method` (for example `'finalize'`) fails this way; other calls are untouched. */
  failNextCallOf(method: string, fault: Fault): void;
  /** The app's `<ClerkProvider localization>` changed: the steps re-render in that language, state kept. */
  setLocalization(localization: object | undefined): void;
  /** Jumps straight to a state, for stories that start mid-flow (any other status stands for one Clerk may add). */
  startAt(status: 'needs_second_factor' | 'needs_client_trust' | 'complete' | 'needs_new_password' | (string & {}), email?: string): void;
}

export interface SignInDoubleOptions {
  /**
   * Behave as Core 3 (`@clerk/react` 6, clerk-js 6) where it differs from clerk-js 5: non-field errors
   * fill `errors.global` (and `raw`) with an `api_response_error` wrapper, `finalize` hands over
   * `decorateUrl`, and `reset()` exists.
   */
  core3?: boolean;
  /** Core 3's `decorateUrl`; default: the URL unchanged, as Clerk answers outside Safari. */
  decorateUrl?: (url: string) => string;
  /** The `localization` given to `<ClerkProvider>`, as the adapters read it from Clerk. */
  localization?: object;
  /** The second factors the instance's settings offer for setting up; default: the SDK does not say. */
  setupMethods?: readonly ('totp' | 'phone_code')[];
}

export function createSignInDouble(options: SignInDoubleOptions = {}): SignInDouble {
  const listeners = new Set<() => void>();
  const calls: SignInDouble['calls'] = [];
  const usedBackupCodes = new Set<string>();
  let gate: { promise: Promise<void>; open: () => void } | null = null;
  let nextFault: Fault | null = null;
  let retryAfter = 30;
  const faultsByMethod = new Map<string, Fault>();
  let phoneCodeSent = false;
  let emailCodeSent = false;
  let pendingTask: string | null = null;
  let codesSent = 0;
  let resetCodesSent = 0;
  let attempts = 0;
  let state: State = { id: undefined, status: 'needs_identifier', identifier: null, user: null, createdSessionId: null, errors: noErrors(), fetchStatus: 'idle' };
  let snapshot: SignInSignalLike;

  const set = (patch: Partial<State>) => {
    state = { ...state, ...patch };
    snapshot = build();
    listeners.forEach((listener) => listener());
  };

  const fail = (status: number, errors: ClerkErrorLike[], retryAfter?: number) => {
    const fields = { identifier: null, password: null, code: null } as Record<string, ClerkErrorLike | null>;
    for (const error of errors) if (error.meta?.paramName && error.meta.paramName in fields) fields[error.meta.paramName] = error;
    const returned = new ApiResponseErrorDouble(status, errors, retryAfter);
    const nonField = errors.filter((error) => !(error.meta?.paramName && error.meta.paramName in fields));
    // Core 3 wraps each non-field error (a lockout, a rate limit) in one `api_response_error` entry.
    const wrapper = { code: 'api_response_error', message: returned.message, status, errors };
    const raw = options.core3 ? [wrapper] : errors;
    const global = options.core3 && nonField.length > 0 ? [wrapper] : null;
    set({ errors: { fields, raw, global }, fetchStatus: 'idle' });
    return { error: returned };
  };

  async function call(method: string, params: unknown, answer: () => { error: unknown }) {
    calls.push({ method, params });
    set({ errors: noErrors(), fetchStatus: 'fetching' });
    await Promise.resolve();
    if (gate) await gate.promise;
    const fault = faultsByMethod.get(method) ?? nextFault;
    if (faultsByMethod.has(method)) faultsByMethod.delete(method);
    else nextFault = null;
    if (fault === 'network') {
      const error = Object.assign(new Error('ClerkJS: Network error: Failed to fetch'), { code: 'network_error' });
      set({ errors: { ...noErrors(), raw: [error], global: [error] }, fetchStatus: 'idle' });
      return { error };
    }
    if (fault === 'dropped') {
      // What clerk-js 5 does when the connection closes without an answer: no error, nothing changed.
      set({ fetchStatus: 'idle' });
      return { error: null };
    }
    if (fault === 'other_sign_in') {
      // Another tab started a sign-in on this client: the answer carries that one, fresh.
      attempts += 1;
      set({ id: `sia_other_${attempts}`, status: 'needs_identifier', identifier: null, user: null, createdSessionId: null, errors: noErrors(), fetchStatus: 'idle' });
      return { error: null };
    }
    if (fault === 'server') return fail(500, [apiError('internal_clerk_error', 'Oops, something went wrong.')]);
    if (fault === 'rate_limit') return fail(429, [apiError('too_many_requests', 'Too many requests. Please try again in a bit.')], retryAfter);
    if (fault === 'locked_unknown_wait') return fail(403, [apiError('user_locked', 'Your account is locked. Please try again in an hour.')]);
    if (fault === 'locked_forever') return fail(403, [apiError('user_locked', 'Your account is locked and the lock does not expire. Please contact support.')]);
    if (fault === 'locked_raw_only') {
      // The error the call returns is dropped on purpose: the form must find the lockout in `errors.raw` alone.
      fail(403, [apiError('user_locked', 'Your account is locked. You will be able to try again in 59 minutes.')]);
      return { error: null };
    }
    const result = answer();
    if (!result.error) set({ errors: noErrors(), fetchStatus: 'idle' });
    return result;
  }

  // Getters, because Clerk updates its resource in place: code holding the object sees the new status.
  const signIn = (): SignInResourceLike => ({
    get id() {
      return state.id;
    },
    get status() {
      return state.status;
    },
    get identifier() {
      return state.identifier;
    },
    get createdSessionId() {
      return state.createdSessionId;
    },
    get supportedSecondFactors() {
      if (state.status === 'needs_client_trust') return [trustEmail];
      return state.user?.secondFactors ?? null;
    },
    get secondFactorVerification() {
      return { expireAt: codesSent === 0 ? null : 1_800_000_000_000 + codesSent * 600_000 };
    },
    get supportedFirstFactors() {
      if (!state.user) return null;
      const masked = `${state.user.email[0]}****@${state.user.email.split('@')[1]}`;
      return state.user.noResetEmail ? [{ strategy: 'password' }] : [{ strategy: 'password' }, { strategy: 'reset_password_email_code', safeIdentifier: masked }];
    },
    get firstFactorVerification() {
      return { expireAt: resetCodesSent === 0 ? null : 1_800_000_000_000 + resetCodesSent * 600_000 };
    },
    create: (params) =>
      call('create', { ...params }, () => {
        const user = doubleUsers.find((candidate) => candidate.email === params.identifier);
        if (!user) return fail(422, [apiError('form_identifier_not_found', "Couldn't find your account.", 'identifier')]);
        attempts += 1;
        resetCodesSent = 0;
        set({ id: `sia_double_${attempts}`, status: 'needs_first_factor', identifier: params.identifier, user, createdSessionId: null });
        return { error: null };
      }),
    resetPasswordEmailCode: {
      sendCode: () =>
        call('resetPasswordEmailCode.sendCode', undefined, () => {
          if (state.status !== 'needs_first_factor' || state.user?.noResetEmail) return fail(422, [apiError('factor_not_found', 'Reset password email code factor not found')]);
          resetCodesSent += 1;
          return { error: null };
        }),
      verifyCode: (params) =>
        call('resetPasswordEmailCode.verifyCode', { ...params }, () => {
          if (resetCodesSent === 0 || params.code !== DOUBLE_RESET_CODE) return fail(422, [apiError('form_code_incorrect', 'Incorrect code', 'code')]);
          set({ status: 'needs_new_password' });
          return { error: null };
        }),
      submitPassword: (params) =>
        call('resetPasswordEmailCode.submitPassword', { ...params }, () => {
          if (state.status !== 'needs_new_password') return fail(400, [apiError('sign_in_no_new_password_required', 'No new password is required.')]);
          if (params.password.length < 8) return fail(422, [apiError('form_password_length_too_short', 'Passwords must be 8 characters or more.', 'password')]);
          if (params.password === 'password123') return fail(422, [apiError('form_password_pwned', 'Password has been found in an online data breach.', 'password')]);
          const complete = (state.user?.secondFactors.length ?? 0) === 0;
          set({ status: complete ? 'complete' : 'needs_second_factor', createdSessionId: complete ? 'sess_double' : null });
          return { error: null };
        }),
    },
    password: (params) =>
      call('password', { ...params }, () => {
        const email = params.emailAddress ?? params.identifier ?? '';
        const user = doubleUsers.find((candidate) => candidate.email === email);
        if (!user) return fail(422, [apiError('form_identifier_not_found', "Couldn't find your account.", 'identifier')]);
        if (user.locked) return fail(403, [apiError('user_locked', 'Your account is locked. You will be able to try again in 59 minutes.')]);
        if (params.password !== DOUBLE_PASSWORD) return fail(422, [apiError('form_password_incorrect', 'Password is incorrect. Try again, or use another method.', 'password')]);
        const complete = user.secondFactors.length === 0 && !user.clientTrust;
        attempts += 1;
        const status = user.clientTrust ? 'needs_client_trust' : complete ? 'complete' : 'needs_second_factor';
        set({ id: `sia_double_${attempts}`, status, identifier: email, user, createdSessionId: complete ? 'sess_double' : null });
        return { error: null };
      }),
    mfa: {
      verifyTOTP: (params) =>
        call('mfa.verifyTOTP', { ...params }, () => {
          if (params.code !== DOUBLE_TOTP) return fail(422, [apiError('form_code_incorrect', 'Incorrect code', 'code')]);
          set({ status: 'complete', createdSessionId: 'sess_double' });
          return { error: null };
        }),
      sendPhoneCode: () =>
        call('mfa.sendPhoneCode', undefined, () => {
          phoneCodeSent = true;
          codesSent += 1;
          return { error: null };
        }),
      verifyPhoneCode: (params) =>
        call('mfa.verifyPhoneCode', { ...params }, () => {
          if (!phoneCodeSent || params.code !== DOUBLE_SMS_CODE) return fail(422, [apiError('form_code_incorrect', 'Incorrect code', 'code')]);
          set({ status: 'complete', createdSessionId: 'sess_double' });
          return { error: null };
        }),
      sendEmailCode: () =>
        call('mfa.sendEmailCode', undefined, () => {
          emailCodeSent = true;
          codesSent += 1;
          return { error: null };
        }),
      verifyEmailCode: (params) =>
        call('mfa.verifyEmailCode', { ...params }, () => {
          if (!emailCodeSent || params.code !== DOUBLE_EMAIL_CODE) return fail(422, [apiError('form_code_incorrect', 'Incorrect code', 'code')]);
          set({ status: 'complete', createdSessionId: 'sess_double' });
          return { error: null };
        }),
      verifyBackupCode: (params) =>
        call('mfa.verifyBackupCode', { ...params }, () => {
          const valid = state.user?.backupCodes?.includes(params.code) && !usedBackupCodes.has(params.code);
          if (!valid) return fail(422, [apiError('form_code_incorrect', 'Incorrect code', 'code')]);
          usedBackupCodes.add(params.code);
          set({ status: 'complete', createdSessionId: 'sess_double' });
          return { error: null };
        }),
    },
    finalize: (params) =>
      call('finalize', undefined, () => {
        pendingTask = state.user?.task ?? null;
        const id = state.createdSessionId ?? 'sess_double';
        const session = pendingTask ? { id, status: 'pending', currentTask: { key: pendingTask } } : { id };
        void params?.navigate?.(options.core3 ? { session, decorateUrl: options.decorateUrl ?? ((url) => url) } : { session });
        set({ id: undefined, status: 'needs_identifier', identifier: null, user: null, createdSessionId: null });
        return { error: null };
      }),
  });

  const withReset = (resource: SignInResourceLike): SignInResourceLike =>
    options.core3
      ? Object.assign(resource, {
          reset: () => {
            calls.push({ method: 'reset' });
            set({ id: undefined, status: 'needs_identifier', identifier: null, user: null, createdSessionId: null, errors: noErrors() });
            return Promise.resolve({ error: null });
          },
        })
      : resource;

  // The pending session's user and `setActive`, as Clerk's own task screens use them. Its first
  // second factor settles `setup-mfa`, as Clerk does.
  const pendingUser = createUserDouble({
    onFirstSecondFactor: () => {
      if (pendingTask === 'setup-mfa') pendingTask = null;
    },
  });
  const tasks: SessionTaskActionsLike = {
    updatePassword: (params) =>
      call('user.updatePassword', { ...params }, () => {
        if (params.newPassword.length < 8) return fail(422, [apiError('form_password_length_too_short', 'Passwords must be 8 characters or more.', 'new_password')]);
        if (params.newPassword === 'password123') return fail(422, [apiError('form_password_pwned', 'Password has been found in an online data breach.', 'new_password')]);
        pendingTask = null;
        return { error: null };
      }),
    activate: (navigate) =>
      call('setActive', undefined, () => {
        const session = pendingTask ? { id: 'sess_double', status: 'pending', currentTask: { key: pendingTask } } : { id: 'sess_double', status: 'active' };
        const args: FinalizeNavigateArgs = options.core3 ? { session, decorateUrl: options.decorateUrl ?? ((url) => url) } : { session };
        void navigate(args);
        return { error: null };
      }),
    passwordRules: () => ({ minLength: 8 }),
    pendingUser: () => (pendingTask ? pendingUser.source.user! : null),
    secondFactorMethods: () => options.setupMethods ?? null,
  };

  // One Clerk instance behind every flow that reads this double, as on a page with one ClerkProvider.
  const clerk = {};
  let localization = options.localization;
  const build = (): SignInSignalLike => ({ signIn: withReset(signIn()), errors: state.errors, fetchStatus: state.fetchStatus, tasks, clerk, localization });
  snapshot = build();

  return {
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    calls,
    hold: () => {
      let open!: () => void;
      const promise = new Promise<void>((resolve) => (open = resolve));
      gate = { promise, open };
    },
    release: () => {
      gate?.open();
      gate = null;
    },
    failNext: (fault, options) => {
      nextFault = fault;
      retryAfter = options?.retryAfter ?? 30;
    },
    failNextCallOf: (method, fault) => {
      faultsByMethod.set(method, fault);
    },
    setLocalization: (next) => {
      localization = next;
      set({});
    },
    startAt: (status, email = 'mfa@example.com') => {
      const user = doubleUsers.find((candidate) => candidate.email === email) ?? null;
      attempts += 1;
      set({ id: `sia_double_${attempts}`, status, identifier: email, user, createdSessionId: status === 'complete' ? 'sess_double' : null });
    },
  };
}
