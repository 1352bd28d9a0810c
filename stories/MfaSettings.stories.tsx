import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MfaSettings } from '../src/mfa/MfaSettings.js';
import { DOUBLE_REGENERATED_CODES, DOUBLE_SETUP_CODE } from '../test/doubles/userDouble.js';

const PHONE = '+15555550123';

const meta = {
  title: 'MFA/MfaSettings',
  component: MfaSettings,
  tags: ['autodocs'],
  args: { onChange: fn(), onError: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'What protects the signed-in account after its password: the authenticator app, each number that receives codes by text ' +
          'message and backup codes, each with its state (On or Off) and the one thing to do about it. Adding an authenticator opens ' +
          '`<TotpSetup>` in place. Removing a method (`user.disableTOTP()`, `phoneNumber.setReservedForSecondFactor({ reserved: false })`) ' +
          'and new backup codes (`user.createBackupCode()`, shown once) are confirmed first; where Clerk refuses with ' +
          '`session_reverification_required`, the card asks in place for the authenticator code (or the password, for an account ' +
          'without one) through Clerk’s `useReverification`, then retries the change once. Cancel gives the change up and says ' +
          'nothing changed; after any change, focus returns to the card and a status line says what happened.',
      },
    },
  },
} satisfies Meta<typeof MfaSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The list item of a method, found by its name. */
const method = (canvasElement: HTMLElement, name: RegExp) => {
  const item = within(canvasElement)
    .getAllByRole('listitem')
    .find((candidate) => name.test(candidate.textContent ?? ''));
  if (!item) throw new Error(`no method matching ${name}`);
  return item;
};

/** Presses "Remove the authenticator app", then "Remove" in the confirmation. */
const removeAuthenticator = async (canvasElement: HTMLElement) => {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByRole('button', { name: 'Remove the authenticator app' }));
  const confirm = canvas.getByRole('group', { name: /Remove the authenticator app\?/ });
  await userEvent.click(within(confirm).getByRole('button', { name: 'Remove' }));
};

/** Removes the authenticator on an account Clerk asks to reverify: the code field, focused. */
const reachCodeConfirmation = async (canvasElement: HTMLElement) => {
  await removeAuthenticator(canvasElement);
  const reverify = await within(canvasElement).findByRole('region', { name: 'Confirm it is you' });
  const code = await within(reverify).findByLabelText('Authenticator code');
  await waitFor(() => expect(code).toHaveFocus());
  return { reverify, code };
};

export const NothingOn: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('region', { name: 'Two-step verification' })).toBeInTheDocument();
    await expect(method(canvasElement, /Authenticator app/)).toHaveTextContent('Off');
    await expect(within(method(canvasElement, /Authenticator app/)).getByRole('button', { name: 'Add an authenticator app' })).toBeInTheDocument();
    await expect(method(canvasElement, /Backup codes/)).toHaveTextContent('Add an authenticator app or a phone number first');
    await expect(within(method(canvasElement, /Backup codes/)).queryByRole('button')).not.toBeInTheDocument();
  },
};

export const AllOn: Story = {
  parameters: { user: { totpEnabled: true, smsNumbers: [PHONE] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('region', { name: 'Two-step verification' })).toBeInTheDocument();
    await expect(method(canvasElement, /Authenticator app/)).toHaveTextContent('On');
    await expect(method(canvasElement, new RegExp(`Text message to \\${PHONE}`))).toHaveTextContent('On');
    await expect(method(canvasElement, /Backup codes/)).toHaveTextContent('On');
    await expect(canvas.getByRole('button', { name: 'Remove the authenticator app' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: `Stop sending codes to ${PHONE}` })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Create new backup codes' })).toBeInTheDocument();
  },
};

export const ConfirmRemoval: Story = {
  parameters: { user: { totpEnabled: true } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Remove the authenticator app' }));
    const confirm = canvas.getByRole('group', { name: 'Remove the authenticator app? Signing in will no longer accept its codes.' });
    await waitFor(() => expect(confirm).toHaveFocus());
    await expect(within(confirm).getByRole('button', { name: 'Remove' })).toBeInTheDocument();
    await expect(within(confirm).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  },
};

export const ConfirmItIsYou: Story = {
  parameters: { user: { totpEnabled: true, reverification: true } },
  play: async ({ canvasElement }) => {
    const { reverify, code } = await reachCodeConfirmation(canvasElement);
    await expect(code).toHaveAccessibleDescription(/Enter the 6-digit code from your authenticator app/);
    await expect(within(reverify).getByRole('button', { name: 'Confirm' })).toBeInTheDocument();
  },
};

export const ConfirmWithPassword: Story = {
  parameters: { user: { smsNumbers: [PHONE], reverification: true } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: `Stop sending codes to ${PHONE}` }));
    const confirm = canvas.getByRole('group', { name: `Stop sending sign-in codes to ${PHONE}?` });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Remove' }));
    const reverify = await canvas.findByRole('region', { name: 'Confirm it is you' });
    const password = await within(reverify).findByLabelText('Password');
    await waitFor(() => expect(password).toHaveFocus());
    await expect(within(reverify).queryByLabelText('Authenticator code')).not.toBeInTheDocument();
  },
};

export const WrongCodeWhileConfirming: Story = {
  parameters: { user: { totpEnabled: true, reverification: true } },
  play: async ({ canvasElement }) => {
    const { code } = await reachCodeConfirmation(canvasElement);
    await userEvent.type(code, '000000');
    await waitFor(() => expect(code).toHaveAccessibleDescription(/That authenticator code is incorrect/));
    await expect(code).toHaveValue('');
    await waitFor(() => expect(code).toHaveFocus());
  },
};

export const Removed: Story = {
  parameters: { user: { totpEnabled: true, reverification: true } },
  play: async ({ canvasElement }) => {
    const { code } = await reachCodeConfirmation(canvasElement);
    await userEvent.type(code, DOUBLE_SETUP_CODE);
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('The authenticator app was removed.'));
    await expect(method(canvasElement, /Authenticator app/)).toHaveTextContent('Off');
    await waitFor(() => expect(canvas.getByRole('region', { name: 'Two-step verification' })).toHaveFocus());
  },
};

export const NewBackupCodes: Story = {
  parameters: { user: { totpEnabled: true } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Create new backup codes' }));
    const confirm = canvas.getByRole('group', { name: /Create new backup codes\? The ones you have now stop working at once/ });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Create new codes' }));
    const codes = await canvas.findByRole('list', { name: 'Backup codes' });
    await expect(within(codes).getAllByRole('listitem').map((item) => item.textContent)).toEqual(DOUBLE_REGENERATED_CODES);
    await expect(canvas.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' })).not.toBeChecked();
  },
};

export const NothingChanged: Story = {
  parameters: { user: { totpEnabled: true, reverification: true } },
  play: async ({ canvasElement }) => {
    const { reverify } = await reachCodeConfirmation(canvasElement);
    await userEvent.click(within(reverify).getByRole('button', { name: 'Cancel' }));
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Nothing was changed.'));
    await expect(method(canvasElement, /Authenticator app/)).toHaveTextContent('On');
    await waitFor(() => expect(canvas.getByRole('region', { name: 'Two-step verification' })).toHaveFocus());
  },
};
