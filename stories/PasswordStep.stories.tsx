import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PasswordStep } from '../src/steps/PasswordStep.js';
import { DOUBLE_PASSWORD, type SignInDouble } from '../test/doubles/signInDouble.js';
import type { SignInStoryParameters } from '../.storybook/signInDecorator.js';

const meta = {
  title: 'Components/PasswordStep',
  component: PasswordStep,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Email and password, the first step of a Clerk sign-in. Checks both fields before any request, puts ' +
          "Clerk's errors on the field they belong to, and shows a lockout or a fault in the form's alert region.",
      },
    },
  },
} satisfies Meta<typeof PasswordStep>;

export default meta;
type Story = StoryObj<typeof meta>;

const email = (canvas: HTMLElement) => within(canvas).getByLabelText('Email address');
const password = (canvas: HTMLElement) => within(canvas).getByLabelText('Password');

export const Empty: Story = {};

export const Filled: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(email(canvasElement), 'mfa@example.com');
    await userEvent.type(password(canvasElement), DOUBLE_PASSWORD);
    await expect(email(canvasElement)).toHaveValue('mfa@example.com');
  },
};

export const ClientValidationErrors: Story = {
  play: async ({ canvasElement, loaded }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Continue' }));
    await expect(email(canvasElement)).toHaveAccessibleDescription('Enter your email address.');
    await expect(password(canvasElement)).toHaveAccessibleDescription('Enter your password.');
    await expect(email(canvasElement)).toHaveFocus();
    // Caught before Clerk: no request was sent.
    await expect((loaded.signIn as SignInDouble).calls).toEqual([]);
  },
};

// The states after Clerk answered are built before the story renders (parameters.signIn.before), so a
// docs page shows them too; the play functions only check them.
const answered = (emailAddress: string, secret: string, more: SignInStoryParameters = {}) => ({ ...more, before: { password: { emailAddress, password: secret } } }) satisfies SignInStoryParameters;

export const WrongPassword: Story = {
  args: { defaultEmail: 'mfa@example.com' },
  parameters: { signIn: answered('mfa@example.com', 'not-the-password') },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(password(canvasElement)).toHaveAccessibleDescription('That password is incorrect. Try again.'));
    await expect(password(canvasElement)).toHaveValue('');
  },
};

export const UnknownEmail: Story = {
  args: { defaultEmail: 'nobody@example.com' },
  parameters: { signIn: answered('nobody@example.com', DOUBLE_PASSWORD) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(email(canvasElement)).toHaveAccessibleDescription('No account uses that email address.'));
  },
};

export const LockedAccount: Story = {
  parameters: {
    docs: {
      description: {
        story:
          "A lockout belongs to no field: it is announced once in the form's alert region, and the wait Clerk states counts down " +
          'beside it (not read out every tick). The form refuses that account until the wait is over; another address may sign in.',
      },
    },
    signIn: answered('locked@example.com', DOUBLE_PASSWORD),
  },
  args: { defaultEmail: 'locked@example.com' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByRole('alert')).toHaveTextContent('Your account is locked after too many failed attempts.'));
    await expect(within(canvasElement).getByRole('timer')).toHaveTextContent('You can try again in 59 minutes.');
    await expect(within(canvasElement).getByRole('button', { name: 'Continue' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const LockedIndefinitely: Story = {
  parameters: {
    signIn: answered('mfa@example.com', DOUBLE_PASSWORD, { fail: 'locked_forever' }),
    docs: { description: { story: 'A lock with no end: said plainly, with no countdown; the form stays usable for another account.' } },
  },
  args: { defaultEmail: 'mfa@example.com' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByRole('alert')).toHaveTextContent(/does not expire on its own/));
    await expect(within(canvasElement).queryByRole('timer')).toBeNull();
  },
};

export const RateLimited: Story = {
  parameters: {
    // The Retry-After rides on the answer to the call, not on Clerk's error state: this one is submitted here.
    signIn: { fail: 'rate_limit', retryAfter: 600 } satisfies SignInStoryParameters,
    docs: { description: { story: "Clerk answered 429: the form waits out the `Retry-After` with a countdown, keeping what was typed." } },
  },
  args: { defaultEmail: 'mfa@example.com' },
  play: async ({ canvasElement }) => {
    await userEvent.type(password(canvasElement), DOUBLE_PASSWORD);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(within(canvasElement).getByRole('timer')).toHaveTextContent('You can try again in 10 minutes.'));
    await expect(within(canvasElement).getByRole('button', { name: 'Continue' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const NetworkFault: Story = {
  parameters: { signIn: answered('mfa@example.com', DOUBLE_PASSWORD, { fail: 'network' }) },
  args: { defaultEmail: 'mfa@example.com' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByRole('alert')).toHaveTextContent(/could not reach the sign-in service/));
    await expect(within(canvasElement).getByRole('button', { name: 'Continue' })).not.toHaveAttribute('aria-disabled');
  },
};

export const PasswordVisible: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(email(canvasElement), 'mfa@example.com');
    await userEvent.type(password(canvasElement), 'visible-secret');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Show password' }));
    await expect(password(canvasElement)).toHaveAttribute('type', 'text');
  },
};

export const Submitting: Story = {
  parameters: {
    signIn: answered('mfa@example.com', DOUBLE_PASSWORD, { hold: true }),
    docs: { description: { story: 'The request never answers here, so the form stays busy: fields read-only, the button refusing (and keeping focus) with its spinner.' } },
  },
  args: { defaultEmail: 'mfa@example.com' },
  play: async ({ canvasElement, loaded }) => {
    const button = await within(canvasElement).findByRole('button', { name: 'Signing in…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(within(canvasElement).getByRole('form', { name: 'Sign in' })).toHaveAttribute('aria-busy', 'true');
    await expect((loaded.signIn as SignInDouble).calls).toHaveLength(1);
  },
};

export const WithForgotPassword: Story = {
  // A step alone offers "Forgot password?" only when the app handles it (and renders `<ResetPasswordStep>`); `<SignInFlow>` always does.
  args: { onForgotPassword: () => {} },
  parameters: { docs: { description: { story: 'With `onForgotPassword`: the reset starts for the address typed; an empty or malformed address is asked for first, with no request.' } } },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Forgot password?' }));
    await expect(email(canvasElement)).toHaveAccessibleDescription('Enter your email address.');
  },
};
