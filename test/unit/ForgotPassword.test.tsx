import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { passwordRuleText } from '../../src/steps/NewPasswordFields.js';
import { PasswordStep } from '../../src/steps/PasswordStep.js';
import { defaultStrings } from '../../src/text/strings.js';
import { ResetPasswordStep } from '../../src/steps/ResetPasswordStep.js';
import { SignInFlow } from '../../src/steps/SignInFlow.js';
import { DOUBLE_RESET_CODE, DOUBLE_TOTP } from '../doubles/signInDouble.js';
import { expectNoAxeViolations } from './axe.js';
import { renderWithDouble } from './renderWithDouble.js';

const NEW_PASSWORD = 'a-brand-new-passphrase';

type User = ReturnType<typeof renderWithDouble>['user'];

async function forgotPasswordFor(user: User, email: string) {
  await user.type(screen.getByLabelText('Email address'), email);
  await user.click(screen.getByRole('button', { name: 'Forgot password?' }));
}

async function typeNewPassword(user: User, password: string, confirm = password) {
  await user.type(await screen.findByLabelText('New password'), password);
  await user.type(screen.getByLabelText('Confirm new password'), confirm);
  await user.click(screen.getByRole('button', { name: 'Reset password' }));
}

describe.each([
  ['Core 2', false],
  ['Core 3', true],
])('Forgot password (%s shapes)', (_, core3) => {
  const clerk = { core3 };

  it('resets the password with the emailed code and signs in when the account has no second factor', async () => {
    const onComplete = vi.fn();
    const onStepChange = vi.fn();
    const { user, double, container } = renderWithDouble(<SignInFlow onComplete={onComplete} onStepChange={onStepChange} />, undefined, { clerk });
    await forgotPasswordFor(user, 'plain@example.com');

    const code = await screen.findByLabelText('Reset code');
    await waitFor(() => expect(code).toHaveFocus());
    expect(screen.getByRole('heading', { name: 'Reset your password' })).toBeInTheDocument();
    expect(code).toHaveAccessibleDescription('Enter the 6-digit code we sent to p****@example.com to reset your password.');
    await waitFor(() => expect(double.calls.map((call) => call.method)).toEqual(['create', 'resetPasswordEmailCode.sendCode']));
    expect(double.calls[0]!.params).toEqual({ identifier: 'plain@example.com' });
    await expectNoAxeViolations(container);

    await user.type(code, DOUBLE_RESET_CODE);
    const password = await screen.findByLabelText('New password');
    await waitFor(() => expect(password).toHaveFocus());
    expect(password).toHaveAccessibleDescription('At least 8 characters.');
    expect(screen.getByRole('checkbox', { name: 'Sign out of all other devices' })).toBeChecked();
    await expectNoAxeViolations(container);
    await typeNewPassword(user, NEW_PASSWORD);

    expect(await screen.findByRole('heading', { name: 'You are signed in.' })).toBeInTheDocument();
    await waitFor(() => expect(onComplete).toHaveBeenCalledWith({ sessionId: 'sess_double' }));
    expect(double.calls.map((call) => call.method)).toEqual(['create', 'resetPasswordEmailCode.sendCode', 'resetPasswordEmailCode.verifyCode', 'resetPasswordEmailCode.submitPassword', 'finalize']);
    expect(double.calls[3]!.params).toEqual({ password: NEW_PASSWORD, signOutOfOtherSessions: true });
    expect(onStepChange.mock.calls.map(([step]) => step)).toEqual(['reset_password', 'new_password', 'complete']);
  });

  it('goes on to the second factor after the new password when the account has one', async () => {
    const { user, double } = renderWithDouble(<SignInFlow />, undefined, { clerk });
    await forgotPasswordFor(user, 'totp@example.com');
    await user.type(await screen.findByLabelText('Reset code'), DOUBLE_RESET_CODE);
    await user.click(await screen.findByRole('checkbox', { name: 'Sign out of all other devices' }));
    await typeNewPassword(user, NEW_PASSWORD);
    await user.type(await screen.findByLabelText('Authenticator code'), DOUBLE_TOTP);
    expect(await screen.findByRole('heading', { name: 'You are signed in.' })).toBeInTheDocument();
    expect(double.calls.find((call) => call.method === 'resetPasswordEmailCode.submitPassword')!.params).toEqual({ password: NEW_PASSWORD, signOutOfOtherSessions: false });
  });

  it('asks for the address first, without a request, when the email field is empty or not an address', async () => {
    const { user, double } = renderWithDouble(<SignInFlow />, undefined, { clerk });
    await user.click(screen.getByRole('button', { name: 'Forgot password?' }));
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription('Enter your email address.');
    expect(screen.getByLabelText('Email address')).toHaveFocus();
    await user.type(screen.getByLabelText('Email address'), 'not-an-address');
    await user.click(screen.getByRole('button', { name: 'Forgot password?' }));
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription('Enter an email address like name@example.com.');
    expect(double.calls).toEqual([]);
  });

  it('says so on the email field for an unknown address, which stays as typed', async () => {
    const onError = vi.fn();
    const { user } = renderWithDouble(<SignInFlow onError={onError} />, undefined, { clerk });
    await forgotPasswordFor(user, 'nobody@example.com');
    await waitFor(() => expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription('No account uses that email address.'));
    expect(screen.getByLabelText('Email address')).toHaveValue('nobody@example.com');
    expect(screen.queryByLabelText('Reset code')).not.toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'form_identifier_not_found', field: 'identifier', step: 'password' }));
  });

  it('says plainly when the account has no email to send a code to', async () => {
    const { user, double } = renderWithDouble(<SignInFlow />, undefined, { clerk });
    await forgotPasswordFor(user, 'phone-only@example.com');
    await waitFor(() => expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(/no email address to send a reset code to/));
    expect(double.calls.map((call) => call.method)).toEqual(['create']);
  });

  it('clears a wrong code and names it, then accepts the right one', async () => {
    const { user } = renderWithDouble(<SignInFlow />, undefined, { clerk });
    await forgotPasswordFor(user, 'plain@example.com');
    const code = await screen.findByLabelText('Reset code');
    await user.type(code, '000000');
    await waitFor(() => expect(code).toHaveAccessibleDescription(/That email code is incorrect/));
    expect(code).toHaveValue('');
    await user.type(code, DOUBLE_RESET_CODE);
    expect(await screen.findByLabelText('New password')).toBeInTheDocument();
  });

  it('checks the new password before sending it, then shows Clerk’s verdict and clears both fields', async () => {
    const { user, double } = renderWithDouble(<SignInFlow />, undefined, { clerk });
    await forgotPasswordFor(user, 'plain@example.com');
    await user.type(await screen.findByLabelText('Reset code'), DOUBLE_RESET_CODE);
    await typeNewPassword(user, 'short');
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(/Use at least 8 characters/);
    await user.clear(screen.getByLabelText('New password'));
    await user.clear(screen.getByLabelText('Confirm new password'));
    await typeNewPassword(user, NEW_PASSWORD, 'something-else-entirely');
    expect(screen.getByLabelText('Confirm new password')).toHaveAccessibleDescription('The two passwords do not match.');
    expect(double.calls.some((call) => call.method === 'resetPasswordEmailCode.submitPassword')).toBe(false);

    await user.clear(screen.getByLabelText('New password'));
    await user.clear(screen.getByLabelText('Confirm new password'));
    await typeNewPassword(user, 'password123');
    await waitFor(() => expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(/appeared in a data breach/));
    expect(screen.getByLabelText('New password')).toHaveValue('');
    expect(screen.getByLabelText('Confirm new password')).toHaveValue('');
    expect(screen.getByLabelText('New password')).toHaveFocus();
  });

  it('goes back to the password step with the address kept, and the email field focused', async () => {
    const { user } = renderWithDouble(<SignInFlow />, undefined, { clerk });
    await forgotPasswordFor(user, 'plain@example.com');
    await user.click(await screen.findByRole('button', { name: 'Back to sign in' }));
    const email = await screen.findByLabelText('Email address');
    expect(email).toHaveValue('plain@example.com');
    await waitFor(() => expect(email).toHaveFocus());
  });

  it('sends one code however often the step re-renders, and a new one on request once the wait is over', async () => {
    const { user, double } = renderWithDouble(<SignInFlow />, undefined, { clerk, strictMode: true });
    await forgotPasswordFor(user, 'plain@example.com');
    await screen.findByLabelText('Reset code');
    await waitFor(() => expect(double.calls.filter((call) => call.method === 'resetPasswordEmailCode.sendCode')).toHaveLength(1));
    expect(screen.getByRole('button', { name: 'Send a new code' })).toHaveAttribute('aria-disabled', 'true');
  });
});

