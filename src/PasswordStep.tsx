'use client';
import { useEffect, useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { reportOutcome, type SignInEventProps } from './events.js';
import { FormErrorMessage } from './FormErrorMessage.js';
import { formErrorText } from './formErrorText.js';
import { Heading, type HeadingLevel } from './Heading.js';
import { PasswordToggle } from './PasswordToggle.js';
import { mergeStrings, messageFor, type PartialSignInStrings } from './strings.js';
import { SubmitButton } from './SubmitButton.js';
import { TextField } from './TextField.js';
import { useSignInFlow } from './useSignInFlow.js';

export interface PasswordStepProps extends SignInEventProps {
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
}

interface PasswordValues {
  email: string;
  password: string;
}

// Deliberately loose: one `@` and a dot in the domain. Clerk is the judge of real addresses;
// this only catches the typo before it costs a request.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Email and password: the first step of a Clerk sign-in. */
export function PasswordStep({ className, strings: overrides, headingLevel = 2, defaultEmail = '', autoFocus = false, ...events }: PasswordStepProps) {
  const strings = useMemo(() => mergeStrings(overrides), [overrides]);
  const text = strings.passwordStep;
  const flow = useSignInFlow();
  const titleId = useId();
  const [passwordShown, setPasswordShown] = useState(false);
  const form = useForm<PasswordValues>({ defaultValues: { email: defaultEmail, password: '' } });
  const { errors } = form.formState;

  useEffect(() => {
    if (autoFocus) form.setFocus('email');
    // Mount only.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const blocked = flow.retryBlock !== null && flow.retryBlock.secondsLeft !== null;
  const busy = flow.isPending || blocked;

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    if (busy) return;
    const outcome = await flow.submitPassword({ emailAddress: email, password });
    if (!outcome.ok && outcome.busy) return;
    const fieldErrors = outcome.ok ? {} : outcome.fieldErrors;
    const identifierMessage = fieldErrors.identifier && messageFor(fieldErrors.identifier, strings);
    const passwordMessage = fieldErrors.password && messageFor(fieldErrors.password, strings);
    reportOutcome(outcome, 'password', events, (field, code) =>
      field === 'identifier' ? identifierMessage! : field === 'password' ? passwordMessage! : (formErrorText(outcome.ok ? null : outcome.formError, null, strings)?.message ?? code),
    );
    // Only Clerk's verdict that the password is wrong clears it; after a fault it is kept for a retry.
    if (fieldErrors.password?.code === 'form_password_incorrect') form.setValue('password', '');
    if (passwordMessage) form.setError('password', { type: 'server', message: passwordMessage });
    if (identifierMessage) form.setError('email', { type: 'server', message: identifierMessage });
    const firstInvalid = identifierMessage ? 'email' : passwordMessage ? 'password' : null;
    if (firstInvalid) form.setFocus(firstInvalid);
  });

  return (
    <form
      className={className}
      aria-labelledby={titleId}
      aria-busy={flow.isPending || undefined}
      data-step="password"
      data-status={flow.isPending ? 'submitting' : blocked ? 'blocked' : 'idle'}
      // Never a native submission: if one ever happened, a POST keeps the password out of the URL.
      method="post"
      noValidate
      onSubmit={onSubmit}
    >
      <Heading level={headingLevel} id={titleId}>
        {text.title}
      </Heading>
      <FormErrorMessage text={formErrorText(flow.formError, flow.retryBlock, strings)} />
      <TextField
        label={text.emailLabel}
        type="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        readOnly={busy}
        error={errors.email?.message}
        {...form.register('email', {
          setValueAs: (value: string) => value.trim(),
          required: text.emailRequired,
          pattern: { value: EMAIL_SHAPE, message: text.emailInvalid },
        })}
      />
      <TextField
        label={text.passwordLabel}
        type={passwordShown ? 'text' : 'password'}
        autoComplete="current-password"
        autoCapitalize="none"
        spellCheck={false}
        readOnly={busy}
        error={errors.password?.message}
        renderControl={(input, inputId) => (
          <div data-part="password-control">
            {input}
            <PasswordToggle shown={passwordShown} onToggle={() => setPasswordShown(!passwordShown)} inputId={inputId} label={text.showPassword} />
          </div>
        )}
        {...form.register('password', { required: text.passwordRequired })}
      />
      <SubmitButton busy={busy}>{flow.isPending ? text.submitting : text.submit}</SubmitButton>
    </form>
  );
}
