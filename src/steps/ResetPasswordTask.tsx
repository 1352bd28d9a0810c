import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { SessionNavigate, SignInOutcome } from '../flow/controller.js';
import { reportOutcome, type SignInEventProps } from '../flow/events.js';
import { CheckboxField } from '../parts/CheckboxField.js';
import type { HeadingLevel } from '../parts/Heading.js';
import { TextField } from '../parts/TextField.js';
import { format, type SignInStrings } from '../text/strings.js';
import { errorMessage } from '../text/words.js';
import { useSignInFlow } from './SignInRoot.js';
import { StepShell, useFocusOnMount, useLiveEvents, useStepState } from './StepShell.js';

export interface ResetPasswordTaskProps extends SignInEventProps {
  className: string | undefined;
  strings: SignInStrings;
  headingLevel: HeadingLevel;
  navigate: SessionNavigate | undefined;
  onResolved: ((outcome: SignInOutcome) => void) | undefined;
}

/** The `reset-password` session task, as Clerk's own task screen resolves it: a new password, then the session. */
export function ResetPasswordTask({ className, strings, headingLevel, navigate, onResolved, ...events }: ResetPasswordTaskProps) {
  const text = strings.sessionTask;
  const flow = useSignInFlow();
  const { busy } = useStepState(flow);
  const minLength = flow.passwordRules?.minLength ?? 8;
  const [signOutOthers, setSignOutOthers] = useState(true);
  const form = useForm<{ newPassword: string; confirm: string }>({ defaultValues: { newPassword: '', confirm: '' } });
  const { errors } = form.formState;
  const server = flow.fieldErrors.password;
  useFocusOnMount(true, () => form.setFocus('newPassword'));
  const live = useLiveEvents(events);

  const onSubmit = form.handleSubmit(async ({ newPassword }) => {
    if (busy) return;
    const outcome = await flow.resolvePasswordTask({ newPassword, signOutOfOtherSessions: signOutOthers }, navigate);
    reportOutcome(outcome, 'session_task', live, (error, field) => errorMessage(error, field !== null, strings));
    if (outcome.ok) return onResolved?.(outcome);
    if (!outcome.busy && outcome.fieldErrors.password) form.setFocus('newPassword');
  });

  return (
    <StepShell step="session_task" flow={flow} strings={strings} title={text.resetPasswordTitle} headingLevel={headingLevel} className={className} submit={{ idle: text.submit, pending: text.submitting }} onSubmit={onSubmit}>
      <p data-part="description">{text.resetPasswordDescription}</p>
      <TextField
        label={text.newPasswordLabel}
        type="password"
        autoComplete="new-password"
        description={format(text.passwordRule, { count: minLength })}
        readOnly={busy}
        error={errors.newPassword?.message ?? (server && errorMessage(server, true, strings))}
        {...form.register('newPassword', {
          required: text.newPasswordRequired,
          minLength: { value: minLength, message: format(text.newPasswordTooShort, { count: minLength }) },
          onChange: () => flow.clearFieldError('password'),
        })}
      />
      <TextField
        label={text.confirmPasswordLabel}
        type="password"
        autoComplete="new-password"
        readOnly={busy}
        error={errors.confirm?.message}
        {...form.register('confirm', { validate: (value, values) => value === values.newPassword || text.confirmMismatch })}
      />
      <CheckboxField checked={signOutOthers} onCheckedChange={setSignOutOthers} label={text.signOutOfOtherSessions} disabled={busy} />
    </StepShell>
  );
}
