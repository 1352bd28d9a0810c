import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PasswordStep } from '../../src/steps/PasswordStep.js';
import { DOUBLE_PASSWORD } from '../doubles/signInDouble.js';
import { expectNoAxeViolations } from './axe.js';
import { renderWithDouble } from './renderWithDouble.js';

const email = () => screen.getByLabelText('Email address');
const password = () => screen.getByLabelText('Password');
const submit = () => screen.getByRole('button', { name: /continue|signing in/i });

describe('PasswordStep', () => {
  it('offers email and password with the hints password managers read', async () => {
    const { container } = renderWithDouble(<PasswordStep />);
    expect(screen.getByRole('form', { name: 'Sign in' })).toBeInTheDocument();
    expect(email()).toHaveAttribute('autocomplete', 'username');
    expect(email()).toHaveAttribute('type', 'email');
    expect(password()).toHaveAttribute('autocomplete', 'current-password');
    expect(password()).toHaveAttribute('type', 'password');
    await expectNoAxeViolations(container);
  });

  describe('given fields that fail client validation', () => {
    it('explains each one, focuses the first, and sends nothing', async () => {
      const { user, double, container } = renderWithDouble(<PasswordStep />);
      await user.click(submit());
      expect(email()).toHaveAccessibleDescription('Enter your email address.');
      expect(email()).toHaveAttribute('aria-invalid', 'true');
      expect(password()).toHaveAccessibleDescription('Enter your password.');
      expect(email()).toHaveFocus();
      expect(double.calls).toEqual([]);
      await expectNoAxeViolations(container);
    });

    it('rejects an email without a domain', async () => {
      const { user, double } = renderWithDouble(<PasswordStep />);
      await user.type(email(), 'someone@example');
      await user.type(password(), 'whatever');
      await user.click(submit());
      expect(email()).toHaveAccessibleDescription('Enter an email address like name@example.com.');
      expect(double.calls).toEqual([]);
    });
  });

  it('sends the email trimmed', async () => {
    const { user, double } = renderWithDouble(<PasswordStep />);
    await user.type(email(), '  mfa@example.com  ');
    await user.type(password(), DOUBLE_PASSWORD);
    await user.click(submit());
    await waitFor(() => expect(double.calls).toHaveLength(1));
    expect(double.calls[0]).toEqual({ method: 'password', params: { emailAddress: 'mfa@example.com', password: DOUBLE_PASSWORD } });
  });

  describe('given a wrong password', () => {
    it('says so on the password field, clears it, keeps the email and focuses the password', async () => {
      const { user, container } = renderWithDouble(<PasswordStep />);
      await user.type(email(), 'mfa@example.com');
      await user.type(password(), 'wrong-password');
      await user.click(submit());
      await waitFor(() => expect(password()).toHaveAccessibleDescription('That password is incorrect. Try again.'));
      expect(password()).toHaveAttribute('aria-invalid', 'true');
      expect(password()).toHaveValue('');
      expect(password()).toHaveFocus();
      expect(email()).toHaveValue('mfa@example.com');
      expect(email()).not.toHaveAttribute('aria-invalid');
      await expectNoAxeViolations(container);
    });

    it('clears the message once the user edits the password', async () => {
      const { user } = renderWithDouble(<PasswordStep />);
      await user.type(email(), 'mfa@example.com');
      await user.type(password(), 'wrong-password');
      await user.click(submit());
      await waitFor(() => expect(password()).toHaveAttribute('aria-invalid', 'true'));
      await user.type(password(), 'x');
      expect(password()).not.toHaveAttribute('aria-invalid');
    });
  });

  it('puts an unknown email error on the email field and keeps the password', async () => {
    const { user } = renderWithDouble(<PasswordStep />);
    await user.type(email(), 'nobody@example.com');
    await user.type(password(), DOUBLE_PASSWORD);
    await user.click(submit());
    await waitFor(() => expect(email()).toHaveAccessibleDescription('No account uses that email address.'));
    expect(email()).toHaveFocus();
    expect(email()).toHaveValue('nobody@example.com');
    expect(password()).toHaveValue(DOUBLE_PASSWORD);
  });

  describe('given a locked account', () => {
    it('announces the lockout even when Clerk puts it only in errors.raw, and waits it out', async () => {
      const { user, container } = renderWithDouble(<PasswordStep />, (double) => double.failNext('locked_raw_only'));
      await user.type(email(), 'mfa@example.com');
      await user.type(password(), DOUBLE_PASSWORD);
      await user.click(submit());
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Your account is locked after too many failed attempts.'));
      expect(screen.getByRole('timer')).toHaveTextContent('You can try again in 59 minutes.');
      expect(submit()).toHaveAttribute('aria-disabled', 'true');
      expect(screen.getByRole('form')).toHaveAttribute('data-status', 'blocked');
      expect(email()).toHaveValue('mfa@example.com');
      expect(password()).toHaveValue(DOUBLE_PASSWORD);
      await expectNoAxeViolations(container);
    });

    it('holds only the locked account: another address may sign in while the lock counts down', async () => {
      const { user, double } = renderWithDouble(<PasswordStep />, (d) => d.failNext('locked_raw_only'));
      await user.type(email(), 'mfa@example.com');
      await user.type(password(), DOUBLE_PASSWORD);
      await user.click(submit());
      await waitFor(() => expect(submit()).toHaveAttribute('aria-disabled', 'true'));
      // Enter on the locked account sends nothing.
      await user.type(password(), '{Enter}');
      expect(double.calls).toHaveLength(1);

      await user.clear(email());
      await user.type(email(), 'Plain@Example.com');
      expect(submit()).not.toHaveAttribute('aria-disabled');
      expect(screen.getByRole('form')).toHaveAttribute('data-status', 'idle');
      await user.clear(email());
      await user.type(email(), ' MFA@example.com');
      expect(submit()).toHaveAttribute('aria-disabled', 'true');

      await user.clear(email());
      await user.type(email(), 'plain@example.com');
      await user.click(submit());
      await waitFor(() => expect(double.calls.map((call) => call.params)).toEqual([expect.anything(), { emailAddress: 'plain@example.com', password: DOUBLE_PASSWORD }]));
    });

    it('on Core 3, announces the lockout that errors.global wraps in an api_response_error', async () => {
      const { user, double } = renderWithDouble(<PasswordStep />, (d) => d.failNext('locked_raw_only'), { clerk: { core3: true } });
      await user.type(email(), 'mfa@example.com');
      await user.type(password(), DOUBLE_PASSWORD);
      await user.click(submit());
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Your account is locked after too many failed attempts.'));
      expect(double.getSnapshot().errors.global).toEqual([expect.objectContaining({ code: 'api_response_error' })]);
      expect(screen.getByRole('timer')).toHaveTextContent('You can try again in 59 minutes.');
      expect(submit()).toHaveAttribute('aria-disabled', 'true');
    });

    it('announces the lockout the call returns', async () => {
      const { user } = renderWithDouble(<PasswordStep />);
      await user.type(email(), 'locked@example.com');
      await user.type(password(), DOUBLE_PASSWORD);
      await user.click(submit());
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/account is locked/));
    });

    it('says plainly when the lock does not expire, and leaves the form usable for another account', async () => {
      const { user } = renderWithDouble(<PasswordStep />, (double) => double.failNext('locked_forever'));
      await user.type(email(), 'mfa@example.com');
      await user.type(password(), DOUBLE_PASSWORD);
      await user.click(submit());
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Your account is locked and the lock does not expire on its own. Contact support to unlock it.'));
      expect(screen.queryByRole('timer')).not.toBeInTheDocument();
      expect(submit()).not.toHaveAttribute('aria-disabled');
    });
  });

  describe('given a rate limit', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('counts down the Retry-After with the form disabled, then lets the user try again', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const { user, double } = renderWithDouble(<PasswordStep />, (d) => d.failNext('rate_limit'), { advanceTimers: vi.advanceTimersByTime });
      await user.type(email(), 'mfa@example.com');
      await user.type(password(), DOUBLE_PASSWORD);
      await user.click(submit());
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts. Wait a moment, then try again.'));
      expect(screen.getByRole('timer')).toHaveTextContent('You can try again in 30 seconds.');
      expect(submit()).toHaveAttribute('aria-disabled', 'true');
      act(() => vi.advanceTimersByTime(10_000));
      expect(screen.getByRole('timer')).toHaveTextContent('You can try again in 20 seconds.');
      act(() => vi.advanceTimersByTime(20_000));
      expect(screen.getByRole('alert')).toHaveTextContent('You can try again now.');
      expect(screen.queryByRole('timer')).not.toBeInTheDocument();
      expect(submit()).not.toHaveAttribute('aria-disabled');
      expect(password()).toHaveValue(DOUBLE_PASSWORD);
      await user.click(submit());
      await waitFor(() => expect(double.calls).toHaveLength(2));
    });
  });

  it.each([
    ['network', 'We could not reach the sign-in service. Check your connection and try again.'],
    ['dropped', 'We could not reach the sign-in service. Check your connection and try again.'],
    ['server', 'Something went wrong on our side. Try again in a moment.'],
  ] as const)('after a %s fault keeps both fields and stays usable', async (fault, message) => {
    const { user, double } = renderWithDouble(<PasswordStep />, (d) => d.failNext(fault));
    await user.type(email(), 'mfa@example.com');
    await user.type(password(), DOUBLE_PASSWORD);
    await user.click(submit());
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(message));
    expect(email()).toHaveValue('mfa@example.com');
    expect(password()).toHaveValue(DOUBLE_PASSWORD);
    expect(submit()).not.toHaveAttribute('aria-disabled');
    await user.click(submit());
    await waitFor(() => expect(double.calls).toHaveLength(2));
  });

  it('shows and hides the password with a pressed-state toggle', async () => {
    const { user } = renderWithDouble(<PasswordStep />);
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.type(password(), 'secret');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // The name says what the next press does.
    expect(toggle).toHaveAccessibleName('Hide password');
    expect(password()).toHaveAttribute('type', 'text');
    expect(password()).not.toHaveAttribute('value');
    await user.click(toggle);
    expect(password()).toHaveAttribute('type', 'password');
  });

  describe('events', () => {
    it('reports a failure with Clerk’s code and the field', async () => {
      const onError = vi.fn();
      const { user } = renderWithDouble(<PasswordStep onError={onError} />);
      await user.type(email(), 'mfa@example.com');
      await user.type(password(), 'wrong');
      await user.click(submit());
      await waitFor(() =>
        expect(onError).toHaveBeenCalledWith({ code: 'form_password_incorrect', message: 'That password is incorrect. Try again.', field: 'password', step: 'password' }),
      );
    });

    it('reports a lockout as a form-level error', async () => {
      const onError = vi.fn();
      const { user } = renderWithDouble(<PasswordStep onError={onError} />);
      await user.type(email(), 'locked@example.com');
      await user.type(password(), DOUBLE_PASSWORD);
      await user.click(submit());
      await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'user_locked', field: null, step: 'password' })));
    });

    it('reports the next step, and completion with the session id', async () => {
      const onStepChange = vi.fn();
      const onComplete = vi.fn();
      const first = renderWithDouble(<PasswordStep onStepChange={onStepChange} onComplete={onComplete} />);
      await first.user.type(email(), 'mfa@example.com');
      await first.user.type(password(), DOUBLE_PASSWORD);
      await first.user.click(submit());
      await waitFor(() => expect(onStepChange).toHaveBeenCalledWith('second_factor'));
      expect(onComplete).not.toHaveBeenCalled();
      first.unmount();

      const second = renderWithDouble(<PasswordStep onStepChange={onStepChange} onComplete={onComplete} />);
      await second.user.type(email(), 'plain@example.com');
      await second.user.type(password(), DOUBLE_PASSWORD);
      await second.user.click(submit());
      await waitFor(() => expect(onComplete).toHaveBeenCalledWith({ sessionId: 'sess_double' }));
      expect(onStepChange).toHaveBeenLastCalledWith('complete');
    });
  });

  describe('while the request is in flight', () => {
    it('disables the button, marks the form busy, and recovers after', async () => {
      const { user, double, container } = renderWithDouble(<PasswordStep />, (d) => d.hold());
      await user.type(email(), 'mfa@example.com');
      await user.type(password(), 'wrong-password');
      await user.click(submit());
      await waitFor(() => expect(submit()).toHaveAttribute('aria-disabled', 'true'));
      expect(submit()).toHaveTextContent('Signing in…');
      expect(screen.getByRole('form')).toHaveAttribute('aria-busy', 'true');
      expect(screen.getByRole('form')).toHaveAttribute('data-status', 'submitting');
      await expectNoAxeViolations(container);
      act(() => double.release());
      await waitFor(() => expect(submit()).not.toHaveAttribute('aria-disabled'));
      expect(screen.getByRole('form')).not.toHaveAttribute('aria-busy');
    });

    it('sends one request for Enter plus a click', async () => {
      const { user, double } = renderWithDouble(<PasswordStep />, (d) => d.hold());
      await user.type(email(), 'mfa@example.com');
      await user.type(password(), DOUBLE_PASSWORD);
      await user.keyboard('{Enter}');
      await user.click(submit());
      await user.keyboard('{Enter}');
      act(() => double.release());
      await waitFor(() => expect(screen.getByRole('form')).toHaveAttribute('data-status', 'idle'));
      expect(double.calls.filter((call) => call.method === 'password')).toHaveLength(1);
    });
  });

  it('takes its strings from the strings prop', () => {
    renderWithDouble(<PasswordStep strings={{ passwordStep: { emailLabel: 'E-Mail-Adresse', submit: 'Weiter' } }} />);
    expect(screen.getByLabelText('E-Mail-Adresse')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Weiter' })).toBeInTheDocument();
  });
});

