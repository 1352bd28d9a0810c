import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { SignInSignalLike } from '../../src/clerk/types.js';
import { SignInSourceProvider } from '../../src/clerk/source.js';
import { SignInRoot, useSignInFlow } from '../../src/steps/SignInRoot.js';
import { createSignInDouble, DOUBLE_PASSWORD, DOUBLE_TOTP } from '../doubles/signInDouble.js';
import { SignInDoubleProvider } from '../doubles/SignInDoubleProvider.js';

function renderFlowHook(setup?: (double: ReturnType<typeof createSignInDouble>) => void) {
  const double = createSignInDouble();
  setup?.(double);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SignInDoubleProvider double={double}>
      <SignInRoot>{children}</SignInRoot>
    </SignInDoubleProvider>
  );
  return { double, ...renderHook(() => useSignInFlow(), { wrapper }) };
}

function renderWithSignal(value: SignInSignalLike) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SignInSourceProvider value={value}>
      <SignInRoot>{children}</SignInRoot>
    </SignInSourceProvider>
  );
  return renderHook(() => useSignInFlow(), { wrapper });
}

const idleSignIn = createSignInDouble().getSnapshot().signIn;

describe('useSignInFlow', () => {
  it('follows signIn.status through the steps and lists factors TOTP first, backup code last', async () => {
    const { result } = renderFlowHook();
    expect(result.current.step).toBe('password');
    await act(() => result.current.submitPassword({ emailAddress: 'mfa@example.com', password: DOUBLE_PASSWORD }));
    expect(result.current.step).toBe('second_factor');
    expect(result.current.identifier).toBe('mfa@example.com');
    expect(result.current.secondFactors.map((factor) => factor.strategy)).toEqual(['totp', 'phone_code', 'backup_code']);
    await act(() => result.current.verifyTotp(DOUBLE_TOTP));
    expect(result.current.step).toBe('complete');
  });

  it('maps statuses it cannot serve to the unsupported step', () => {
    const { result } = renderWithSignal({
      signIn: { ...idleSignIn!, status: 'needs_future_step' },
      errors: { fields: {}, raw: null, global: null },
      fetchStatus: 'idle',
    });
    expect(result.current.step).toBe('unsupported');
  });

  it('reports field errors by input and resolves the action with them', async () => {
    const { result } = renderFlowHook();
    let outcome;
    await act(async () => {
      outcome = await result.current.submitPassword({ emailAddress: 'mfa@example.com', password: 'nope' });
    });
    expect(outcome).toEqual({ ok: false, formError: null, fieldErrors: { password: expect.objectContaining({ code: 'form_password_incorrect' }) } });
    expect(result.current.fieldErrors.password?.code).toBe('form_password_incorrect');
    expect(result.current.formError).toBeNull();
  });

  describe('given a non-field error', () => {
    it('reads clerk-js 5 errors.raw, where errors.global stays empty', () => {
      const { result } = renderWithSignal({
        signIn: idleSignIn,
        errors: {
          fields: { identifier: null, password: null, code: null },
          raw: [{ code: 'user_locked', message: 'Account locked', longMessage: 'Locked for 59 minutes.', meta: { paramName: undefined } }],
          global: null,
        },
        fetchStatus: 'idle',
      });
      expect(result.current.formError).toEqual({
        code: 'user_locked',
        clerkMessage: 'Locked for 59 minutes.',
        wait: { reason: 'user_locked', seconds: null, indefinite: false },
      });
    });

    it("reads Core 3's errors.global, which wraps the real error", () => {
      const wrapper = { code: 'api_response_error', message: 'Forbidden', status: 403, errors: [{ code: 'user_locked', message: 'Locked', longMessage: 'Locked.' }] };
      const { result } = renderWithSignal({
        signIn: idleSignIn,
        errors: { fields: { identifier: null, password: null, code: null }, raw: [wrapper], global: [wrapper] },
        fetchStatus: 'idle',
      });
      expect(result.current.formError?.code).toBe('user_locked');
    });

    it('keeps the Retry-After of a 429 from the returned error', async () => {
      const { result } = renderFlowHook((double) => double.failNext('rate_limit'));
      await act(() => result.current.submitPassword({ emailAddress: 'mfa@example.com', password: DOUBLE_PASSWORD }));
      expect(result.current.formError).toEqual(expect.objectContaining({ code: 'too_many_requests', retryAfterSeconds: 30 }));
    });
  });

  it('is pending from the moment an action starts, and refuses a second action meanwhile', async () => {
    const { result, double } = renderFlowHook((d) => d.hold());
    let first!: Promise<unknown>;
    let second!: Promise<unknown>;
    act(() => {
      first = result.current.submitPassword({ emailAddress: 'mfa@example.com', password: DOUBLE_PASSWORD });
      second = result.current.submitPassword({ emailAddress: 'mfa@example.com', password: DOUBLE_PASSWORD });
    });
    expect(result.current.isPending).toBe(true);
    let outcomes: unknown[] = [];
    await act(async () => {
      double.release();
      outcomes = await Promise.all([first, second]);
    });
    expect(double.calls).toHaveLength(1);
    expect(outcomes[0]).toEqual({ ok: true, step: 'second_factor', sessionId: null });
    // The refused call sent nothing, and must not act on the first call's outcome.
    expect(outcomes[1]).toEqual({ ok: false, busy: true, fieldErrors: {}, formError: null });
    expect(result.current.isPending).toBe(false);
  });

  it('reads the lockout wait from Clerk’s words and counts it down', () => {
    const { result } = renderWithSignal({
      signIn: idleSignIn,
      errors: {
        fields: { identifier: null, password: null, code: null },
        raw: [{ code: 'user_locked', longMessage: 'Your account is locked. You will be able to try again in 1 hour and 5 minutes.', meta: {} }],
        global: null,
      },
      fetchStatus: 'idle',
    });
    // No sign-in and no password submitted here: whose account is locked is not known.
    expect(result.current.retryBlock).toEqual({ reason: 'user_locked', secondsLeft: 3900, identifier: null });
  });

  it('does not count a new sign-in that lands on the same status as a dropped connection', async () => {
    const { result } = renderFlowHook((double) => double.startAt('needs_second_factor', 'mfa@example.com'));
    let outcome;
    await act(async () => {
      outcome = await result.current.submitPassword({ emailAddress: 'totp@example.com', password: DOUBLE_PASSWORD });
    });
    expect(outcome).toEqual({ ok: true, step: 'second_factor', sessionId: null });
    expect(result.current.identifier).toBe('totp@example.com');
    expect(result.current.formError).toBeNull();
  });

  it('stays complete after finalize, although Clerk falls back to needs_identifier', async () => {
    const { result } = renderFlowHook();
    await act(() => result.current.submitPassword({ emailAddress: 'plain@example.com', password: DOUBLE_PASSWORD }));
    const navigate = vi.fn();
    let outcome;
    await act(async () => {
      outcome = await result.current.finalize(navigate);
    });
    expect(outcome).toEqual({ ok: true, step: 'complete', sessionId: 'sess_double' });
    expect(navigate).toHaveBeenCalledWith({ id: 'sess_double' });
    expect(result.current.status).toBe('needs_identifier');
    expect(result.current.step).toBe('complete');
  });

  it('reports a finalize that never activated the session as a network error', async () => {
    const { result, double } = renderFlowHook();
    await act(() => result.current.submitPassword({ emailAddress: 'plain@example.com', password: DOUBLE_PASSWORD }));
    double.failNext('dropped');
    const navigate = vi.fn();
    let outcome;
    await act(async () => {
      outcome = await result.current.finalize(navigate);
    });
    expect(outcome).toEqual({ ok: false, fieldErrors: {}, formError: { code: 'network_error' } });
    expect(navigate).not.toHaveBeenCalled();
    expect(result.current.step).toBe('complete');
  });

  it('keeps a lockout blocking after dismissErrors', async () => {
    const { result } = renderFlowHook((double) => double.failNext('rate_limit', { retryAfter: 600 }));
    await act(() => result.current.submitPassword({ emailAddress: 'mfa@example.com', password: DOUBLE_PASSWORD }));
    act(() => result.current.dismissErrors());
    expect(result.current.retryBlock).toEqual({ reason: 'too_many_requests', secondsLeft: 600 });
    expect(result.current.formError?.code).toBe('too_many_requests');
  });

  it('hides errors after dismissErrors until the next action', async () => {
    const { result } = renderFlowHook((double) => double.failNext('server'));
    await act(() => result.current.submitPassword({ emailAddress: 'mfa@example.com', password: DOUBLE_PASSWORD }));
    expect(result.current.formError).not.toBeNull();
    act(() => result.current.dismissErrors());
    expect(result.current.formError).toBeNull();
    await act(() => result.current.submitPassword({ emailAddress: 'mfa@example.com', password: 'wrong' }));
    await waitFor(() => expect(result.current.fieldErrors.password).toBeDefined());
  });
});
