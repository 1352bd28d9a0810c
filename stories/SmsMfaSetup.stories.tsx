import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SmsMfaSetup } from '../src/mfa/SmsMfaSetup.js';
import { DOUBLE_BACKUP_CODES, DOUBLE_SMS_CODE } from '../test/doubles/userDouble.js';

const meta = {
  title: 'MFA/SmsMfaSetup',
  component: SmsMfaSetup,
  tags: ['autodocs'],
  args: { defaultCountry: 'US', onComplete: fn(), onCancel: fn() },
  // On a docs page every story is on screen at once, and each would take focus and scroll the page to
  // itself; there the card waits for a click. In the canvas and in tests it focuses as in an app.
  render: (args, { viewMode }) => <SmsMfaSetup {...args} autoFocus={viewMode === 'docs' ? false : args.autoFocus} />,
  parameters: {
    docs: {
      description: {
        component:
          'Adds a phone number that receives sign-in codes by text message: one of the account’s verified numbers, chosen from a ' +
          'list (optionally made the number signing in texts first), or a new one. A new number is read in the chosen country ' +
          '(inferred from the language, or from a typed `+` code) by libphonenumber-js, loaded only here, and sent in E.164 ' +
          '(`user.createPhoneNumber`, `phoneNumber.prepareVerification`); a number Clerk refuses, or one another account has, is said ' +
          'on the field, keeping what was typed. The texted code (`attemptVerification`) can be sent again after a 30 s countdown; ' +
          'then `setReservedForSecondFactor({ reserved: true })` and, for a first second factor, the backup codes Clerk gives, shown once.',
      },
    },
  },
} satisfies Meta<typeof SmsMfaSetup>;

export default meta;
type Story = StoryObj<typeof meta>;

const NEW_NUMBER = '+12015550123';

/** The phone field, once the phone library (loaded on demand; slow on a busy machine) has arrived. */
const phoneField = (canvasElement: HTMLElement) => within(canvasElement).findByRole('textbox', { name: 'Phone number' }, { timeout: 10_000 });

/** Types `typed` in the phone field and sends it with Enter. */
const submitNumber = async (canvasElement: HTMLElement, typed: string) => {
  const phone = await phoneField(canvasElement);
  await userEvent.type(phone, `${typed}{Enter}`);
  return phone;
};

// The resend countdown reads `Date.now()` and changes every second. The steps' stories pass
// `resendAfterSeconds: 0`; SmsMfaSetup has no such prop (its wait is a fixed 30 s), so the stories that
// show the code step hold the clock still from just before the number is sent until the story is left
// (the `beforeEach` cleanup): the countdown stays at its first value in every screenshot, and in the
// canvas too. The real clock is kept once per page, so a hot reload while it is held cannot keep the copy.
const realNow = ((globalThis as { storyRealDateNow?: () => number }).storyRealDateNow ??= Date.now);
const holdTheClock = () => {
  const at = realNow();
  Date.now = () => at;
};
const releaseTheClockOnLeaving = () => () => {
  Date.now = realNow;
};

/** Sends a valid new number with the clock held: the code step, its field focused and the countdown at 30 s. */
const reachTheCode = async (canvasElement: HTMLElement) => {
  const canvas = within(canvasElement);
  const phone = await phoneField(canvasElement);
  await userEvent.type(phone, '201 555 0123');
  holdTheClock();
  await userEvent.keyboard('{Enter}');
  const code = await canvas.findByRole('textbox', { name: 'SMS code' });
  await waitFor(() => expect(code).toHaveFocus());
  return code;
};

export const EnterNumber: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const phone = await phoneField(canvasElement);
    await expect(canvas.getByRole('combobox', { name: 'Country or region' })).toHaveDisplayValue('United States (+1)');
    await expect(phone).toHaveAccessibleDescription('We text a code to this number to confirm it is yours.');
    await waitFor(() => expect(phone).toHaveFocus());
    await expect(canvas.getByRole('button', { name: 'Send code' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  },
};

export const InvalidNumber: Story = {
  play: async ({ canvasElement }) => {
    const phone = await submitNumber(canvasElement, '555 1234');
    await waitFor(() => expect(phone).toHaveAccessibleDescription(/^That is not a phone number in United States\. Check the number, or choose another country\./));
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    await expect(phone).toHaveValue('555 1234');
  },
};

export const NumberTaken: Story = {
  play: async ({ canvasElement }) => {
    // DOUBLE_TAKEN_NUMBER, +12015550199, belongs to another account.
    const phone = await submitNumber(canvasElement, '201 555 0199');
    await waitFor(() => expect(phone).toHaveAccessibleDescription(/^That number belongs to another account\. Use a different number\./));
    await expect(phone).toHaveValue('201 555 0199');
  },
};

export const CodeSent: Story = {
  beforeEach: releaseTheClockOnLeaving,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const code = await reachTheCode(canvasElement);
    await expect(code).toHaveAccessibleDescription(`Enter the 6-digit code we sent to ${NEW_NUMBER}.`);
    await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(canvas.getByRole('button', { name: 'Send a new code' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByText('Available in 30 s')).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Use a different number' })).toBeInTheDocument();
  },
};

export const WrongCode: Story = {
  beforeEach: releaseTheClockOnLeaving,
  play: async ({ canvasElement }) => {
    const code = await reachTheCode(canvasElement);
    await userEvent.type(code, '000000');
    await waitFor(() => expect(code).toHaveAccessibleDescription(/^That SMS code is incorrect/));
    await expect(code).toHaveValue('');
    await waitFor(() => expect(code).toHaveFocus());
  },
};

export const BackupCodes: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await submitNumber(canvasElement, '201 555 0123');
    await userEvent.type(await canvas.findByRole('textbox', { name: 'SMS code' }), DOUBLE_SMS_CODE);
    const codes = await canvas.findByRole('list');
    await expect(within(codes).getAllByRole('listitem').map((item) => item.textContent)).toEqual(DOUBLE_BACKUP_CODES);
    await expect(canvas.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' })).not.toBeChecked();
    await expect(args.onComplete).not.toHaveBeenCalled();
  },
};

export const Done: Story = {
  parameters: { user: { totpEnabled: true } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await submitNumber(canvasElement, '201 555 0123');
    await userEvent.type(await canvas.findByRole('textbox', { name: 'SMS code' }), DOUBLE_SMS_CODE);
    await expect(await canvas.findByRole('heading', { name: 'Text message codes are on' })).toBeInTheDocument();
    await expect(canvas.getByRole('status')).toHaveTextContent(`Signing in can now send a code to ${NEW_NUMBER}.`);
    await expect(canvas.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    await expect(args.onComplete).toHaveBeenCalledWith({ phoneNumberId: 'phone_1', backupCodes: false, isDefault: true });
  },
};

export const ChooseANumber: Story = {
  parameters: { user: { verifiedNumbers: ['+12015550111'], smsNumbers: ['+12015550100'], totpEnabled: true } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const choices = await canvas.findByRole('group', { name: 'Choose the number that receives your sign-in codes.' });
    await expect(within(choices).getByRole('radio', { name: '+12015550111' })).toBeChecked();
    await expect(within(choices).getByRole('radio', { name: 'Add a new number' })).not.toBeChecked();
    // A number already receiving codes stays out of the list.
    await expect(within(choices).queryByRole('radio', { name: '+12015550100' })).not.toBeInTheDocument();
    await expect(canvas.getByRole('checkbox', { name: 'Send codes here first when I sign in' })).not.toBeChecked();
    await expect(canvas.getByRole('button', { name: 'Turn on' })).toBeInTheDocument();
  },
};