/** An app that composes the lone steps itself: the password step, then its own reset step. */
function ComposedApp({ handleForgot }: { handleForgot: boolean }) {
  const [resetting, setResetting] = useState(false);
  if (resetting) return <ResetPasswordStep onBackToSignIn={() => setResetting(false)} />;
  return <PasswordStep onForgotPassword={handleForgot ? () => setResetting(true) : undefined} />;
}

describe('Forgot password with the steps composed by the app', () => {
  it('offers the button on a lone password step only when the app handles it', () => {
    renderWithDouble(<ComposedApp handleForgot={false} />);
    expect(screen.getByLabelText('Email address')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Forgot password?' })).not.toBeInTheDocument();
  });

  it('lets a lone reset step send and check the code after a lone password step started the reset', async () => {
    const { user, double } = renderWithDouble(<ComposedApp handleForgot />);
    await forgotPasswordFor(user, 'plain@example.com');
    const code = await screen.findByLabelText('Reset code');
    await waitFor(() => expect(double.calls.map((call) => call.method)).toEqual(['create', 'resetPasswordEmailCode.sendCode']));
    await user.type(code, DOUBLE_RESET_CODE);
    await waitFor(() => expect(double.getSnapshot().signIn?.status).toBe('needs_new_password'));
  });
});

describe('Clerk asking for a new password on its own (needs_new_password)', () => {
  it('shows the new-password step and goes on once it is set', async () => {
    const { user, double } = renderWithDouble(<SignInFlow />, (double) => double.startAt('needs_new_password', 'plain@example.com'));
    expect(screen.getByRole('heading', { name: 'Set a new password' })).toBeInTheDocument();
    expect(screen.getByText('plain@example.com')).toBeInTheDocument();
    await typeNewPassword(user, NEW_PASSWORD);
    expect(await screen.findByRole('heading', { name: 'You are signed in.' })).toBeInTheDocument();
    expect(double.calls.map((call) => call.method)).toEqual(['resetPasswordEmailCode.submitPassword', 'finalize']);
  });
});

describe('passwordRuleText', () => {
  it('lists what Clerk’s settings require beyond the length, in the locale’s list style', () => {
    expect(passwordRuleText({ minLength: 10 }, defaultStrings)).toBe('At least 10 characters.');
    expect(passwordRuleText({ minLength: 10, requireNumbers: true }, defaultStrings)).toBe('At least 10 characters, with a number.');
    expect(passwordRuleText({ minLength: 8, requireNumbers: true, requireUppercase: true, requireSpecialChar: true }, defaultStrings)).toBe(
      'At least 8 characters, with a number, an uppercase letter, and a special character.',
    );
    expect(passwordRuleText(null, defaultStrings)).toBe('At least 8 characters.');
  });
});
