import { arSA } from '@clerk/localizations';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SignInFlow } from '../src/steps/SignInFlow.js';
import { DOUBLE_PASSWORD, DOUBLE_RESET_CODE, DOUBLE_SMS_CODE, DOUBLE_TOTP, type SignInDouble } from '../test/doubles/signInDouble.js';

const meta = {
  title: 'Components/SignInFlow',
  component: SignInFlow,
  tags: ['autodocs'],
  args: { onComplete: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'The whole sign-in: email and password (or "Forgot password?": a code by email, then a new password), then a second factor if the account has one, then the session. ' +
          'Completion is terminal: once the session is active the flow keeps showing the outcome.',
      },
    },
  },
} satisfies Meta<typeof SignInFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

async function passwordStep(canvas: HTMLElement) {
  const scope = within(canvas);
  await userEvent.type(scope.getByLabelText('Email address'), 'mfa@example.com');
  await userEvent.type(scope.getByLabelText('Password'), DOUBLE_PASSWORD);
  await userEvent.click(scope.getByRole('button', { name: 'Continue' }));
  await scope.findByRole('heading', { name: 'Two-step verification' });
}

export const PasswordToCodeToComplete: Story = {
  play: async ({ canvasElement, args, loaded }) => {
    const scope = within(canvasElement);
    await passwordStep(canvasElement);
    const code = scope.getByLabelText('Authenticator code');
    await waitFor(() => expect(code).toHaveFocus());
    // The sixth digit submits by itself.
    await userEvent.type(code, DOUBLE_TOTP);
    await scope.findByRole('heading', { name: 'You are signed in.' });
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledWith({ sessionId: 'sess_double' }));
    await expect((loaded.signIn as SignInDouble).calls.map((call) => call.method)).toEqual(['password', 'mfa.verifyTOTP', 'finalize']);
  },
};

export const BackupCodePath: Story = {
  play: async ({ canvasElement, args, loaded }) => {
    const scope = within(canvasElement);
    await passwordStep(canvasElement);
    await userEvent.click(scope.getByRole('checkbox', { name: 'Use a backup code' }));
    // Printed codes come with a dash; it is not part of the code.
    await userEvent.type(scope.getByLabelText('Backup code'), 'a1b2-c3d4');
    await userEvent.click(scope.getByRole('button', { name: 'Verify' }));
    await scope.findByRole('heading', { name: 'You are signed in.' });
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledTimes(1));
    await expect((loaded.signIn as SignInDouble).calls.map((call) => call.method)).toEqual(['password', 'mfa.verifyBackupCode', 'finalize']);
  },
};

export const SmsPath: Story = {
  play: async ({ canvasElement, loaded }) => {
    const scope = within(canvasElement);
    await passwordStep(canvasElement);
    await userEvent.click(scope.getByRole('button', { name: 'Use another method' }));
    await userEvent.click(scope.getByRole('button', { name: /^SMS code to / }));
    await userEvent.type(scope.getByLabelText('SMS code'), DOUBLE_SMS_CODE);
    await scope.findByRole('heading', { name: 'You are signed in.' });
    await expect((loaded.signIn as SignInDouble).calls.map((call) => call.method)).toEqual(['password', 'mfa.sendPhoneCode', 'mfa.verifyPhoneCode', 'finalize']);
  },
};

export const ForgotPassword: Story = {
  parameters: { docs: { description: { story: '"Forgot password?" with the address typed: the code goes to that email, the new password is set, and the sign-in goes on (here to the authenticator code).' } } },
  play: async ({ canvasElement, loaded }) => {
    const scope = within(canvasElement);
    await userEvent.type(scope.getByLabelText('Email address'), 'totp@example.com');
    await userEvent.click(scope.getByRole('button', { name: 'Forgot password?' }));
    const code = await scope.findByLabelText('Reset code');
    await waitFor(() => expect(code).toHaveFocus());
    await userEvent.type(code, DOUBLE_RESET_CODE);
    await userEvent.type(await scope.findByLabelText('New password'), 'a-brand-new-passphrase');
    await userEvent.type(scope.getByLabelText('Confirm new password'), 'a-brand-new-passphrase');
    await userEvent.click(scope.getByRole('button', { name: 'Reset password' }));
    await scope.findByRole('heading', { name: 'Two-step verification' });
    await expect((loaded.signIn as SignInDouble).calls.map((call) => call.method)).toEqual([
      'create',
      'resetPasswordEmailCode.sendCode',
      'resetPasswordEmailCode.verifyCode',
      'resetPasswordEmailCode.submitPassword',
    ]);
  },
};

export const UseDifferentAccount: Story = {
  play: async ({ canvasElement }) => {
    const scope = within(canvasElement);
    await passwordStep(canvasElement);
    await userEvent.click(scope.getByRole('button', { name: 'Use a different account' }));
    await waitFor(() => expect(scope.getByLabelText('Email address')).toHaveValue(''));
  },
};

export const Finishing: Story = {
  parameters: {
    signIn: { startAt: { status: 'complete' }, hold: true },
    docs: { description: { story: 'The sign-in is complete and the session is starting (`finalize` in flight); Cancel stops waiting if it hangs.' } },
  },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('heading', { name: 'Signing you in…' });
  },
};

