import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SecondFactorStep } from '../../src/steps/SecondFactorStep.js';
import { DOUBLE_SMS_CODE, DOUBLE_TOTP, type SignInDouble } from '../doubles/signInDouble.js';
import { expectNoAxeViolations } from './axe.js';
import { renderWithDouble } from './renderWithDouble.js';

const atSecondFactor = (email = 'mfa@example.com') => (double: SignInDouble) => double.startAt('needs_second_factor', email);
const code = () => screen.getByRole('textbox');
const verify = () => screen.getByRole('button', { name: /verify/i });
const backupToggle = () => screen.getByRole('checkbox', { name: 'Use a backup code' });

describe('SecondFactorStep', () => {
  describe('given an authenticator code', () => {
    it('focuses one labelled numeric one-time-code field behind six slots', async () => {
      const { container } = renderWithDouble(<SecondFactorStep />, atSecondFactor());
      expect(code()).toHaveAccessibleName('Authenticator code');
      // react-hook-form moves focus on the next task.
      await waitFor(() => expect(code()).toHaveFocus());
      expect(code()).toHaveAttribute('autocomplete', 'one-time-code');
      expect(code()).toHaveAttribute('inputmode', 'numeric');
      expect(code()).toHaveAttribute('type', 'text');
      expect(code()).toHaveAccessibleDescription('Enter the 6-digit code from your authenticator app.');
      expect(container.querySelectorAll('[data-part="code-slot"]')).toHaveLength(6);
      expect(screen.getAllByRole('textbox')).toHaveLength(1);
      expect(backupToggle()).not.toBeChecked();
      await expectNoAxeViolations(container);
    });

    it('paints each digit in its slot', async () => {
      const { user, container } = renderWithDouble(<SecondFactorStep />, atSecondFactor());
      await user.type(code(), '12');
      const slots = [...container.querySelectorAll('[data-part="code-slot"]')].map((slot) => slot.textContent);
      expect(slots).toEqual(['1', '2', '', '', '', '']);
    });

    it('submits by itself on the sixth digit, with spaces and dashes stripped', async () => {
      const { user, double } = renderWithDouble(<SecondFactorStep />, atSecondFactor());
      await user.type(code(), '123 4-56');
      await waitFor(() => expect(double.calls).toEqual([{ method: 'mfa.verifyTOTP', params: { code: DOUBLE_TOTP } }]));
    });

    it('takes a pasted code with separators', async () => {
      const { user, double } = renderWithDouble(<SecondFactorStep />, atSecondFactor());
      await user.click(code());
      await user.paste('123-456');
      await waitFor(() => expect(double.calls).toEqual([{ method: 'mfa.verifyTOTP', params: { code: DOUBLE_TOTP } }]));
    });

    it('refuses a code that is not six digits without sending it', async () => {
      const { user, double } = renderWithDouble(<SecondFactorStep />, atSecondFactor());
      await user.type(code(), '12345{Enter}');
      expect(code()).toHaveAccessibleDescription(/The authenticator code is 6 digits\./);
      expect(code()).toHaveAttribute('aria-invalid', 'true');
      expect(double.calls).toEqual([]);
    });

    it('empties the field after a wrong code and names the kind of code', async () => {
      const { user, container } = renderWithDouble(<SecondFactorStep />, atSecondFactor());
      await user.type(code(), '000000');
      await waitFor(() => expect(code()).toHaveAccessibleDescription(/That authenticator code is incorrect/));
      expect(code()).toHaveValue('');
      expect(code()).toHaveFocus();
      await expectNoAxeViolations(container);
    });
  });

  describe('given the backup-code toggle', () => {
    it('switches the field to backup-code rules and keeps focus on it', async () => {
      const { user, container } = renderWithDouble(<SecondFactorStep />, atSecondFactor());
      await user.click(backupToggle());
      expect(backupToggle()).toBeChecked();
      expect(code()).toHaveAccessibleName('Backup code');
      await waitFor(() => expect(code()).toHaveFocus());
      expect(code()).not.toHaveAttribute('autocomplete', 'one-time-code');
      expect(code()).toHaveAttribute('autocapitalize', 'none');
      expect(code()).toHaveAttribute('spellcheck', 'false');
      expect(code()).not.toHaveAttribute('inputmode', 'numeric');
      expect(container.querySelectorAll('[data-part="code-slot"]')).toHaveLength(0);
      await expectNoAxeViolations(container);
    });

    it('works from the keyboard alone', async () => {
      const { user } = renderWithDouble(<SecondFactorStep />, atSecondFactor());
      await waitFor(() => expect(code()).toHaveFocus());
      await user.tab();
      expect(backupToggle()).toHaveFocus();
      await user.keyboard(' ');
      expect(backupToggle()).toBeChecked();
      await waitFor(() => expect(code()).toHaveFocus());
      await user.keyboard('a1b2c3d4{Enter}');
      await waitFor(() => expect(screen.getByRole('form')).toHaveAttribute('data-status', 'idle'));
    });

    it('clears a stale form-level error when switching', async () => {
      const { user } = renderWithDouble(<SecondFactorStep />, (d) => {
        atSecondFactor()(d);
        d.failNext('network');
      });
      await user.type(code(), '123456');
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/could not reach/));
      await user.click(backupToggle());
      expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    });

    it('clears a stale error when switching', async () => {
      const { user } = renderWithDouble(<SecondFactorStep />, atSecondFactor());
      await user.type(code(), '000000');
      await waitFor(() => expect(code()).toHaveAttribute('aria-invalid', 'true'));
      await user.click(backupToggle());
      expect(code()).not.toHaveAttribute('aria-invalid');
      expect(code()).toHaveAccessibleDescription(/Enter one of the backup codes/);
    });

    it('verifies with verifyBackupCode and names a rejected code as a backup code', async () => {
      const { user, double } = renderWithDouble(<SecondFactorStep />, atSecondFactor());
      await user.click(backupToggle());
      await user.type(code(), 'zzzz-9999{Enter}');
      await waitFor(() => expect(code()).toHaveAccessibleDescription(/That backup code is incorrect or has already been used\./));
      // Kept, selected, for correcting the slip that usually causes it.
      expect(code()).toHaveValue('zzzz-9999');
      expect(code()).toHaveFocus();
      expect(double.calls).toEqual([{ method: 'mfa.verifyBackupCode', params: { code: 'zzzz9999' } }]);
    });
  });

  describe('given an SMS code', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('sends one SMS when shown, even in strict mode, and names the masked number', async () => {
      const { double } = renderWithDouble(<SecondFactorStep />, atSecondFactor('sms@example.com'), { strictMode: true });
      expect(code()).toHaveAccessibleName('SMS code');
      expect(code()).toHaveAccessibleDescription('Enter the 6-digit code we sent by SMS to +1********77.');
      await waitFor(() => expect(double.calls).toEqual([{ method: 'mfa.sendPhoneCode', params: undefined }]));
      expect(code()).toHaveAttribute('autocomplete', 'one-time-code');
    });

    it('verifies with verifyPhoneCode and names a wrong SMS code', async () => {
      const { user, double } = renderWithDouble(<SecondFactorStep />, atSecondFactor('sms@example.com'));
      await waitFor(() => expect(double.calls).toHaveLength(1));
      await user.type(code(), '000000');
      await waitFor(() => expect(code()).toHaveAccessibleDescription(/That SMS code is incorrect/));
      await user.type(code(), DOUBLE_SMS_CODE);
      await waitFor(() => expect(double.calls.at(-1)).toEqual({ method: 'mfa.verifyPhoneCode', params: { code: DOUBLE_SMS_CODE } }));
    });

    it('offers a new code after a 30 second countdown', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const { user, double } = renderWithDouble(<SecondFactorStep />, atSecondFactor('sms@example.com'), { advanceTimers: vi.advanceTimersByTime });
      // The name stays put while the countdown ticks beside it, as its description.
      const resend = await screen.findByRole('button', { name: 'Send a new code' });
      expect(resend).toHaveAttribute('aria-disabled', 'true');
      expect(resend).toHaveAccessibleDescription('Available in 30 s');
      act(() => vi.advanceTimersByTime(12_000));
      expect(resend).toHaveAccessibleDescription('Available in 18 s');
      expect(resend).toHaveAttribute('aria-disabled', 'true');
      act(() => vi.advanceTimersByTime(18_000));
      expect(resend).not.toHaveAttribute('aria-disabled');
      expect(resend).not.toHaveAccessibleDescription();
      await user.click(resend);
      await waitFor(() => expect(double.calls.filter((call) => call.method === 'mfa.sendPhoneCode')).toHaveLength(2));
      await waitFor(() => expect(resend).toHaveAccessibleDescription('Available in 30 s'));
      expect(resend).toHaveAttribute('aria-disabled', 'true');
      expect(screen.getByRole('status')).toHaveTextContent('A new code is on its way.');
    });
  });

  describe('given several factors', () => {
    it('lists the other methods and switches to the chosen one, focusing its field', async () => {
      const { user, double, container } = renderWithDouble(<SecondFactorStep />, atSecondFactor());
      const more = screen.getByRole('button', { name: 'Use another method' });
      expect(more).toHaveAttribute('aria-expanded', 'false');
      await user.click(more);
      expect(more).toHaveAttribute('aria-expanded', 'true');
      const list = screen.getByRole('list', { name: 'Other ways to verify' });
      expect(list).toHaveTextContent('SMS code to +1********55');
      await expectNoAxeViolations(container);
      await user.click(screen.getByRole('button', { name: 'SMS code to +1********55' }));
      expect(code()).toHaveAccessibleName('SMS code');
      await waitFor(() => expect(code()).toHaveFocus());
      await waitFor(() => expect(double.calls).toEqual([{ method: 'mfa.sendPhoneCode', params: undefined }]));
    });

    it('opens on the authenticator even when Clerk lists backup codes first', () => {
      renderWithDouble(<SecondFactorStep />, atSecondFactor());
      expect(code()).toHaveAccessibleName('Authenticator code');
    });
  });

  it('offers no toggle when the account has only an authenticator', () => {
    renderWithDouble(<SecondFactorStep />, atSecondFactor('totp@example.com'));
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Use another method' })).not.toBeInTheDocument();
  });

  it('reports a wrong code through onError and completion through onComplete', async () => {
    const onError = vi.fn();
    const onComplete = vi.fn();
    const { user } = renderWithDouble(<SecondFactorStep onError={onError} onComplete={onComplete} />, atSecondFactor());
    await user.type(code(), '000000');
    await waitFor(() =>
      expect(onError).toHaveBeenCalledWith({
        code: 'form_code_incorrect',
        message: 'That authenticator code is incorrect. Enter the current code from your app.',
        field: 'code',
        step: 'second_factor',
      }),
    );
    await user.type(code(), DOUBLE_TOTP);
    await waitFor(() => expect(onComplete).toHaveBeenCalledWith({ sessionId: 'sess_double' }));
  });

  it('is busy and sends one request however often it is submitted', async () => {
    const { user, double, container } = renderWithDouble(<SecondFactorStep />, (d) => {
      atSecondFactor()(d);
      d.hold();
    });
    await user.type(code(), DOUBLE_TOTP);
    await waitFor(() => expect(verify()).toHaveAttribute('aria-disabled', 'true'));
    expect(screen.getByRole('form')).toHaveAttribute('aria-busy', 'true');
    expect(backupToggle()).toBeDisabled();
    await user.keyboard('{Enter}');
    await expectNoAxeViolations(container);
    act(() => double.release());
    await waitFor(() => expect(double.calls).toHaveLength(1));
  });
});

