import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ResetPasswordStep } from '../src/steps/ResetPasswordStep.js';
import type { SignInStoryParameters } from '../.storybook/signInDecorator.js';
import type { SignInDouble } from '../test/doubles/signInDouble.js';

// The person pressed "Forgot password?" with this address typed: Clerk started a sign-in for it.
const afterForgotPassword: SignInStoryParameters = { before: { reset: { identifier: 'plain@example.com' } } };

const meta = {
  title: 'Components/ResetPasswordStep',
  component: ResetPasswordStep,
  tags: ['autodocs'],
  // No live countdown on screen, so screenshots are stable; the countdown itself is unit-tested.
  args: { resendAfterSeconds: 0, onBackToSignIn: () => {} },
  // On a docs page every story would take focus and scroll the page to itself; there the field waits for a click.
  render: (args, { viewMode }) => <ResetPasswordStep {...args} autoFocus={viewMode === 'docs' ? false : args.autoFocus} />,
  parameters: {
    signIn: afterForgotPassword,
    docs: {
      description: {
        component:
          'Forgot password, first half: Clerk sends a code to the account’s email, once when the step appears; a new one can be ' +
          'requested after a countdown. The right code leads to `<NewPasswordStep>`. Inside `<SignInFlow>` it follows "Forgot password?" on the password step.',
      },
    },
  },
} satisfies Meta<typeof ResetPasswordStep>;

export default meta;
type Story = StoryObj<typeof meta>;

const code = (canvas: HTMLElement) => within(canvas).getByLabelText('Reset code');

export const CodeSent: Story = {
  play: async ({ canvasElement, loaded }) => {
    await waitFor(() => expect((loaded.signIn as SignInDouble).calls.map((call) => call.method)).toEqual(['create', 'resetPasswordEmailCode.sendCode']));
    await waitFor(() => expect(code(canvasElement)).toHaveFocus());
    await expect(code(canvasElement)).toHaveAccessibleDescription('Enter the 6-digit code we sent to p****@example.com to reset your password.');
  },
};

export const WrongCode: Story = {
  // Typed here: the code goes out when the step appears, and that answer would clear an earlier verdict.
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('button', { name: 'Send a new code' });
    await userEvent.type(code(canvasElement), '000000');
    await waitFor(() => expect(code(canvasElement)).toHaveAccessibleDescription(/^That email code is incorrect/));
  },
};
