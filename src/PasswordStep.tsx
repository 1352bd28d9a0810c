'use client';
import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { FormErrorMessage } from './FormErrorMessage.js';
import { Heading, type HeadingLevel } from './Heading.js';
import { mergeStrings, messageFor, type PartialSignInStrings } from './strings.js';
import { TextField } from './TextField.js';
import { useSignInFlow } from './useSignInFlow.js';

export interface PasswordStepProps {
  /** Class on the `<form>`. */
  className?: string;
  /** Overrides for any of the English strings. */
  strings?: PartialSignInStrings;
  /** Level of the step's title. Default `2`. */
  headingLevel?: HeadingLevel;
  /** Email to prefill, for example from a "remember me" cookie. Default empty. */
  defaultEmail?: string;
}

interface PasswordValues {
  email: string;
  password: string;
}

// Deliberately loose: one `@` and a dot in the domain. Clerk is the judge of real addresses;
// this only catches the typo before it costs a request.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Email and password: the first step of a Clerk sign-in. */
export function PasswordStep({ className, strings: overrides, headingLevel = 2, defaultEmail = '' }: PasswordStepProps) {
  const strings = useMemo(() => mergeStrings(overrides), [overrides]);
  const text = strings.passwordStep;
  const flow = useSignInFlow();
  const titleId = useId();
  const form = useForm<PasswordValues>({ defaultValues: { email: defaultEmail, password: '' } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    const outcome = await flow.submitPassword({ emailAddress: email, password });
    if (outcome.ok) return;
    const { identifier, password: passwordError } = outcome.fieldErrors;
    // Only Clerk's verdict that the password is wrong clears it; after a fault it is kept for a retry.
    if (passwordError?.code === 'form_password_incorrect') form.setValue('password', '');
    if (passwordError) form.setError('password', { type: 'server', message: messageFor(passwordError, strings) });
    if (identifier) form.setError('email', { type: 'server', message: messageFor(identifier, strings) });
    const firstInvalid = identifier ? 'email' : passwordError ? 'password' : null;
    if (firstInvalid) form.setFocus(firstInvalid);
  });

  const pending = flow.isPending;
  return (
    <form
      className={className}
      aria-labelledby={titleId}
      aria-busy={pending || undefined}
      data-step="password"
      data-status={pending ? 'submitting' : 'idle'}
      noValidate
      onSubmit={onSubmit}
    >
      <Heading level={headingLevel} id={titleId}>
        {text.title}
      </Heading>
      <FormErrorMessage message={flow.formError ? messageFor(flow.formError, strings) : null} />
      <TextField
        label={text.emailLabel}
        type="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        readOnly={pending}
        error={errors.email?.message}
        {...form.register('email', {
          setValueAs: (value: string) => value.trim(),
          required: text.emailRequired,
          pattern: { value: EMAIL_SHAPE, message: text.emailInvalid },
        })}
      />
      <TextField
        label={text.passwordLabel}
        type="password"
        autoComplete="current-password"
        readOnly={pending}
        error={errors.password?.message}
        {...form.register('password', { required: text.passwordRequired })}
      />
      <button type="submit" disabled={pending} data-part="submit">
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
