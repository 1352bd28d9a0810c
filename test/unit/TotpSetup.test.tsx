import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserSourceProvider } from '../../src/clerk/userSource.js';
import { TotpSetup, type TotpSetupProps } from '../../src/mfa/TotpSetup.js';
import { createUserDouble, DOUBLE_BACKUP_CODES, DOUBLE_SETUP_CODE, DOUBLE_TOTP_SECRET, type UserDoubleOptions } from '../doubles/userDouble.js';
import { expectNoAxeViolations } from './axe.js';

function renderSetup(props: TotpSetupProps = {}, options: UserDoubleOptions & { strictMode?: boolean } = {}) {
  const double = createUserDouble(options);
  const user = userEvent.setup();
  const view = render(
    <UserSourceProvider value={double.source}>
      <TotpSetup {...props} />
    </UserSourceProvider>,
    { reactStrictMode: options.strictMode ?? false },
  );
  return { double, user, ...view };
}

/** Every attribute of every element: the secret must be in none of them. */
const attributesHolding = (container: Element, secret: string) =>
  [...container.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((attribute) => attribute.value.includes(secret)).map((attribute) => `${element.tagName}[${attribute.name}]`));

afterEach(() => vi.restoreAllMocks());

describe('TotpSetup', () => {
  it('prepares one authenticator, shows its QR code and its key in fours, and keeps the key out of every attribute', async () => {
    const { double, container } = renderSetup({}, { strictMode: true });
    expect(screen.getByRole('status')).toHaveTextContent('Preparing your authenticator…');
    expect(await screen.findByRole('img', { name: 'QR code that adds enrol@example.com to an authenticator app' })).toBeInTheDocument();
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open in an authenticator app on this device' })).toBeInTheDocument();
    expect(double.calls).toEqual(['createTOTP']);
    expect(attributesHolding(container, DOUBLE_TOTP_SECRET)).toEqual([]);
    expect(attributesHolding(container, 'otpauth:')).toEqual([]);
    await expectNoAxeViolations(container);
  });

  it('copies the whole key and says so', async () => {
    const { user } = renderSetup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(await screen.findByRole('button', { name: 'Copy key' }));
    expect(writeText).toHaveBeenCalledWith(DOUBLE_TOTP_SECRET);
    expect(await screen.findByText('Copied')).toBeInTheDocument();
  });

  it('refuses a wrong code on the field, then shows the backup codes once the right one is in, and goes on only once they are saved', async () => {
    const onComplete = vi.fn();
    const onError = vi.fn();
    const { user, double, container } = renderSetup({ onComplete, onError });
    const code = await screen.findByLabelText('Code from the app');
    await user.type(code, '000000');
    await waitFor(() => expect(code).toHaveAccessibleDescription(/That authenticator code is incorrect/));
    expect(code).toHaveValue('');
    expect(onError).toHaveBeenCalledWith({ code: 'form_code_incorrect', message: expect.stringMatching(/incorrect/) });

    await user.type(code, DOUBLE_SETUP_CODE);
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(DOUBLE_BACKUP_CODES);
    expect(screen.getByRole('region', { name: 'Save your backup codes' })).toHaveFocus();
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onComplete).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('I have saved these codes somewhere safe');
    await user.click(screen.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onComplete).toHaveBeenCalledWith({ backupCodes: true });
    expect(screen.getByRole('heading', { name: 'Authenticator app added' })).toBeInTheDocument();
    expect(screen.queryByText(DOUBLE_BACKUP_CODES[0]!)).not.toBeInTheDocument();
    expect(double.calls).toEqual(['createTOTP', 'verifyTOTP', 'verifyTOTP']);
  });

  it('sends one check however the code is submitted: the sixth digit, then Enter', async () => {
    const { user, double } = renderSetup({}, { hasSecondFactor: true });
    const code = await screen.findByLabelText('Code from the app');
    double.hold();
    await user.type(code, `${DOUBLE_SETUP_CODE}{Enter}`);
    await user.click(screen.getByRole('button', { name: 'Checking…' }));
    double.release();
    expect(await screen.findByRole('heading', { name: 'Authenticator app added' })).toBeInTheDocument();
    expect(double.calls.filter((call) => call === 'verifyTOTP')).toHaveLength(1);
  });

  it('finishes without backup codes for an account that already has a second factor', async () => {
    const onComplete = vi.fn();
    const { user } = renderSetup({ onComplete }, { hasSecondFactor: true });
    await user.type(await screen.findByLabelText('Code from the app'), DOUBLE_SETUP_CODE);
    expect(await screen.findByRole('status')).toHaveTextContent('From now on, signing in asks for a code from the app.');
    expect(onComplete).toHaveBeenCalledWith({ backupCodes: false });
  });

  it('says so when the authenticator cannot be prepared, and tries again on request', async () => {
    const onError = vi.fn();
    const { user, double } = renderSetup({ onError }, { failCreate: 'network' });
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not reach the sign-in service.');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'network_error' }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('img', { name: /QR code/ })).toBeInTheDocument();
    expect(double.calls).toEqual(['createTOTP', 'createTOTP']);
  });

  it('lets the person cancel before confirming', async () => {
    const onCancel = vi.fn();
    const { user } = renderSetup({ onCancel });
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('downloads the codes as a text file through a blob URL it revokes at once', async () => {
    const { user } = renderSetup();
    const blobs: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:codes';
    });
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.type(await screen.findByLabelText('Code from the app'), DOUBLE_SETUP_CODE);
    await user.click(await screen.findByRole('button', { name: 'Download' }));
    expect(revoke).toHaveBeenCalledWith('blob:codes');
    const text = await blobs[0]!.text();
    expect(text.split('\n').slice(0, 3)).toEqual(['Backup codes for enrol@example.com. Each code works once.', '', DOUBLE_BACKUP_CODES[0]]);
  });
});
