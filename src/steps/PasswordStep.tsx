'use client';
import type { LocalizationProps } from '../text/localization.js';
import type { AppearanceProps } from '../parts/appearance.js';
import { useEffect, useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import type { RetryBlock } from '../flow/retryBlock.js';
import { reportOutcome, type SignInEventProps } from '../flow/events.js';
import { useSignInFlow } from './SignInRoot.js';
import { useCardFrame } from '../parts/appearance.js';
import type { HeadingLevel } from '../parts/Heading.js';
import { PasswordToggle } from '../parts/PasswordToggle.js';
import { TextField } from '../parts/TextField.js';
import { format, passwordStepText, type PartialSignInStrings, type SignInStrings } from '../text/strings.js';
import { EMAIL_MAX_LENGTH, emailProblem } from '../flow/emailRules.js';
import { useStrings } from '../text/StringsContext.js';
import { errorMessage, errorNamespaces } from '../text/words.js';
import { StepShell, useFocusOnMount, useLiveEvents, useRecheckOnLanguage, useStepState } from './StepShell.js';
import { useIsLoneStep, withOwnRoot } from './withOwnRoot.js';

export interface PasswordStepProps extends SignInEventProps, AppearanceProps, LocalizationProps {
  /** Class on the `<form>`. */
  className?: string;
  /** Overrides for any of the English strings. */
  strings?: PartialSignInStrings;
  /** Level of the step's title. Default `2`. */
  headingLevel?: HeadingLevel;
  /** Email to prefill, for example from a "remember me" cookie. Default empty. */
  defaultEmail?: string;
  /** Focus the email field when the step appears. Default `false`: a page should not grab focus on load. */
  autoFocus?: boolean;
  /**
   * Called once "Forgot password?" has started a reset for the address typed (the flow then shows
   * `reset_password`). Inside `<SignInFlow>` the button is always offered; a step alone offers it
   * only with this prop, as the app then renders `<ResetPasswordStep>` itself.
   */
  onForgotPassword?: () => void;
}

interface PasswordValues {
  email: string;
  password: string;
}

/** react-hook-form's check of the email field, in the step's words. */
function emailCheck(text: SignInStrings['passwordStep']) {
  return (value: string) => {
    const problem = emailProblem(value);
    if (problem === null) return true;
    return { required: text.emailRequired, too_long: format(text.emailTooLong, { count: EMAIL_MAX_LENGTH }), hidden_characters: text.emailHiddenCharacters, shape: text.emailInvalid }[problem];
  };
}

const sameAccount = (typed: string, locked: string) => typed.trim().toLowerCase() === locked.toLowerCase();

/**
 * Whether a running lockout holds the email now typed. A lockout belongs to one account, so another
 * address is free to sign in. Subscribed rather than watched: the step re-renders only when the
 * answer flips, not on every keystroke.
 */
function useLockApplies(form: UseFormReturn<PasswordValues>, block: RetryBlock | null): boolean {
  const lockedFor = block?.reason === 'user_locked' ? (block.identifier ?? null) : null;
  const [typedIsLocked, setTypedIsLocked] = useState(true);
  useEffect(() => {
    if (lockedFor === null) return;
    setTypedIsLocked(sameAccount(form.getValues('email'), lockedFor));
    return form.subscribe({ name: 'email', formState: { values: true }, callback: ({ values }) => setTypedIsLocked(sameAccount(values.email ?? '', lockedFor)) });
  }, [form, lockedFor]);
  // Without a known account the lock holds the form, as Clerk's answer alone cannot say whose it is.
  return lockedFor === null || typedIsLocked;
}

function PasswordForm({ className, strings: overrides, headingLevel = 2, defaultEmail = '', autoFocus = false, onForgotPassword, ...events }: PasswordStepProps) {
  const strings = useStrings(overrides, passwordStepText, ...errorNamespaces);
  const text = strings.passwordStep;
  const flow = useSignInFlow();
  const { appName } = useCardFrame();
  const [passwordShown, setPasswordShown] = useState(false);
  // Back on this step without asking (Clerk's sign-in changed under the form), the address stays.
  const form = useForm<PasswordValues>({ defaultValues: { email: defaultEmail || (flow.lastIdentifier ?? ''), password: '' } });
  const lockApplies = useLockApplies(form, flow.retryBlock);
  useRecheckOnLanguage(form, strings);
  const { busy } = useStepState(flow, lockApplies);
  const { errors } = form.formState;
  const server = flow.fieldErrors;
  useFocusOnMount(autoFocus, () => form.setFocus('email'));
  const live = useLiveEvents(events);

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    if (busy) return;
    const outcome = await flow.submitPassword({ emailAddress: email, password });
    reportOutcome(outcome, 'password', live, (error, field) => errorMessage(error, field !== null, strings));
    if (outcome.ok || outcome.busy) return;
    // Only Clerk's verdict that the password is wrong clears it; after a fault it is kept for a retry.
    if (outcome.fieldErrors.password?.code === 'form_password_incorrect') form.setValue('password', '');
    if (outcome.fieldErrors.identifier) form.setFocus('email');
    else if (outcome.fieldErrors.password) form.setFocus('password');
  });

  const offerReset = !useIsLoneStep() || onForgotPassword !== undefined;
  const forgotPassword = async () => {
    if (busy) return;
    // Only the address matters for a reset: the password field is neither checked nor sent.
    if (!(await form.trigger('email'))) return form.setFocus('email');
    const outcome = await flow.startPasswordReset(form.getValues('email'));
    reportOutcome(outcome, 'password', live, (error, field) => errorMessage(error, field !== null, strings));
    if (outcome.ok) return onForgotPassword?.();
    const about = outcome.busy ? undefined : outcome.fieldErrors.identifier;
    if (!about) return;
    // Clerk's own verdicts show through the controller; an account with nothing to send a code to is ours to say.
    if (about.code === 'reset_password_unavailable') form.setError('email', { type: 'reset', message: errorMessage(about, true, strings) });
    form.setFocus('email');
  };

  // Both fields: typed as given (no capitals, no spelling fixes), required, held still while a request runs.
  const credentialField = { autoCapitalize: 'none', spellCheck: false, required: true, readOnly: flow.isPending } as const;
  return (
    <StepShell step="password" flow={flow} strings={strings} overrides={overrides} title={text.title} headingLevel={headingLevel} className={className} submit={{ idle: text.submit, pending: text.submitting }} onSubmit={onSubmit} lockApplies={lockApplies} subtitle={appName ? format(text.subtitle, { app: appName }) : null}>
      <TextField
        label={text.emailLabel}
        type="email"
        autoComplete="username"
        {...credentialField}
        error={errors.email?.message ?? (server.identifier && errorMessage(server.identifier, true, strings))}
        {...form.register('email', {
          setValueAs: (value: string) => value.trim(),
          validate: emailCheck(text),
          // A server verdict stands until the person edits the field it is about.
          onChange: () => flow.clearFieldError('identifier'),
        })}
      />
      <TextField
        label={text.passwordLabel}
        type={passwordShown ? 'text' : 'password'}
        autoComplete="current-password"
        {...credentialField}
        error={errors.password?.message ?? (server.password && errorMessage(server.password, true, strings))}
        renderControl={(input, inputId) => (
          <div data-part="password-control">
            {input}
            <PasswordToggle shown={passwordShown} onToggle={() => setPasswordShown(!passwordShown)} inputId={inputId} />
          </div>
        )}
        {...form.register('password', { required: text.passwordRequired, onChange: () => flow.clearFieldError('password') })}
      />
      {offerReset ? (
        <button type="button" data-part="forgot-password" aria-disabled={busy || undefined} onClick={() => void forgotPassword()}>
          {text.forgotPassword}
        </button>
      ) : null}
    </StepShell>
  );
}

/** Email and password: the first step of a Clerk sign-in. */
export const PasswordStep = withOwnRoot(PasswordForm, 'PasswordStep');
