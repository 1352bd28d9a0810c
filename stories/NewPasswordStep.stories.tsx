import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { NewPasswordStep } from '../src/steps/NewPasswordStep.js';
import type { SignInStoryParameters } from '../.storybook/signInDecorator.js';

const atNewPassword: SignInStoryParameters = { startAt: { status: 'needs_new_password', email: 'plain@example.com' } };

const meta = {
  title: 'Components/NewPasswordStep',
  component: NewPasswordStep,
  tags: ['autodocs'],
  render: (args, { viewMode }) => <NewPasswordStep {...args} autoFocus={viewMode === 'docs' ? false : args.autoFocus} />,
  parameters: {
    signIn: atNewPassword,
    docs: {
      description: {
        component:
          'A new password before the sign-in goes on: after the reset code, or whenever Clerk answers `needs_new_password`. ' +
          'Clerk’s password rules show before submit and are checked as typed; Clerk’s own verdict (breached, too weak) after. ' +
          'Other devices are signed out unless the person unticks it. Then the sign-in goes on as Clerk says: a second factor, or the session.',
      },
    },
  },
} satisfies Meta<typeof NewPasswordStep>;

export default meta;
type Story = StoryObj<typeof meta>;

const field = (canvas: HTMLElement, label: string) => within(canvas).getByLabelText(label);

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(field(canvasElement, 'New password')).toHaveFocus());
    await expect(field(canvasElement, 'New password')).toHaveAccessibleDescription('At least 8 characters.');
  },
};

export const PasswordsDoNotMatch: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(field(canvasElement, 'New password'), 'a-brand-new-passphrase');
    await userEvent.type(field(canvasElement, 'Confirm new password'), 'a-brand-new-passphrasf');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Reset password' }));
    await expect(field(canvasElement, 'Confirm new password')).toHaveAccessibleDescription('The two passwords do not match.');
  },
};

export const Breached: Story = {
  parameters: { docs: { description: { story: 'Clerk refused the password as breached: both fields are cleared for a new one, and the reason stays on the field.' } } },
  play: async ({ canvasElement }) => {
    await userEvent.type(field(canvasElement, 'New password'), 'password123');
    await userEvent.type(field(canvasElement, 'Confirm new password'), 'password123');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Reset password' }));
    await waitFor(() => expect(field(canvasElement, 'New password')).toHaveAccessibleDescription(/appeared in a data breach/));
  },
};
