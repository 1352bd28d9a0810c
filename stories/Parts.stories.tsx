import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { BackupCodeToggle } from '../src/parts/BackupCodeToggle.js';
import { CodeField } from '../src/parts/CodeField.js';
import { CompletionNotice } from '../src/parts/CompletionNotice.js';
import { FactorMenu } from '../src/parts/FactorMenu.js';
import { FormErrorMessage } from '../src/parts/FormErrorMessage.js';
import { Heading } from '../src/parts/Heading.js';
import { PasswordToggle } from '../src/parts/PasswordToggle.js';
import { ResendCode } from '../src/parts/ResendCode.js';
import { defaultStrings } from '../src/text/strings.js';
import { SubmitButton } from '../src/parts/SubmitButton.js';
import { TextField } from '../src/parts/TextField.js';

/**
 * The parts the steps are built from, each in its states side by side, for designers checking one
 * part at a time. They are not exported: apps style them through their `data-part` attributes.
 */
const meta = {
  title: 'Parts/Catalogue',
  parameters: {
    docs: {
      description: {
        component:
          'The parts inside the steps, each in its states. Not exported: apps reach them through `data-part` ' +
          'and the state attributes listed in the README.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const noop = () => {};
const text = defaultStrings.secondFactorStep;

/** Lays states out in a form-like column, so the default stylesheet applies as inside a step. */
function States({ children }: { children: ReactNode }) {
  return (
    <form data-step="parts" onSubmit={(event) => event.preventDefault()} aria-label="Part states">
      {children}
    </form>
  );
}

export const TextFields: Story = {
  render: () => (
    <States>
      <Heading level={2} id="parts-text-title">
        Text fields
      </Heading>
      <TextField label="Email address" name="plain" autoComplete="off" />
      <TextField label="Backup code" name="described" description={text.backupCodeDescription} autoComplete="off" />
      <TextField label="Email address" name="invalid" error={defaultStrings.passwordStep.emailInvalid} defaultValue="someone@example" autoComplete="off" />
    </States>
  ),
};

export const CodeSlots: Story = {
  render: () => (
    <States>
      <CodeField kind="totp" label="Empty" name="empty" value="" />
      <CodeField kind="totp" label="Partly typed" name="partial" value="123" defaultValue="123" />
      <CodeField kind="totp" label="Complete" name="complete" value="123456" defaultValue="123456" />
      <CodeField kind="totp" label="Rejected" name="rejected" value="" error={text.totpIncorrect} />
    </States>
  ),
};

export const FormErrors: Story = {
  render: () => (
    <States>
      <FormErrorMessage text={null} />
      <FormErrorMessage text={{ message: defaultStrings.errors.network_error, countdown: null }} />
      <FormErrorMessage text={{ message: defaultStrings.blocked.locked, countdown: 'You can try again in 59 minutes.' }} />
      <FormErrorMessage text={{ message: `${defaultStrings.blocked.locked} ${defaultStrings.blocked.tryLater}`, countdown: null }} />
      <FormErrorMessage text={{ message: defaultStrings.blocked.canRetryNow, countdown: null }} />
    </States>
  ),
};

export const Buttons: Story = {
  render: () => (
    <States>
      <SubmitButton busy={false}>{text.submit}</SubmitButton>
      <div aria-busy="true">
        <SubmitButton busy>{text.submitting}</SubmitButton>
      </div>
      <input id="parts-password" type="password" aria-label="Password" defaultValue="" autoComplete="off" data-part="input" />
      <PasswordToggle shown={false} onToggle={noop} inputId="parts-password" />
      <PasswordToggle shown onToggle={noop} inputId="parts-password" />
    </States>
  ),
};

export const BackupCodeToggles: Story = {
  render: () => (
    <States>
      <BackupCodeToggle checked={false} onCheckedChange={noop} label={text.useBackupCode} />
      <BackupCodeToggle checked onCheckedChange={noop} label={text.useBackupCode} />
      <BackupCodeToggle checked={false} onCheckedChange={noop} label={text.useBackupCode} disabled />
    </States>
  ),
};

export const ResendCodes: Story = {
  render: () => (
    <States>
      <ResendCode ready={false} label="Send a new code in 18 s" sentMessage="" onResend={noop} />
      <ResendCode ready label={text.resendCode} sentMessage="" onResend={noop} />
      <ResendCode ready={false} label="Send a new code in 30 s" sentMessage={text.codeSent} onResend={noop} />
    </States>
  ),
};

export const FactorMenuOpen: Story = {
  render: () => (
    <States>
      <FactorMenu
        others={['phone_code', 'backup_code']}
        labelOf={(kind) => (kind === 'phone_code' ? 'SMS code to +1********55' : text.methodBackupCode)}
        onChoose={noop}
        toggleLabel={text.useAnotherMethod}
        listLabel={text.methodsTitle}
      />
    </States>
  ),
  play: async ({ canvasElement }) => {
    const toggle = within(canvasElement).getByRole('button', { name: text.useAnotherMethod });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  },
};

export const CompletionNoticeFailed: Story = {
  render: () => (
    <CompletionNotice
      headingLevel={2}
      state="failed"
      titles={{ finishing: defaultStrings.flow.finishing, done: defaultStrings.flow.complete, failed: defaultStrings.flow.failed }}
      error={{ message: defaultStrings.errors.network_error, countdown: null }}
      onRetry={noop}
      retryLabel={defaultStrings.flow.retry}
    />
  ),
};
