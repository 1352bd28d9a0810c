import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ClientTrustStep } from '../src/steps/ClientTrustStep.js';
import type { SignInStoryParameters } from '../.storybook/signInDecorator.js';

const atClientTrust: SignInStoryParameters = { startAt: { status: 'needs_client_trust', email: 'trust@example.com' } };

const meta = {
  title: 'Components/ClientTrustStep',
  component: ClientTrustStep,
  tags: ['autodocs'],
  // No live countdown on screen, so screenshots are stable; the countdown itself is unit-tested.
  args: { resendAfterSeconds: 0 },
  // On a docs page every story would take focus and scroll the page to itself; there the field waits for a click.
  render: (args, { viewMode }) => <ClientTrustStep {...args} autoFocus={viewMode === 'docs' ? false : args.autoFocus} />,
  parameters: {
    signIn: atClientTrust,
    docs: {
      description: {
        component:
          'Client Trust: a correct password on a device Clerk has not seen, for an account without a second factor. ' +
          'Clerk sends a code to the account’s email (or phone), once when the step appears; a new one can be requested after a countdown.',
      },
    },
  },
} satisfies Meta<typeof ClientTrustStep>;

export default meta;
type Story = StoryObj<typeof meta>;

const code = (canvas: HTMLElement) => within(canvas).getByLabelText('Email code');

export const CodeSent: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(code(canvasElement)).toHaveFocus());
    await expect(code(canvasElement)).toHaveAccessibleDescription('You are signing in on a new device. Enter the 6-digit code we sent to t****@example.com.');
  },
};

export const WrongCode: Story = {
  // Typed here: the code goes out when the step appears, and that answer would clear an earlier verdict.
  play: async ({ canvasElement }) => {
    await userEvent.type(code(canvasElement), '000000');
    await waitFor(() => expect(code(canvasElement)).toHaveAccessibleDescription(/^That email code is incorrect/));
  },
};

export const WithDifferentAccount: Story = {
  args: { resendAfterSeconds: 0, onUseDifferentAccount: () => {} },
};
