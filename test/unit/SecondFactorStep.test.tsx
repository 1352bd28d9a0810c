import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SecondFactorStep } from '../../src/SecondFactorStep.js';
import { DOUBLE_TOTP } from '../doubles/signInDouble.js';
import { expectNoAxeViolations } from './axe.js';
import { renderWithDouble } from './renderWithDouble.js';

const atSecondFactor = (email = 'mfa@example.com') => (double: { startAt: (s: 'needs_second_factor', e?: string) => void }) =>
  double.startAt('needs_second_factor', email);
const code = () => screen.getByRole('textbox');
const verify = () => screen.getByRole('button', { name: /verify/i });
const backupToggle = () => screen.getByRole('checkbox', { name: 'Use a backup code' });

describe('SecondFactorStep', () => {
  describe('given an authenticator code', () => {
    it('focuses a numeric one-time-code field', async () => {
      const { container } = renderWithDouble(<SecondFactorStep />, atSecondFactor());
      expect(code()).toHaveAccessibleName('Authenticator code');
      // react-hook-form moves focus on the next task.
      await waitFor(() => expect(code()).toHaveFocus());
      expect(code()).toHaveAttribute('autocomplete', 'one-time-code');
      expect(code()).toHaveAttribute('inputmode', 'numeric');
      expect(code()).toHaveAttribute('type', 'text');
      expect(code()).toHaveAccessibleDescription('Enter the 6-digit code from your authenticator app.');
      expect(backupToggle()).not.toBeChecked();
      await expectNoAxeViolations(container);
    });

    it('strips spaces and dashes before verifying', async () => {
      const { user, double } = renderWithDouble(<SecondFactorStep />, atSecondFactor());
      await user.type(code(), '123 4-56{Enter}');
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
      await user.type(code(), '000000{Enter}');
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
      expect(code()).toHaveFocus();
      expect(code()).not.toHaveAttribute('autocomplete', 'one-time-code');
      expect(code()).toHaveAttribute('autocapitalize', 'none');
      expect(code()).toHaveAttribute('spellcheck', 'false');
      expect(code()).not.toHaveAttribute('inputmode', 'numeric');
      await expectNoAxeViolations(container);
    });

    it('works from the keyboard alone', async () => {
      const { user } = renderWithDouble(<SecondFactorStep />, atSecondFactor());
      await user.tab();
      expect(backupToggle()).toHaveFocus();
      await user.keyboard(' ');
      expect(backupToggle()).toBeChecked();
      expect(code()).toHaveFocus();
    });

    it('clears a stale error when switching', async () => {
      const { user } = renderWithDouble(<SecondFactorStep />, atSecondFactor());
      await user.type(code(), '000000{Enter}');
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
      expect(code()).toHaveValue('');
      expect(double.calls).toEqual([{ method: 'mfa.verifyBackupCode', params: { code: 'zzzz9999' } }]);
    });
  });

  it('offers no toggle when the account has only an authenticator', () => {
    renderWithDouble(<SecondFactorStep />, atSecondFactor('totp@example.com'));
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('is busy and sends one request however often it is submitted', async () => {
    const { user, double, container } = renderWithDouble(<SecondFactorStep />, (d) => {
      atSecondFactor()(d);
      d.hold();
    });
    await user.type(code(), `${DOUBLE_TOTP}{Enter}`);
    await waitFor(() => expect(verify()).toBeDisabled());
    expect(screen.getByRole('form')).toHaveAttribute('aria-busy', 'true');
    expect(backupToggle()).toBeDisabled();
    await user.keyboard('{Enter}');
    await expectNoAxeViolations(container);
    act(() => double.release());
    await waitFor(() => expect(double.calls).toHaveLength(1));
  });
});
