'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { FlowError } from '../clerk/errors.js';
import type { ReverificationLevel, ReverificationRequest, SessionVerificationLike, VerifiableSessionLike } from '../clerk/types.js';
import { NUMERIC_CODE_SHAPE, normalizeCode } from '../flow/codeRules.js';
import { useRecheckOnLanguage } from '../flow/useRecheckOnLanguage.js';
import { CodeField } from '../parts/CodeField.js';
import { FormErrorMessage } from '../parts/FormErrorMessage.js';
import { Heading, type HeadingLevel } from '../parts/Heading.js';
import { PasswordToggle } from '../parts/PasswordToggle.js';
import { SubmitButton } from '../parts/SubmitButton.js';
import { TextField } from '../parts/TextField.js';
import type { MfaSetupStrings } from '../text/setupStrings.js';
import type { SignInStrings } from '../text/strings.js';
import { errorMessage, formErrorText, type ErrorStrings } from '../text/words.js';
import { attempt, firstError } from './attempt.js';
import { useOneRequest } from './useOneRequest.js';

export interface ReverifyFormProps {
  session: VerifiableSessionLike | null | undefined;
  request: ReverificationRequest;
  /** Makes the session current again once verified, before the call is retried. */
  touch: (() => Promise<unknown>) | undefined;
  text: MfaSetupStrings['reverify'];
  strings: ErrorStrings & Pick<SignInStrings, 'passwordStep' | 'secondFactorStep'>;
  headingLevel: HeadingLevel;
  onError?: (error: FlowError) => void;
}

type Ask = { name: 'starting' } | { name: 'password' } | { name: 'totp' } | { name: 'backup_code' } | { name: 'unavailable'; error: FlowError | null };

/** What the verification asks next, among what this form can ask: a password, an authenticator code, a backup code. */
function nextAsk(verification: SessionVerificationLike): Ask | 'complete' {
  if (verification.status === 'complete') return 'complete';
  if (verification.status === 'needs_first_factor' && verification.supportedFirstFactors?.some((factor) => factor.strategy === 'password')) return { name: 'password' };
  if (verification.status === 'needs_second_factor') {
    const strategies = verification.supportedSecondFactors?.map((factor) => factor.strategy) ?? [];
    if (strategies.includes('totp')) return { name: 'totp' };
    if (strategies.includes('backup_code')) return { name: 'backup_code' };
  }
  return { name: 'unavailable', error: null };
}

/**
 * Clerk asked to confirm it is the account's owner before a sensitive change: the password or a
 * code, asked in place, then the change is retried once. Cancel gives the change up.
 */
