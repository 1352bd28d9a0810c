import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UserSourceProvider } from '../../src/clerk/userSource.js';
import { SmsMfaSetup, type SmsMfaSetupProps } from '../../src/mfa/SmsMfaSetup.js';
import { createUserDouble, DOUBLE_BACKUP_CODES, DOUBLE_SMS_CODE, DOUBLE_TAKEN_NUMBER, type UserDoubleOptions } from '../doubles/userDouble.js';
import { expectNoAxeViolations } from './axe.js';

function renderSetup(props: SmsMfaSetupProps = {}, options: UserDoubleOptions = {}) {
  const double = createUserDouble(options);
  const user = userEvent.setup();
  const view = render(
    <UserSourceProvider value={double.source}>
      <SmsMfaSetup defaultCountry="US" {...props} />
    </UserSourceProvider>,
    { reactStrictMode: true },
  );
  return { double, user, ...view };
}

describe('SmsMfaSetup', () => {
  it('adds a new number: checks it in the chosen country, sends it in E.164, confirms the texted code, then shows the backup codes once', async () => {
    const onComplete = vi.fn();
    const { user, double, container } = renderSetup({ onComplete });
    const phone = await screen.findByLabelText('Phone number');
    expect(screen.getByRole('combobox', { name: 'Country or region' })).toHaveDisplayValue('United States (+1)');
    await waitFor(() => expect(phone).toHaveFocus());
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(phone).toHaveAccessibleDescription(/^Enter your phone number\./);
    await user.type(phone, '555 1234{Enter}');
    expect(phone).toHaveAccessibleDescription(/^That is not a phone number in United States\./);
    expect(phone).toHaveValue('555 1234');
    expect(double.calls).toEqual([]);

    await user.clear(phone);
    await user.type(phone, '(201) 555-0123{Enter}');
    const code = await screen.findByLabelText('SMS code');
    expect(code).toHaveAccessibleDescription(/Enter the 6-digit code we sent to \+12015550123\./);
    await user.type(code, '000000');
    await waitFor(() => expect(code).toHaveAccessibleDescription(/That SMS code is incorrect/));
    expect(code).toHaveValue('');
    await user.type(code, DOUBLE_SMS_CODE);

    expect(within(await screen.findByRole('list')).getAllByRole('listitem').map((item) => item.textContent)).toEqual(DOUBLE_BACKUP_CODES);
    await user.click(screen.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Signing in can now send a code to +12015550123.');
    expect(onComplete).toHaveBeenCalledWith({ phoneNumberId: 'phone_1', backupCodes: true, isDefault: true });
    expect(double.calls).toEqual([
      'createPhoneNumber:+12015550123',
      'prepareVerification:+12015550123',
      'attemptVerification:+12015550123',
      'attemptVerification:+12015550123',
      'setReservedForSecondFactor:+12015550123:true',
    ]);
  });

  it('reads a number typed with its country code whatever country is chosen', async () => {
    const { user, double } = renderSetup();
    await user.type(await screen.findByLabelText('Phone number'), '+44 7400 123456{Enter}');
    await screen.findByLabelText('SMS code');
    expect(double.calls[0]).toBe('createPhoneNumber:+447400123456');
  });

  it('says so on the field when the number belongs to another account, keeping what was typed', async () => {
    const onError = vi.fn();
    const { user } = renderSetup({ onError });
    const phone = await screen.findByLabelText('Phone number');
    await user.type(phone, '201 555 0199{Enter}');
    await waitFor(() => expect(phone).toHaveAccessibleDescription(/^That number belongs to another account\./));
    expect(phone).toHaveValue('201 555 0199');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'form_identifier_exists' }));
    expect(DOUBLE_TAKEN_NUMBER).toBe('+12015550199');
  });

  it('offers a verified number the account has, and makes it the default when asked', async () => {
    const onComplete = vi.fn();
    const { user, double } = renderSetup({ onComplete }, { smsNumbers: ['+12015550100'], verifiedNumbers: ['+12015550111'], totpEnabled: true });
    const choice = await screen.findByRole('radio', { name: '+12015550111' });
    expect(choice).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Add a new number' })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Send codes here first when I sign in' }));
    await user.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Signing in can now send a code to +12015550111.');
    expect(onComplete).toHaveBeenCalledWith({ phoneNumberId: 'phone_2', backupCodes: false, isDefault: true });
    expect(double.calls).toEqual(['setReservedForSecondFactor:+12015550111:true', 'makeDefaultSecondFactor:+12015550111']);
  });

  it('lets the person send a new code only after the countdown, and go back to another number', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { user, double } = renderSetup();
      await user.type(await screen.findByLabelText('Phone number'), '201 555 0123{Enter}');
      await screen.findByLabelText('SMS code');
      const resend = screen.getByRole('button', { name: 'Send a new code' });
      expect(resend).toHaveAttribute('aria-disabled', 'true');
      // The wait is the button's description, not part of its name.
      expect(resend).toHaveAccessibleDescription('Available in 30 s');
      await user.click(resend);
      expect(double.calls.filter((call) => call.startsWith('prepareVerification'))).toHaveLength(1);
      vi.advanceTimersByTime(31_000);
      await waitFor(() => expect(resend).not.toHaveAttribute('aria-disabled'));
      await user.click(resend);
      await waitFor(() => expect(double.calls.filter((call) => call.startsWith('prepareVerification'))).toHaveLength(2));
      expect(await screen.findByText('A new code is on its way.')).toHaveAttribute('role', 'status');
      await user.click(screen.getByRole('button', { name: 'Use a different number' }));
      expect(await screen.findByLabelText('Phone number')).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends one number however the form is submitted while the request is out', async () => {
    const { user, double } = renderSetup();
    const phone = await screen.findByLabelText('Phone number');
    await user.type(phone, '201 555 0123');
    double.hold();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Sending…' }));
    double.release();
    await screen.findByLabelText('SMS code');
    expect(double.calls.filter((call) => call.startsWith('createPhoneNumber'))).toHaveLength(1);
  });
});