describe('PasswordStep, under pressure', () => {
  it('keeps keyboard focus on the button while its request runs', async () => {
    const { user, double } = renderWithDouble(<PasswordStep />, (d) => d.hold());
    await user.type(email(), 'mfa@example.com');
    await user.type(password(), DOUBLE_PASSWORD);
    await user.tab();
    await user.tab();
    expect(submit()).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(submit()).toHaveAttribute('aria-disabled', 'true'));
    expect(submit()).toHaveFocus();
    act(() => double.release());
    await waitFor(() => expect(double.calls).toHaveLength(1));
  });

  it('sends one request and reports one outcome for two submits in the same tick', async () => {
    const onStepChange = vi.fn();
    const { user, double } = renderWithDouble(<PasswordStep onStepChange={onStepChange} />);
    await user.type(email(), 'mfa@example.com');
    await user.type(password(), DOUBLE_PASSWORD);
    const form = screen.getByRole('form') as HTMLFormElement;
    act(() => {
      form.requestSubmit();
      form.requestSubmit();
    });
    await waitFor(() => expect(onStepChange).toHaveBeenCalledWith('second_factor'));
    expect(double.calls).toHaveLength(1);
    expect(onStepChange).toHaveBeenCalledTimes(1);
  });

  it('says "try again later" when it cannot read the lockout wait, rather than calling the lock permanent', async () => {
    const { user } = renderWithDouble(<PasswordStep />, (d) => d.failNext('locked_unknown_wait'));
    await user.type(email(), 'mfa@example.com');
    await user.type(password(), DOUBLE_PASSWORD);
    await user.click(submit());
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Your account is locked after too many failed attempts. Try again later.'));
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });

  it('is never submitted natively, so a password cannot reach a URL', () => {
    renderWithDouble(<PasswordStep />);
    expect(screen.getByRole('form')).toHaveAttribute('method', 'post');
  });
});
