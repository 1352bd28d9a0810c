'use client';
import type { LocalizationProps } from '../text/localization.js';
import type { AppearanceProps } from '../parts/appearance.js';
import type { SentCodeKind } from '../flow/codeRules.js';
import type { SignInEventProps } from '../flow/events.js';
import { RESEND_AFTER_SECONDS, useCodeDelivery } from '../flow/useCodeDelivery.js';
import type { HeadingLevel } from '../parts/Heading.js';
import { clientTrustStepText, secondFactorStepText, format, type PartialSignInStrings } from '../text/strings.js';
import { useStrings } from '../text/StringsContext.js';
import { codeCopy, errorNamespaces } from '../text/words.js';
import { sentToOf } from './SecondFactorStep.js';
import { SentCodeResend } from './SentCodeResend.js';
import { useSignInFlow } from './SignInRoot.js';
import { StepShell, useStepState } from './StepShell.js';
import { FormCodeField } from './FormCodeField.js';
import { useCodeForm } from './useCodeForm.js';
import { IdentityLine } from './UseDifferentAccount.js';
import { useIsLoneStep, withOwnRoot } from './withOwnRoot.js';

export interface ClientTrustStepProps extends SignInEventProps, AppearanceProps, LocalizationProps {
  /** Class on the `<form>`. */
  className?: string;
  /** Overrides for any of the English strings. */
  strings?: PartialSignInStrings;
  /** Level of the step's title. Default `2`. */
  headingLevel?: HeadingLevel;
  /** Focus the code field when the step appears. Default `true`: it follows a deliberate submit. */
  autoFocus?: boolean;
  /** Called after "Use a different account"; a step alone offers the button only with this prop. */
  onUseDifferentAccount?: () => void;
  /** Seconds before a new code may be requested. Default `30`. */
  resendAfterSeconds?: number;
}

function ClientTrustForm({ className, strings: overrides, headingLevel = 2, autoFocus = true, onUseDifferentAccount, resendAfterSeconds = RESEND_AFTER_SECONDS, ...events }: ClientTrustStepProps) {
  const strings = useStrings(overrides, clientTrustStepText, secondFactorStepText, ...errorNamespaces);
  const text = strings.clientTrustStep;
  const flow = useSignInFlow();
  const { busy, blocked } = useStepState(flow);
  // Clerk names what can prove the device: an email code unless the app sends codes by SMS only.
  const kind: SentCodeKind = flow.secondFactors.some((factor) => factor.strategy === 'email_code') ? 'email_code' : 'phone_code';
  const sentTo = sentToOf(flow.secondFactors, kind);
  const copy = codeCopy(kind, strings.secondFactorStep, sentTo);
  const description = sentTo ? format(kind === 'email_code' ? text.emailDescription : text.phoneDescription, { email: sentTo, phone: sentTo }) : copy.description;
  const code = useCodeForm({ flow, kind, copy, strings, step: 'client_trust', events, autoFocus });
  // Sent once when the step appears (not again on a re-render or strict mode's second effect).
  const delivery = useCodeDelivery(flow, blocked ? null : kind, resendAfterSeconds);
  const offerRestart = !useIsLoneStep() || onUseDifferentAccount !== undefined;
  const identity = <IdentityLine flow={flow} label={strings.secondFactorStep.useDifferentAccount} onRestarted={onUseDifferentAccount} offerRestart={offerRestart} />;
  return (
    <StepShell step="client_trust" flow={flow} strings={strings} overrides={overrides} title={text.title} headingLevel={headingLevel} className={className} submit={{ idle: text.submit, pending: text.submitting }} onSubmit={code.onSubmit} formRef={code.formRef} codeKind={kind} identity={identity}>
      <FormCodeField code={code} kind={kind} label={copy.label} description={description} readOnly={busy} />
      <SentCodeResend delivery={delivery} busy={busy} text={strings.secondFactorStep} />
    </StepShell>
  );
}

/** Client Trust: a correct password on a device Clerk has not seen, proved by a code sent to the account. */
export const ClientTrustStep = withOwnRoot(ClientTrustForm, 'ClientTrustStep');
