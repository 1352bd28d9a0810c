'use client';
import type { LocalizationProps } from '../text/localization.js';
import type { AppearanceProps } from '../parts/appearance.js';
import { reportOutcome, type SignInEventProps } from '../flow/events.js';
import type { HeadingLevel } from '../parts/Heading.js';
import { resetPasswordText, sessionTaskText, secondFactorStepText, type PartialSignInStrings } from '../text/strings.js';
import { useStrings } from '../text/StringsContext.js';
import { errorMessage, errorNamespaces } from '../text/words.js';
import { NewPasswordFields, useNewPasswordForm } from './NewPasswordFields.js';
import { useSignInFlow } from './SignInRoot.js';
import { StepShell, useLiveEvents, useStepState } from './StepShell.js';
import { IdentityLine } from './UseDifferentAccount.js';
import { useIsLoneStep, withOwnRoot } from './withOwnRoot.js';

export interface NewPasswordStepProps extends SignInEventProps, AppearanceProps, LocalizationProps {
  /** Class on the `<form>`. */
  className?: string;
  /** Overrides for any of the English strings. */
  strings?: PartialSignInStrings;
  /** Level of the step's title. Default `2`. */
  headingLevel?: HeadingLevel;
  /** Focus the new password when the step appears. Default `true`: it follows a verified code. */
  autoFocus?: boolean;
  /** Called after "Use a different account"; a step alone offers the button only with this prop. */
  onUseDifferentAccount?: () => void;
}

function NewPasswordForm({ className, strings: overrides, headingLevel = 2, autoFocus = true, onUseDifferentAccount, ...events }: NewPasswordStepProps) {
  const strings = useStrings(overrides, resetPasswordText, sessionTaskText, secondFactorStepText, ...errorNamespaces);
  const text = strings.resetPassword;
  const flow = useSignInFlow();
  const { busy } = useStepState(flow);
  const { form, signOutOthers, setSignOutOthers } = useNewPasswordForm(strings, autoFocus);
  const live = useLiveEvents(events);
  const offerRestart = !useIsLoneStep() || onUseDifferentAccount !== undefined;

  const onSubmit = form.handleSubmit(async ({ newPassword }) => {
    if (busy) return;
    const outcome = await flow.submitNewPassword({ password: newPassword, signOutOfOtherSessions: signOutOthers });
    reportOutcome(outcome, 'new_password', live, (error, field) => errorMessage(error, field !== null, strings));
    if (outcome.ok || outcome.busy) return;
    // Clerk refused the password (breached, too weak): typed afresh, both fields.
    if (outcome.fieldErrors.password) {
      form.setValue('newPassword', '');
      form.setValue('confirm', '');
      form.setFocus('newPassword');
    }
  });

  return (
    <StepShell
      step="new_password"
      flow={flow}
      strings={strings} overrides={overrides}
      title={text.newPasswordTitle}
      headingLevel={headingLevel}
      className={className}
      submit={{ idle: text.newPasswordSubmit, pending: text.newPasswordSubmitting }}
      onSubmit={onSubmit}
      identity={<IdentityLine flow={flow} label={strings.secondFactorStep.useDifferentAccount} onRestarted={onUseDifferentAccount} offerRestart={offerRestart} />}
    >
      <p data-part="description">{text.newPasswordDescription}</p>
      <NewPasswordFields form={form} flow={flow} strings={strings} busy={busy} signOutOthers={signOutOthers} onSignOutOthersChange={setSignOutOthers} />
    </StepShell>
  );
}

/** A new password before the sign-in goes on: after a reset code, or whenever Clerk answers `needs_new_password`. */
export const NewPasswordStep = withOwnRoot(NewPasswordForm, 'NewPasswordStep');
