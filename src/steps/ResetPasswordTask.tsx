import type { SessionNavigate, SignInOutcome } from '../flow/controller.js';
import { reportOutcome, type SignInEventProps } from '../flow/events.js';
import type { HeadingLevel } from '../parts/Heading.js';
import { errorMessage } from '../text/words.js';
import { useSignInFlow } from './SignInRoot.js';
import { NewPasswordFields, useNewPasswordForm, type NewPasswordStrings } from './NewPasswordFields.js';
import { StepShell, useLiveEvents, useStepState } from './StepShell.js';

export interface ResetPasswordTaskProps extends SignInEventProps {
  className: string | undefined;
  strings: NewPasswordStrings;
  /** The step's own `strings` prop, for the parts inside. */
  overrides: object | undefined;
  headingLevel: HeadingLevel;
  navigate: SessionNavigate | undefined;
  onResolved: ((outcome: SignInOutcome) => void) | undefined;
}

/** The `reset-password` session task, as Clerk's own task screen resolves it: a new password, then the session. */
export function ResetPasswordTask({ className, strings, overrides, headingLevel, navigate, onResolved, ...events }: ResetPasswordTaskProps) {
  const text = strings.sessionTask;
  const flow = useSignInFlow();
  const { busy } = useStepState(flow);
  const { form, signOutOthers, setSignOutOthers } = useNewPasswordForm(strings);
  const live = useLiveEvents(events);

  const onSubmit = form.handleSubmit(async ({ newPassword }) => {
    if (busy) return;
    const outcome = await flow.resolvePasswordTask({ newPassword, signOutOfOtherSessions: signOutOthers }, navigate);
    reportOutcome(outcome, 'session_task', live, (error, field) => errorMessage(error, field !== null, strings));
    if (outcome.ok) return onResolved?.(outcome);
    if (!outcome.busy && outcome.fieldErrors.password) form.setFocus('newPassword');
  });

  return (
    <StepShell step="session_task" flow={flow} strings={strings} overrides={overrides} title={text.resetPasswordTitle} headingLevel={headingLevel} className={className} submit={{ idle: text.submit, pending: text.submitting }} onSubmit={onSubmit}>
      <p data-part="description">{text.resetPasswordDescription}</p>
      <NewPasswordFields form={form} flow={flow} strings={strings} busy={busy} signOutOthers={signOutOthers} onSignOutOthersChange={setSignOutOthers} />
    </StepShell>
  );
}