describe('SecondFactorStep, under pressure', () => {
  it('cannot step around a rate limit by choosing another method', async () => {
    const { user, double } = renderWithDouble(<SecondFactorStep />, (d) => {
      d.startAt('needs_second_factor', 'mfa@example.com');
      d.failNext('rate_limit', { retryAfter: 600 });
    });
    await user.type(code(), '000000');
    await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('You can try again in 10 minutes.'));
    expect(screen.getByRole('button', { name: 'Use another method' })).toBeDisabled();
    expect(backupToggle()).toBeDisabled();
    expect(verify()).toHaveAttribute('aria-disabled', 'true');
    expect(double.calls.map((call) => call.method)).toEqual(['mfa.verifyTOTP']);
  });

  it('retires "that code is incorrect" on the next keystroke without judging a half-typed code', async () => {
    const { user } = renderWithDouble(<SecondFactorStep />, (d) => d.startAt('needs_second_factor'));
    await user.type(code(), '000000');
    await waitFor(() => expect(code()).toHaveAttribute('aria-invalid', 'true'));
    await user.type(code(), '1');
    expect(code()).not.toHaveAttribute('aria-invalid');
    expect(code()).toHaveAccessibleDescription('Enter the 6-digit code from your authenticator app.');
  });

  it('reports one completion when the sixth digit and Enter arrive together', async () => {
    const onComplete = vi.fn();
    const { user, double } = renderWithDouble(<SecondFactorStep onComplete={onComplete} />, (d) => d.startAt('needs_second_factor'));
    await user.type(code(), `${DOUBLE_TOTP}{Enter}`);
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    expect(double.calls).toHaveLength(1);
  });
});

describe('SecondFactorStep, when the SMS never left', () => {
  it('says so and offers to send again at once instead of counting down', async () => {
    const { double } = renderWithDouble(<SecondFactorStep />, (d) => {
      d.startAt('needs_second_factor', 'sms@example.com');
      d.failNextCallOf('mfa.sendPhoneCode', 'dropped');
    });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/could not reach the sign-in service/));
    expect(screen.getByRole('button', { name: 'Send a new code' })).not.toHaveAttribute('aria-disabled');
    expect(double.calls).toEqual([{ method: 'mfa.sendPhoneCode', params: undefined }]);
  });
});
