import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SecondFactorStep } from '../src/steps/SecondFactorStep.js';
import { DOUBLE_SMS_CODE, DOUBLE_TOTP, type SignInDouble } from '../test/doubles/signInDouble.js';
import type { SignInStoryParameters } from '../.storybook/signInDecorator.js';

// mfa@example.com has an authenticator app and backup codes, so the toggle is offered.
const atSecondFactor: SignInStoryParameters = { startAt: { status: 'needs_second_factor', email: 'mfa@example.com' } };

const meta = {
  title: 'Components/SecondFactorStep',
  component: SecondFactorStep,
  tags: ['autodocs'],
  // On a docs page every story is on screen at once, and each would take focus and scroll the page to
  // itself; there the field waits for a click. In the canvas and in tests the step focuses as in an app.
  render: (args, { viewMode }) => <SecondFactorStep {...args} autoFocus={viewMode === 'docs' ? false : args.autoFocus} />,
  parameters: {
    signIn: atSecondFactor,
    docs: {
      description: {
        component:
          'The second factor: a 6-digit authenticator (TOTP) code, an SMS code, or a backup code behind "Use a backup code"; ' +
          '"Use another method" lists what else the account offers. Six painted slots sit over one real input, so paste, ' +
          'one-time-code autofill and screen readers meet a single labelled control, and the sixth digit submits by itself. ' +
          'A rejected code empties the field and says which kind of code was wrong.',
      },
    },
  },
} satisfies Meta<typeof SecondFactorStep>;

export default meta;
type Story = StoryObj<typeof meta>;

const code = (canvas: HTMLElement, label = 'Authenticator code') => within(canvas).getByLabelText(label);

export const AuthenticatorCode: Story = {
  play: async ({ canvasElement }) => {
    // The step focuses its only field on arrival.
    await waitFor(() => expect(code(canvasElement)).toHaveFocus());
    await expect(code(canvasElement)).toHaveAttribute('autocomplete', 'one-time-code');
  },
};

// States after Clerk answered are built before the story renders, so a docs page shows them too.
const answered = (kind: 'totp' | 'phone_code' | 'backup_code', wrong: string, email = 'mfa@example.com', more: SignInStoryParameters = {}) =>
  ({ ...more, startAt: { status: 'needs_second_factor', email }, before: { code: { kind, code: wrong } } }) satisfies SignInStoryParameters;

export const WrongCode: Story = {
  parameters: { signIn: answered('totp', '000000') },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(code(canvasElement)).toHaveAccessibleDescription(
        'That authenticator code is incorrect. Enter the current code from your app. Enter the 6-digit code from your authenticator app.',
      ),
    );
    await expect(code(canvasElement)).toHaveValue('');
  },
};

export const BackupCodeMode: Story = {
  args: { defaultKind: 'backup_code' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('checkbox', { name: 'Use a backup code' })).toBeChecked();
  },
};

export const WrongBackupCode: Story = {
  args: { defaultKind: 'backup_code' },
  parameters: { signIn: answered('backup_code', 'zzzz9999') },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(within(canvasElement).getByText('That backup code is incorrect or has already been used.')).toBeInTheDocument(),
    );
    await expect(code(canvasElement, 'Backup code')).toHaveAttribute('aria-invalid', 'true');
  },
};

export const Submitting: Story = {
  parameters: { signIn: answered('totp', DOUBLE_TOTP, 'mfa@example.com', { hold: true }) },
  play: async ({ canvasElement, loaded }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Verifying…' })).toHaveAttribute('aria-disabled', 'true');
    await expect(within(canvasElement).getByRole('checkbox', { name: 'Use a backup code' })).toBeDisabled();
    await expect((loaded.signIn as SignInDouble).calls).toHaveLength(1);
  },
};

export const PartlyTyped: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(code(canvasElement), '123');
    await expect(code(canvasElement)).toHaveValue('123');
  },
};

export const SmsCode: Story = {
  // Resend is ready at once here: a live 30 s countdown would change between screenshots.
  args: { resendAfterSeconds: 0 },
  parameters: {
    signIn: { startAt: { status: 'needs_second_factor', email: 'sms@example.com' } } satisfies SignInStoryParameters,
    docs: { description: { story: 'The SMS is sent when the step appears, once; the masked number says where it went.' } },
  },
  play: async ({ canvasElement, loaded }) => {
    await waitFor(() => expect((loaded.signIn as SignInDouble).calls).toEqual([{ method: 'mfa.sendPhoneCode', params: undefined }]));
    await expect(await within(canvasElement).findByRole('button', { name: 'Send a new code' })).not.toHaveAttribute('aria-disabled');
    await expect(code(canvasElement, 'SMS code')).toHaveAttribute('autocomplete', 'one-time-code');
  },
};

export const WrongSmsCode: Story = {
  args: { resendAfterSeconds: 0 },
  // Typed here: the code goes out when the step appears, and that answer would clear an earlier verdict.
  parameters: { signIn: { startAt: { status: 'needs_second_factor', email: 'sms@example.com' } } satisfies SignInStoryParameters },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('button', { name: 'Send a new code' });
    await userEvent.type(code(canvasElement, 'SMS code'), DOUBLE_SMS_CODE.split('').reverse().join(''));
    await waitFor(() => expect(code(canvasElement, 'SMS code')).toHaveAccessibleDescription(/That SMS code is incorrect/));
  },
};

export const ChooseAnotherMethod: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Use another method' }));
    await expect(within(canvasElement).getByRole('list', { name: 'Other ways to verify' })).toBeInTheDocument();
  },
};

export const EmailCode: Story = {
  args: { resendAfterSeconds: 0 },
  parameters: { signIn: { startAt: { status: 'needs_second_factor', email: 'email@example.com' } } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(code(canvasElement, 'Email code')).toHaveAccessibleDescription('Enter the 6-digit code we sent to e****@example.com.'));
  },
};
