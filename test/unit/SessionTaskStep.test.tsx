import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SignInFlow } from '../../src/steps/SignInFlow.js';
import { DOUBLE_PASSWORD } from '../doubles/signInDouble.js';
import { DOUBLE_SETUP_CODE } from '../doubles/userDouble.js';
import { expectNoAxeViolations } from './axe.js';
import { renderWithDouble } from './renderWithDouble.js';

async function signInAsReset(user: ReturnType<typeof renderWithDouble>['user']) {
  await user.type(screen.getByLabelText('Email address'), 'reset@example.com');
  await user.type(screen.getByLabelText('Password'), DOUBLE_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

const newPassword = () => screen.getByLabelText('New password');
const confirm = () => screen.getByLabelText('Confirm new password');
const save = () => screen.getByRole('button', { name: 'Set password and continue' });

describe.each([
  ['Core 2', {}],
  ['Core 3', { core3: true }],
])('SignInFlow, when the session starts with the reset-password task, on %s', (_, clerk) => {
  it('neither navigates nor reports completion, reports the task, and asks for a new password', async () => {
    const navigate = vi.fn();
    const onComplete = vi.fn();
    const onSessionTask = vi.fn();
    const { user, container } = renderWithDouble(<SignInFlow redirectUrl="/home" navigate={navigate} onComplete={onComplete} onSessionTask={onSessionTask} />, undefined, { clerk });
    await signInAsReset(user);
    expect(await screen.findByRole('heading', { name: 'Set a new password' })).toBeInTheDocument();
    await waitFor(() => expect(onSessionTask).toHaveBeenCalledWith({ task: 'reset-password', sessionId: 'sess_double' }));
    expect(container.querySelector('[data-part="flow"]')).toHaveAttribute('data-step', 'session_task');
    expect(newPassword()).toHaveAccessibleDescription('At least 8 characters.');
    expect(newPassword()).toHaveAttribute('autocomplete', 'new-password');
    await waitFor(() => expect(newPassword()).toHaveFocus());
    expect(screen.getByRole('checkbox', { name: 'Sign out of all other devices' })).toBeChecked();
    expect(navigate).not.toHaveBeenCalled();
    expect(onComplete).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('checks length and confirmation before sending, then shows Clerk’s verdict on the field', async () => {
    const { user, double } = renderWithDouble(<SignInFlow />, undefined, { clerk });
    await signInAsReset(user);
    await user.type(await screen.findByLabelText('New password'), 'short');
    await user.type(confirm(), 'different');
    await user.click(save());
    expect(newPassword()).toHaveAccessibleDescription(/^Use at least 8 characters\./);
    expect(confirm()).toHaveAccessibleDescription('The two passwords do not match.');
    expect(double.calls.map((call) => call.method)).not.toContain('user.updatePassword');

    await user.clear(newPassword());
    await user.type(newPassword(), 'password123');
    await user.clear(confirm());
    await user.type(confirm(), 'password123');
    await user.click(save());
    await waitFor(() => expect(newPassword()).toHaveAccessibleDescription(/^That password has appeared in a data breach/));
    await waitFor(() => expect(newPassword()).toHaveFocus());
  });

  it('sets the password, starts the session, then completes and redirects once', async () => {
    const navigate = vi.fn();
    const onComplete = vi.fn();
    const { user, double } = renderWithDouble(<SignInFlow redirectUrl="/home" navigate={navigate} onComplete={onComplete} />, undefined, { clerk });
    await signInAsReset(user);
    await user.type(await screen.findByLabelText('New password'), 'a fresh horse staple');
    await user.type(confirm(), 'a fresh horse staple');
    await user.click(screen.getByRole('checkbox', { name: 'Sign out of all other devices' }));
    await user.click(save());
    expect(await screen.findByRole('heading', { name: 'You are signed in.' })).toBeInTheDocument();
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(`${window.location.origin}/home`));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(double.calls.filter((call) => call.method !== 'password').map(({ method, params }) => ({ method, params }))).toEqual([
      { method: 'finalize', params: undefined },
      { method: 'user.updatePassword', params: { newPassword: 'a fresh horse staple', signOutOfOtherSessions: false } },
      { method: 'setActive', params: undefined },
    ]);
  });
});

describe('SignInFlow, given a task it leaves to the app', () => {
  it('renders the app’s own screen in its place', async () => {
    const { user } = renderWithDouble(<SignInFlow renderSessionTask={(task) => <p>Custom screen for {task.key}</p>} />);
    await signInAsReset(user);
    expect(await screen.findByText('Custom screen for reset-password')).toBeInTheDocument();
  });
});

describe('SignInFlow on Core 3, with Clerk rewriting the destination', () => {
  it('validates the destination first and hands the app router only an unchanged one', async () => {
    const navigate = vi.fn();
    const decorateUrl = vi.fn((url: string) => url);
    const { user } = renderWithDouble(<SignInFlow redirectUrl="/dashboard" navigate={navigate} />, undefined, { clerk: { core3: true, decorateUrl } });
    await user.type(screen.getByLabelText('Email address'), 'plain@example.com');
    await user.type(screen.getByLabelText('Password'), DOUBLE_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(`${window.location.origin}/dashboard`));
    expect(decorateUrl).toHaveBeenCalledWith(`${window.location.origin}/dashboard`);
  });
});

describe.each([
  ['Core 2', {}],
  ['Core 3', { core3: true }],
])('SignInFlow, when the session starts with the setup-mfa task, on %s', (_, clerk) => {
  it('has the person add an authenticator and save the backup codes, then starts the session and completes once', async () => {
    const navigate = vi.fn();
    const onComplete = vi.fn();
    const onSessionTask = vi.fn();
    const { user, double, container } = renderWithDouble(<SignInFlow redirectUrl="/home" navigate={navigate} onComplete={onComplete} onSessionTask={onSessionTask} />, undefined, { clerk });
    await user.type(screen.getByLabelText('Email address'), 'setup@example.com');
    await user.type(screen.getByLabelText('Password'), DOUBLE_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'Add an authenticator app' })).toBeInTheDocument();
    await waitFor(() => expect(onSessionTask).toHaveBeenCalledWith({ task: 'setup-mfa', sessionId: 'sess_double' }));
    expect(container.querySelector('[data-part="flow"]')).toHaveAttribute('data-step', 'session_task');
    await expectNoAxeViolations(container);

    await user.type(await screen.findByLabelText('Code from the app'), DOUBLE_SETUP_CODE);
    await user.click(await screen.findByRole('checkbox', { name: 'I have saved these codes somewhere safe' }));
    expect(double.calls.map((call) => call.method)).not.toContain('setActive');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    expect(double.calls.filter((call) => call.method === 'setActive')).toHaveLength(1);
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('offers the methods the instance allows, and goes back to the choice from a setup', async () => {
    const { user } = renderWithDouble(<SignInFlow />, undefined, { clerk: { ...clerk, setupMethods: ['totp', 'phone_code'] } });
    await user.type(screen.getByLabelText('Email address'), 'setup@example.com');
    await user.type(screen.getByLabelText('Password'), DOUBLE_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const choice = await screen.findByRole('region', { name: 'Two-step verification' });
    await waitFor(() => expect(choice).toHaveFocus());
    expect(choice).toHaveTextContent('Your account needs two-step verification before you can continue.');
    await user.click(screen.getByRole('button', { name: 'Add a phone number for codes' }));
    expect(await screen.findByLabelText('Phone number')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Add an authenticator app' }));
    expect(await screen.findByLabelText('Code from the app')).toBeInTheDocument();
  });

  it('leaves a task it does not resolve to the app, said plainly', async () => {
    const { user } = renderWithDouble(<SignInFlow />, undefined, { clerk });
    await user.type(screen.getByLabelText('Email address'), 'org@example.com');
    await user.type(screen.getByLabelText('Password'), DOUBLE_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Your account needs one more step before you can continue: choose an organization.');
  });
});
