'use client';
import type { LocalizationProps } from '../text/localization.js';
import type { AppearanceProps } from '../parts/appearance.js';
import { useEffect, useRef } from 'react';
import type { SecondFactorLike } from '../clerk/types.js';
import { isSentCode, type CodeKind } from '../flow/codeRules.js';
import type { SignInEventProps } from '../flow/events.js';
import { useSignInFlow } from './SignInRoot.js';
import { RESEND_AFTER_SECONDS, useCodeDelivery } from '../flow/useCodeDelivery.js';
import { useSecondFactorChoice } from '../flow/useSecondFactorChoice.js';
import { BackupCodeToggle } from '../parts/BackupCodeToggle.js';
import { FactorMenu } from '../parts/FactorMenu.js';
import type { HeadingLevel } from '../parts/Heading.js';
import { secondFactorStepText, type PartialSignInStrings } from '../text/strings.js';
import { useStrings } from '../text/StringsContext.js';
import { codeCopy, errorNamespaces } from '../text/words.js';
import { SentCodeResend } from './SentCodeResend.js';
import { StepShell, useStepState } from './StepShell.js';
import { FormCodeField } from './FormCodeField.js';
import { useCodeForm } from './useCodeForm.js';
import { IdentityLine } from './UseDifferentAccount.js';
import { useIsLoneStep, withOwnRoot } from './withOwnRoot.js';

export interface SecondFactorStepProps extends SignInEventProps, AppearanceProps, LocalizationProps {
  /** Class on the `<form>`. */
  className?: string;
  /** Overrides for any of the English strings. */
  strings?: PartialSignInStrings;
  /** Level of the step's title. Default `2`. */
  headingLevel?: HeadingLevel;
  /**
   * Focus the code field when the step appears. Default `true`: the step follows a deliberate
   * submit, and the code is the only thing the user can do next.
   */
  autoFocus?: boolean;
  /** The factor shown first when the account offers it. Default `'totp'`. */
  defaultKind?: CodeKind;
  /**
   * Called after "Use a different account". Inside `<SignInFlow>` or an app's `<SignInRoot>` the
   * button is always offered and the sign-in returns to the password step; a step alone offers it
   * only with this prop.
   */
  onUseDifferentAccount?: () => void;
  /** Seconds before a new SMS or email code may be requested. Default `30`, as in Clerk's prebuilt flow. */
  resendAfterSeconds?: number;
}

/** Clerk's masked number or address for a kind of code it sends, or empty. */
export function sentToOf(factors: readonly SecondFactorLike[], kind: CodeKind): string {
  return factors.find((factor) => factor.strategy === kind)?.safeIdentifier ?? '';
}

function SecondFactorForm({ className, strings: overrides, headingLevel = 2, autoFocus = true, defaultKind = 'totp', onUseDifferentAccount, resendAfterSeconds = RESEND_AFTER_SECONDS, ...events }: SecondFactorStepProps) {
  const strings = useStrings(overrides, secondFactorStepText, ...errorNamespaces);
  const text = strings.secondFactorStep;
  const flow = useSignInFlow();
  const { busy, blocked } = useStepState(flow);
  const choice = useSecondFactorChoice(flow.secondFactors, defaultKind);
  const { kind } = choice;
  const copyOf = (other: CodeKind) => codeCopy(other, text, sentToOf(flow.secondFactors, other));
  const code = useCodeForm({ flow, kind, copy: copyOf(kind), strings, step: 'second_factor', events, autoFocus });
  // No code goes out while a lockout or rate limit runs: it would be refused, and count against the account.
  const delivery = useCodeDelivery(flow, isSentCode(kind) && !blocked ? kind : null, resendAfterSeconds);
  const switched = useRef(false);
  const offerRestart = !useIsLoneStep() || onUseDifferentAccount !== undefined;

  useEffect(() => {
    // After choosing another factor the person is on the toggle or menu; the next thing to do is type.
    if (switched.current) code.focus();
  }, [kind]); // eslint-disable-line react-hooks/exhaustive-deps

  const switchTo = (apply: () => void) => {
    switched.current = true;
    code.reset();
    flow.dismissErrors();
    apply();
  };

  const others = choice.others.filter((other) => !(choice.hasBackupToggle && other === 'backup_code'));
  const footer = others.length > 0 ? <FactorMenu others={others} labelOf={(other) => copyOf(other).method} onChoose={(other) => switchTo(() => choice.choose(other))} disabled={busy} /> : null;
  const identity = <IdentityLine flow={flow} label={text.useDifferentAccount} onRestarted={onUseDifferentAccount} offerRestart={offerRestart} />;
  return (
    <StepShell step="second_factor" flow={flow} strings={strings} overrides={overrides} title={text.title} headingLevel={headingLevel} className={className} submit={{ idle: text.submit, pending: text.submitting }} onSubmit={code.onSubmit} formRef={code.formRef} codeKind={kind} footer={footer} identity={identity}>
      <FormCodeField code={code} kind={kind} label={copyOf(kind).label} description={copyOf(kind).description} readOnly={busy} />
      {isSentCode(kind) ? <SentCodeResend delivery={delivery} busy={busy} text={text} /> : null}
      {choice.hasBackupToggle ? <BackupCodeToggle checked={kind === 'backup_code'} onCheckedChange={(on) => switchTo(() => choice.setBackup(on))} disabled={busy} /> : null}
    </StepShell>
  );
}

/** The second factor: an authenticator code, an SMS or email code, or a backup code. */
export const SecondFactorStep = withOwnRoot(SecondFactorForm, 'SecondFactorStep');