export const SessionCouldNotStart: Story = {
  parameters: {
    signIn: { startAt: { status: 'complete' }, failCall: { method: 'finalize', fault: 'dropped' } },
    docs: { description: { story: 'Clerk answered `finalize` without starting a session: the flow says so and offers a retry.' } },
  },
  play: async ({ canvasElement }) => {
    const scope = within(canvasElement);
    await scope.findByRole('heading', { name: 'We could not finish signing you in.' });
    await expect(scope.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  },
};

export const UnsupportedStep: Story = {
  parameters: {
    signIn: { startAt: { status: 'needs_future_step' } },
    docs: { description: { story: 'Clerk asks for a step this library does not offer (a status Clerk may add later): said plainly, with a way back.' } },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('This account needs a sign-in step this form does not offer.');
  },
};

export const ResetPasswordTask: Story = {
  parameters: {
    signIn: { startAt: { status: 'complete', email: 'reset@example.com' } },
    docs: { description: { story: 'The session started with the `reset-password` task (a password found in a breach): the flow asks for a new one before it signs in.' } },
  },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('heading', { name: 'Set a new password' });
  },
};

export const SetupMfaTask: Story = {
  parameters: {
    signIn: { startAt: { status: 'complete', email: 'setup@example.com' } },
    docs: {
      description: {
        story:
          'The session started with the `setup-mfa` task (the app requires two-step verification and the account has none): the flow has the person add an authenticator app, ' +
          'shows the backup codes once, then starts the session. The enrolment loads only when the task appears.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    // The enrolment and the QR code's encoder load on demand: on a busy machine that is more than Testing Library's default second.
    await expect(await within(canvasElement).findByRole('img', { name: 'QR code that adds enrol@example.com to an authenticator app' }, { timeout: 10_000 })).toBeInTheDocument();
  },
};

export const TaskLeftToTheApp: Story = {
  parameters: {
    signIn: { startAt: { status: 'complete', email: 'org@example.com' } },
    docs: { description: { story: 'A session task this library does not resolve (`choose-organization`): said plainly; `renderSessionTask` puts the app’s own screen here.' } },
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent('Your account needs one more step before you can continue: choose an organization.');
  },
};

export const BrandedWithAppearance: Story = {
  args: {
    header: (
      <svg role="img" aria-label="Acme" width="40" height="40" viewBox="0 0 40 40">
        <rect width="40" height="40" rx="10" fill="#6c47ff" />
        <path d="M12 28 20 11l8 17h-4.5L20 20l-3.5 8Z" fill="#ffffff" />
      </svg>
    ),
    appName: 'Acme',
    footer: 'Secured by Acme',
    // The object an app gives Clerk's own components (`<ClerkProvider appearance={…}>`).
    appearance: { variables: { colorPrimary: '#5b3fd9', borderRadius: '0.875rem', fontFamily: 'Inter, system-ui, sans-serif' } },
  },
  parameters: {
    docs: {
      description: {
        story:
          'The app\'s frame and Clerk\'s `appearance.variables`: a logo in `header`, "to continue to" from `appName`, a `footer`, ' +
          'and the accent and corners from the same object the app gives Clerk\'s components. `colorScheme` is the toolbar\'s.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const scope = within(canvasElement);
    await expect(scope.getByRole('img', { name: 'Acme' })).toBeInTheDocument();
    await expect(scope.getByText('to continue to Acme')).toBeInTheDocument();
    await expect(scope.getByRole('form', { name: 'Sign in' }).style.getPropertyValue('--mfa-accent')).toBe('#5b3fd9');
  },
};

export const RightToLeft: Story = {
  args: { localization: arSA },
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        story:
          'Clerk’s `arSA` from `@clerk/localizations` under `dir="rtl"`: the layout mirrors (logical properties throughout), ' +
          'Clerk’s words where it has a key, this library’s English where it has none (for now), and Clerk’s Arabic wording for an error code it has one for.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const scope = within(canvasElement);
    // An address no account uses: Clerk's Arabic has a wording for that code.
    await userEvent.type(scope.getByLabelText(arSA.formFieldLabel__emailAddress!), 'nobody@example.com');
    await userEvent.type(scope.getByLabelText(arSA.formFieldLabel__password!, { selector: 'input' }), DOUBLE_PASSWORD);
    await userEvent.click(scope.getByRole('button', { name: arSA.formButtonPrimary! }));
    await waitFor(() => expect(scope.getByLabelText(arSA.formFieldLabel__emailAddress!)).toHaveAccessibleDescription(arSA.unstable__errors!.form_identifier_not_found!));
  },
};

export const RightToLeftCode: Story = {
  args: { localization: arSA },
  decorators: RightToLeft.decorators,
  parameters: {
    signIn: { startAt: { status: 'needs_second_factor', email: 'totp@example.com' } },
    docs: { description: { story: 'The code slots under `dir="rtl"`: a code reads left to right in every script, so the slots fill from the left.' } },
  },
  play: async ({ canvasElement }) => {
    const code = within(canvasElement).getByLabelText(arSA.signIn!.totpMfa!.formTitle!);
    await userEvent.type(code, '12');
    await expect(code).toHaveValue('12');
  },
};