export function ReverifyForm({ session, request, touch, text, strings, headingLevel, onError }: ReverifyFormProps) {
  const [ask, setAsk] = useState<Ask>({ name: 'starting' });
  const { pending, once } = useOneRequest();
  const [serverError, setServerError] = useState<FlowError | null>(null);
  const [passwordShown, setPasswordShown] = useState(false);
  const started = useRef(false);
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const section = useRef<HTMLElement>(null);
  const form = useForm<{ password: string; code: string }>({ defaultValues: { password: '', code: '' }, reValidateMode: 'onSubmit' });
  const code = useWatch({ control: form.control, name: 'code' }) ?? '';
  useRecheckOnLanguage(form, strings);

  const moveOn = async (verification: SessionVerificationLike) => {
    const next = nextAsk(verification);
    if (next !== 'complete') {
      form.reset({ password: '', code: '' });
      return setAsk(next);
    }
    await touch?.();
    request.complete();
  };

  useEffect(() => {
    // Once: strict mode's second effect must not start a second verification.
    if (started.current) return;
    started.current = true;
    section.current?.focus();
    if (!session) return setAsk({ name: 'unavailable', error: null });
    // Clerk's own form asks for a second factor unless the app said otherwise; a user without one is
    // asked the first (Clerk's answer says which).
    const level: ReverificationLevel = request.level ?? 'second_factor';
    void attempt(() => session.startVerification({ level })).then((result) => {
      if (result.ok) return moveOn(result.value);
      const error = firstError(result);
      onError?.(error);
      setAsk({ name: 'unavailable', error });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (ask.name === 'password') form.setFocus('password');
    if (ask.name === 'totp' || ask.name === 'backup_code') form.setFocus('code');
  }, [ask.name, form]);

  const onSubmit = form.handleSubmit(({ password, code: typed }) =>
    once(async () => {
      if (!session) return;
      setServerError(null);
      const result = await attempt(() =>
        ask.name === 'password' ? session.attemptFirstFactorVerification({ strategy: 'password', password }) : session.attemptSecondFactorVerification({ strategy: ask.name === 'backup_code' ? 'backup_code' : 'totp', code: typed }),
      );
      if (result.ok) return moveOn(result.value);
      const error = firstError(result);
      onError?.(error);
      setServerError(error);
      // A secret that was refused is typed afresh.
      form.setValue(ask.name === 'password' ? 'password' : 'code', '');
      form.setFocus(ask.name === 'password' ? 'password' : 'code');
    }),
  );

  const wrongCode = serverError?.code === 'form_code_incorrect';
  const onField = serverError && (serverError.code === 'form_password_incorrect' || wrongCode);
  const fieldError = (name: 'password' | 'code') =>
    form.formState.errors[name]?.message ?? (onField ? (wrongCode ? (ask.name === 'backup_code' ? strings.secondFactorStep.backupCodeIncorrect : strings.secondFactorStep.totpIncorrect) : errorMessage(serverError, true, strings)) : undefined);

  return (
    <section ref={section} tabIndex={-1} data-part="reverify" data-status={ask.name} aria-labelledby={titleId}>
      <Heading level={headingLevel} id={titleId}>
        {text.title}
      </Heading>
      <p data-part="description">{text.description}</p>
      {ask.name === 'starting' ? <p role="status">{text.preparing}</p> : null}
      {ask.name === 'unavailable' ? (
        <>
          <FormErrorMessage text={formErrorText(ask.error, null, strings)} />
          <p data-part="description">{text.unavailable}</p>
        </>
      ) : null}
      {ask.name === 'password' || ask.name === 'totp' || ask.name === 'backup_code' ? (
        <form ref={formRef} method="post" noValidate onSubmit={onSubmit} aria-busy={pending || undefined}>
          <FormErrorMessage text={serverError && !onField ? formErrorText(serverError, null, strings) : null} />
          {ask.name === 'password' ? (
            <TextField
              label={text.passwordLabel}
              type={passwordShown ? 'text' : 'password'}
              autoComplete="current-password"
              required
              readOnly={pending}
              error={fieldError('password')}
              renderControl={(input, inputId) => (
                <div data-part="password-control">
                  {input}
                  <PasswordToggle shown={passwordShown} onToggle={() => setPasswordShown(!passwordShown)} inputId={inputId} />
                </div>
              )}
              {...form.register('password', { required: strings.passwordStep.passwordRequired, onChange: () => setServerError(null) })}
            />
          ) : (
            <CodeField
              kind={ask.name}
              label={ask.name === 'totp' ? text.codeLabel : text.backupCodeLabel}
              description={ask.name === 'totp' ? text.codeDescription : text.backupCodeDescription}
              required
              readOnly={pending}
              value={code}
              error={fieldError('code')}
              onFilled={() => formRef.current?.requestSubmit()}
              {...form.register('code', {
                setValueAs: (typed: string) => (ask.name === 'totp' ? normalizeCode(typed) : typed.trim()),
                onChange: () => setServerError(null),
                validate: (typed: string) =>
                  ask.name === 'totp' ? (!typed ? strings.secondFactorStep.totpRequired : NUMERIC_CODE_SHAPE.test(typed) || strings.secondFactorStep.totpInvalid) : Boolean(typed) || strings.secondFactorStep.backupCodeRequired,
              })}
            />
          )}
          <SubmitButton busy={pending} pending={pending}>
            {pending ? text.submitting : text.submit}
          </SubmitButton>
        </form>
      ) : null}
      <div data-part="actions">
        <button type="button" data-part="cancel" onClick={() => request.cancel()}>
          {text.cancel}
        </button>
      </div>
    </section>
  );
}
