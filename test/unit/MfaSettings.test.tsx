import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UserSourceProvider } from '../../src/clerk/userSource.js';
import { MfaSettings, type MfaSettingsProps } from '../../src/mfa/MfaSettings.js';
import { createUserDouble, DOUBLE_BACKUP_CODES, DOUBLE_PASSWORD, DOUBLE_REGENERATED_CODES, DOUBLE_SETUP_CODE, type UserDoubleOptions } from '../doubles/userDouble.js';
import { expectNoAxeViolations } from './axe.js';

function renderSettings(props: MfaSettingsProps = {}, options: UserDoubleOptions = {}) {
  const double = createUserDouble(options);
  const user = userEvent.setup();
  const view = render(
    <UserSourceProvider value={double.source}>
      <MfaSettings {...props} />
    </UserSourceProvider>,
    { reactStrictMode: true },
  );
  return { double, user, ...view };
}

const method = (name: RegExp) => screen.getAllByRole('listitem').find((item) => name.test(item.textContent ?? ''))!;

describe('MfaSettings', () => {
  it('shows what protects the account, each method with its state and the one thing to do about it', async () => {
    const { container } = renderSettings();
    expect(screen.getByRole('region', { name: 'Two-step verification' })).toBeInTheDocument();
    expect(method(/Authenticator app/)).toHaveTextContent('Off');
    expect(within(method(/Authenticator app/)).getByRole('button', { name: 'Add an authenticator app' })).toBeInTheDocument();
    // No backup codes without a method they stand in for.
    expect(method(/Backup codes/)).toHaveTextContent('Add an authenticator app or a phone number first');
    expect(within(method(/Backup codes/)).queryByRole('button')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('adds an authenticator in place, shows the backup codes once, then shows it on', async () => {
    const onChange = vi.fn();
    const { user, double } = renderSettings({ onChange });
    await user.click(screen.getByRole('button', { name: 'Add an authenticator app' }));
    // The button pressed is gone: the setup card takes focus rather than the page.
    expect(screen.getByRole('region', { name: 'Add an authenticator app' })).toHaveFocus();
    await user.type(await screen.findByLabelText('Code from the app'), DOUBLE_SETUP_CODE);
    expect(within(await screen.findByRole('list')).getAllByRole('listitem').map((item) => item.textContent)).toEqual(DOUBLE_BACKUP_CODES);
    await user.click(screen.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('region', { name: 'Two-step verification' })).toHaveFocus();
    expect(method(/Authenticator app/)).toHaveTextContent('On');
    expect(method(/Backup codes/)).toHaveTextContent('On');
    expect(onChange).toHaveBeenCalledWith({ change: 'authenticator_added', backupCodes: true });
    expect(double.calls).toEqual(['createTOTP', 'verifyTOTP']);
  });

  it('cancelling the setup keeps the account as it was and says nothing changed', async () => {
    const { user } = renderSettings();
    await user.click(screen.getByRole('button', { name: 'Add an authenticator app' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Nothing was changed.');
    expect(method(/Authenticator app/)).toHaveTextContent('Off');
  });

  it('removes the authenticator after confirming it is the owner: a wrong code is named and cleared, the right one retries the removal once', async () => {
    const onChange = vi.fn();
    const onError = vi.fn();
    const { user, double, container } = renderSettings({ onChange, onError }, { totpEnabled: true, reverification: true });
    await user.click(screen.getByRole('button', { name: 'Remove the authenticator app' }));
    const confirm = screen.getByRole('group', { name: /Remove the authenticator app\? Signing in will no longer accept its codes/ });
    expect(confirm).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));

    const reverify = await screen.findByRole('region', { name: 'Confirm it is you' });
    const code = await within(reverify).findByLabelText('Authenticator code');
    await waitFor(() => expect(code).toHaveFocus());
    await expectNoAxeViolations(container);
    await user.type(code, '000000');
    await waitFor(() => expect(code).toHaveAccessibleDescription(/That authenticator code is incorrect/));
    expect(code).toHaveValue('');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'form_code_incorrect' }));

    await user.type(code, DOUBLE_SETUP_CODE);
    expect(await screen.findByRole('status')).toHaveTextContent('The authenticator app was removed.');
    expect(method(/Authenticator app/)).toHaveTextContent('Off');
    expect(onChange).toHaveBeenCalledWith({ change: 'authenticator_removed' });
    expect(double.calls).toEqual(['disableTOTP', 'startVerification:second_factor', 'attemptSecondFactorVerification', 'attemptSecondFactorVerification', 'touch', 'disableTOTP']);
  });

  it('asks for the password where the account has no second factor to confirm with', async () => {
    const { user, double } = renderSettings({}, { smsNumbers: ['+15555550123'], reverification: true });
    // The number keeps its plus in front in right-to-left text too.
    for (const number of screen.getAllByText('+15555550123')) expect(number).toHaveAttribute('dir', 'ltr');
    await user.click(screen.getByRole('button', { name: 'Stop sending codes to +15555550123' }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    const password = await screen.findByLabelText('Password');
    await user.type(password, 'wrong password{Enter}');
    await waitFor(() => expect(password).toHaveAccessibleDescription(/That password is incorrect/));
    expect(password).toHaveValue('');
    await user.type(password, `${DOUBLE_PASSWORD}{Enter}`);
    expect(await screen.findByRole('status')).toHaveTextContent('Sign-in codes are no longer sent to +15555550123.');
    expect(screen.queryByText(/Text message to/)).not.toBeInTheDocument();
    expect(double.calls.at(-1)).toBe('setReservedForSecondFactor:+15555550123:false');
  });

  it('gives the change up when the person cancels the confirmation, and sends it no second time', async () => {
    const onError = vi.fn();
    const { user, double } = renderSettings({ onError }, { totpEnabled: true, reverification: true });
    await user.click(screen.getByRole('button', { name: 'Remove the authenticator app' }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await user.click(await within(await screen.findByRole('region', { name: 'Confirm it is you' })).findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Nothing was changed.');
    expect(method(/Authenticator app/)).toHaveTextContent('On');
    expect(onError).not.toHaveBeenCalled();
    expect(double.calls.filter((call) => call === 'disableTOTP')).toHaveLength(1);
  });

  it('creates new backup codes after saying the old ones stop working, and shows the new ones once', async () => {
    const onChange = vi.fn();
    const { user } = renderSettings({ onChange }, { totpEnabled: true });
    await user.click(screen.getByRole('button', { name: 'Create new backup codes' }));
    expect(screen.getByRole('group')).toHaveTextContent('The ones you have now stop working at once.');
    await user.click(screen.getByRole('button', { name: 'Create new codes' }));
    expect(within(await screen.findByRole('list')).getAllByRole('listitem').map((item) => item.textContent)).toEqual(DOUBLE_REGENERATED_CODES);
    expect(onChange).toHaveBeenCalledWith({ change: 'backup_codes_regenerated' });
  });

  it('sends one removal however often the button is pressed while it is out', async () => {
    const { user, double } = renderSettings({}, { totpEnabled: true });
    await user.click(screen.getByRole('button', { name: 'Remove the authenticator app' }));
    double.hold();
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await user.click(screen.getByRole('button', { name: 'Saving…' }));
    await user.keyboard('{Enter}');
    double.release();
    expect(await screen.findByRole('status')).toHaveTextContent('The authenticator app was removed.');
    expect(double.calls.filter((call) => call === 'disableTOTP')).toHaveLength(1);
  });

  it('says what failed and stays usable when the removal cannot reach Clerk', async () => {
    const onError = vi.fn();
    const { user, double } = renderSettings({ onError }, { totpEnabled: true });
    const disable = double.source.user!.disableTOTP;
    double.source.user!.disableTOTP = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockImplementation(disable);
    await user.click(screen.getByRole('button', { name: 'Remove the authenticator app' }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not reach the sign-in service.');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'network_error' }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The authenticator app was removed.');
  });

  it('says so while Clerk loads and when no one is signed in', () => {
    const loading = render(
      <UserSourceProvider value={{ isLoaded: false, user: undefined }}>
        <MfaSettings />
      </UserSourceProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading your settings…');
    loading.unmount();
    render(
      <UserSourceProvider value={{ isLoaded: true, user: null }}>
        <MfaSettings />
      </UserSourceProvider>,
    );
    expect(screen.getByText('Sign in to manage two-step verification.')).toBeInTheDocument();
  });
});
