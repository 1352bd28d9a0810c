'use client';
import type { LocalizationProps } from '../text/localization.js';
import type { AppearanceProps } from '../parts/appearance.js';
import type { SignInEventProps } from '../flow/events.js';
import { RESEND_AFTER_SECONDS, useCodeDelivery } from '../flow/useCodeDelivery.js';
import type { HeadingLevel } from '../parts/Heading.js';
import { resetPasswordText, secondFactorStepText, format, type PartialSignInStrings } from '../text/strings.js';
import { useStrings } from '../text/StringsContext.js';
import { codeCopy, errorNamespaces } from '../text/words.js';
import { FormCodeField } from './FormCodeField.js';
import { SentCodeResend } from './SentCodeResend.js';
import { useSignInFlow } from './SignInRoot.js';
import { StepShell, useStepState } from './StepShell.js';
import { useCodeForm } from './useCodeForm.js';
import { IdentityLine } from './UseDifferentAccount.js';
import { useIsLoneStep, withOwnRoot } from './withOwnRoot.js';

export interface ResetPasswordStepProps extends SignInEventProps, AppearanceProps, LocalizationProps {
  /** Class on the `<form>`. */
  className?: string;
  /** Overrides for any of the English strings. */
  strings?: PartialSignInStrings;
  /** Level of the step's title. Default `2`. */
  headingLevel?: HeadingLevel;
  /** Focus the code field when the step appears. Default `true`: it follows a deliberate press. */
  autoFocus?: boolean;
  /** Seconds before a new code may be requested. Default `30`. */
  resendAfterSeconds?: number;
  /** Called after "Back to sign in" (the sign-in is back at the password step, the address kept). */
  onBackToSignIn?: () => void;
  /** Called after "Use a different account"; a step alone offers the button only with this prop. */
  onUseDifferentAccount?: () => void;
}

function ResetPasswordForm({ className, strings: overrides, headingLevel = 2, autoFocus = true, resendAfterSeconds = RESEND_AFTER_SECONDS, onBackToSignIn, onUseDifferentAccount, ...events }: ResetPasswordStepProps) {
  const strings = useStrings(overrides, resetPasswordText, secondFactorStepText, ...errorNamespaces);
  const text = strings.resetPassword;
  const flow = useSignInFlow();
  const { busy, blocked } = useStepState(flow);
  const sentTo = flow.resetCodeSentTo ?? '';
  const emailCopy = codeCopy('email_code', strings.secondFactorStep, sentTo);
  const copy = { ...emailCopy, label: text.codeLabel, description: sentTo ? format(text.codeDescription, { email: sentTo }) : emailCopy.description };
  const code = useCodeForm({ flow, kind: 'email_code', copy, strings, step: 'reset_password', events, autoFocus, verify: flow.verifyResetCode });
  // Sent once when the step shows for a sign-in (not on a re-render, nor strict mode's second effect).
  // Read from Clerk's status, not the flow's step: a step alone has its own controller, which did not
  // see the password step start the reset.
  const delivery = useCodeDelivery(flow, blocked || flow.status !== 'needs_first_factor' ? null : 'email_code', resendAfterSeconds, flow.sendResetCode);
  const offerRestart = !useIsLoneStep() || onUseDifferentAccount !== undefined;
  const identity = <IdentityLine flow={flow} label={strings.secondFactorStep.useDifferentAccount} onRestarted={onUseDifferentAccount} offerRestart={offerRestart} />;
  const back = (
    <button
      type="button"
      data-part="back"
      // Always available, as "use a different account" is: it gives up a request that hangs.
      onClick={() => {
        flow.cancelPasswordReset();
        onBackToSignIn?.();
      }}
    >
      {text.backToSignIn}
    </button>
  );
  return (
    <StepShell step="reset_password" flow={flow} strings={strings} overrides={overrides} title={text.title} headingLevel={headingLevel} className={className} submit={{ idle: text.submit, pending: text.submitting }} onSubmit={code.onSubmit} formRef={code.formRef} codeKind="reset_password_email_code" identity={identity} footer={back}>
      <FormCodeField code={code} kind="email_code" label={copy.label} description={copy.description} readOnly={busy} />
      <SentCodeResend delivery={delivery} busy={busy} text={strings.secondFactorStep} />
    </StepShell>
  );
}

/** Forgot password, first half: the code Clerk sends to the account's email. */
export const ResetPasswordStep = withOwnRoot(ResetPasswordForm, 'ResetPasswordStep');
