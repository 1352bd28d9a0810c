import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { TotpSetup } from '../src/mfa/TotpSetup.js';
import { DOUBLE_SETUP_CODE } from '../test/doubles/userDouble.js';

const meta = {
  title: 'MFA/TotpSetup',
  component: TotpSetup,
  tags: ['autodocs'],
  args: { onComplete: fn(), onCancel: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'Adds an authenticator app to the signed-in account: Clerk’s `user.createTOTP()` once, a QR code of its `otpauth://` URI ' +
          '(drawn as one SVG path, its encoder loaded only here) and the key in groups of four with a copy button, a button that opens ' +
          'the URI in an authenticator app on the same device (the key never sits in an attribute), then the app’s code (`user.verifyTOTP`) ' +
          'and, for a first second factor, the backup codes Clerk gives, shown once. Cancel before the code leaves Clerk an unverified ' +
          'authenticator that it never asks a code of and replaces on the next setup.',
      },
    },
  },
} satisfies Meta<typeof TotpSetup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ScanTheCode: Story = {
  play: async ({ canvasElement }) => {
    // The enrolment and the QR code's encoder load on demand: on a busy machine that is more than Testing Library's default second.
    await expect(await within(canvasElement).findByRole('img', { name: 'QR code that adds enrol@example.com to an authenticator app' }, { timeout: 10_000 })).toBeInTheDocument();
  },
};

export const WrongCode: Story = {
  play: async ({ canvasElement }) => {
    // The photograph shows the QR code, whose encoder loads on demand: wait for it.
    await within(canvasElement).findByRole('img', { name: /QR code/ }, { timeout: 10_000 });
    const code = await within(canvasElement).findByLabelText('Code from the app');
    await userEvent.type(code, '000000');
    await waitFor(() => expect(code).toHaveAccessibleDescription(/That authenticator code is incorrect/));
  },
};

export const BackupCodes: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(await within(canvasElement).findByLabelText('Code from the app'), DOUBLE_SETUP_CODE);
    await expect(await within(canvasElement).findByRole('list')).toBeInTheDocument();
  },
};

export const Added: Story = {
  parameters: { user: { hasSecondFactor: true } },
  play: async ({ canvasElement }) => {
    await userEvent.type(await within(canvasElement).findByLabelText('Code from the app'), DOUBLE_SETUP_CODE);
    await within(canvasElement).findByRole('heading', { name: 'Authenticator app added' });
  },
};

export const CouldNotPrepare: Story = {
  parameters: { user: { failCreate: 'server' } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  },
};
