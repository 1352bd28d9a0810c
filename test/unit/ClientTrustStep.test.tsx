import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ClientTrustStep } from '../../src/steps/ClientTrustStep.js';
import { SignInFlow } from '../../src/steps/SignInFlow.js';
import { DOUBLE_EMAIL_CODE, DOUBLE_PASSWORD, type SignInDouble } from '../doubles/signInDouble.js';
import { expectNoAxeViolations } from './axe.js';
import { renderWithDouble } from './renderWithDouble.js';

const atClientTrust = (double: SignInDouble) => double.startAt('needs_client_trust', 'trust@example.com');
const code = () => screen.getByRole('textbox', { name: 'Email code' });

describe('ClientTrustStep', () => {
  it('sends one email code when shown, even in strict mode, and says where it went and why', async () => {
    const { double, container } = renderWithDouble(<ClientTrustStep />, atClientTrust, { strictMode: true });
    expect(screen.getByRole('heading', { name: 'Confirm it’s you' })).toBeInTheDocument();
    expect(code()).toHaveAccessibleDescription('You are signing in on a new device. Enter the 6-digit code we sent to t****@example.com.');
    expect(code()).toHaveAttribute('autocomplete', 'one-time-code');
    await waitFor(() => expect(double.calls).toEqual([{ method: 'mfa.sendEmailCode', params: undefined }]));
    await waitFor(() => expect(code()).toHaveFocus());
    await expectNoAxeViolations(container);
  });

  it('names a wrong code as an email code and empties the field for the next try', async () => {
    const { user, double } = renderWithDouble(<ClientTrustStep />, atClientTrust);
    await waitFor(() => expect(double.calls).toHaveLength(1));
    await user.type(code(), '000000');
    await waitFor(() => expect(code()).toHaveAccessibleDescription(/^That email code is incorrect/));
    expect(code()).toHaveValue('');
    expect(double.calls.at(-1)).toEqual({ method: 'mfa.verifyEmailCode', params: { code: '000000' } });
  });

  it('offers "Use a different account" alone only when the app handles it', async () => {
    const onUseDifferentAccount = vi.fn();
    const alone = renderWithDouble(<ClientTrustStep />, atClientTrust);
    expect(screen.queryByRole('button', { name: 'Use a different account' })).not.toBeInTheDocument();
    alone.unmount();
    const { user } = renderWithDouble(<ClientTrustStep onUseDifferentAccount={onUseDifferentAccount} />, atClientTrust);
    await user.click(screen.getByRole('button', { name: 'Use a different account' }));
    expect(onUseDifferentAccount).toHaveBeenCalledTimes(1);
  });
});

describe.each([
  ['Core 2', {}],
  ['Core 3', { core3: true }],
])('SignInFlow through Client Trust on %s', (_, clerk) => {
  it('goes from the password to the code to the session, and reports each step', async () => {
    const onStepChange = vi.fn();
    const onComplete = vi.fn();
    const { user, double } = renderWithDouble(<SignInFlow onStepChange={onStepChange} onComplete={onComplete} />, undefined, { clerk });
    await user.type(screen.getByLabelText('Email address'), 'trust@example.com');
    await user.type(screen.getByLabelText('Password'), DOUBLE_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(code()).toHaveFocus());
    await waitFor(() => expect(double.calls.map((call) => call.method)).toEqual(['password', 'mfa.sendEmailCode']));
    await user.type(code(), DOUBLE_EMAIL_CODE);
    expect(await screen.findByRole('heading', { name: 'You are signed in.' })).toBeInTheDocument();
    await waitFor(() => expect(onComplete).toHaveBeenCalledWith({ sessionId: 'sess_double' }));
    expect(onStepChange.mock.calls.map(([step]) => step)).toEqual(['client_trust', 'complete']);
    expect(double.calls.map((call) => call.method)).toEqual(['password', 'mfa.sendEmailCode', 'mfa.verifyEmailCode', 'finalize']);
  });

  it('goes back to an empty password step for another account', async () => {
    const { user, double } = renderWithDouble(<SignInFlow />, atClientTrust, { clerk });
    await user.click(await screen.findByRole('button', { name: 'Use a different account' }));
    await waitFor(() => expect(screen.getByLabelText('Email address')).toHaveFocus());
    expect(screen.getByLabelText('Email address')).toHaveValue('');
    // Core 3 resets the sign-in itself; clerk-js 5 cannot, and the next password replaces it.
    expect(double.calls.some((call) => call.method === 'reset')).toBe('core3' in clerk);
  });
});
