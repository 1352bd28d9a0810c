'use client';
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { FlowError } from '../clerk/errors.js';
import type { TotpLike } from '../clerk/types.js';
import { useUserSource } from '../clerk/userSource.js';
import { CODE_LENGTH, NUMERIC_CODE_SHAPE, normalizeCode } from '../flow/codeRules.js';
import { useRecheckOnLanguage } from '../flow/useRecheckOnLanguage.js';
import { useCardAppearance } from '../parts/appearance.js';
import { CodeField } from '../parts/CodeField.js';
import { CopyButton } from '../parts/CopyButton.js';
import { FormErrorMessage } from '../parts/FormErrorMessage.js';
import { Heading } from '../parts/Heading.js';
import { SubmitButton } from '../parts/SubmitButton.js';
import { backupCodesText, totpSetupText, type MfaSetupStrings } from '../text/setupStrings.js';
import { format, secondFactorStepText, type SignInStrings } from '../text/strings.js';
import { useStrings } from '../text/StringsContext.js';
import { errorMessage, errorNamespaces, formErrorText, type ErrorStrings } from '../text/words.js';
import { withSetupScope, type SetupFormProps } from './SetupScope.js';
import { attempt, firstError } from './attempt.js';
import { useOneRequest } from './useOneRequest.js';
import { BackupCodesList } from './BackupCodesList.js';

// The encoder loads only when a setup shows its QR code: the sign-in steps never carry it.
const QrCode = lazy(() => import('../parts/QrCode.js'));

export interface TotpSetupCompleteEvent {
  /** Backup codes were shown (and the person confirmed saving them): this was the first second factor. */
  backupCodes: boolean;
}

export interface TotpSetupProps extends SetupFormProps {
  /** Moves focus to the card when it appears, so keyboard and screen-reader users start there. Default `true`. */
  autoFocus?: boolean;
  /** The authenticator is on (and any backup codes were saved). */
  onComplete?: (event: TotpSetupCompleteEvent) => void;
  /** The person cancelled before confirming a code: Clerk keeps no authenticator that asks for codes. */
  onCancel?: () => void;
}

type Phase = { name: 'creating' } | { name: 'failed'; error: FlowError } | { name: 'scan'; totp: TotpLike } | { name: 'codes'; codes: readonly string[] } | { name: 'done'; backupCodes: boolean };

/** The secret as an authenticator app's manual entry shows it: groups of four. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

function TotpSetupCard({ className, strings: overrides, headingLevel = 2, autoFocus = true, onComplete, onCancel, onError }: TotpSetupProps) {
  const strings = useStrings(overrides, totpSetupText, backupCodesText, secondFactorStepText, ...errorNamespaces);
  const { user, isLoaded } = useUserSource();
  const text = strings.totpSetup;
  const [phase, setPhase] = useState<Phase>({ name: 'creating' });
  const titleId = useId();
  const card = useCardAppearance();
  const section = useRef<HTMLElement>(null);
  // It replaces what was pressed to open it (a settings button, the password step): focus would fall to the page.
  useEffect(() => {
    if (autoFocus) section.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const started = useRef(false);
  const account = user?.primaryEmailAddress?.emailAddress ?? '';

  const create = async () => {
    if (!user) return;
    setPhase({ name: 'creating' });
    // Clerk replaces an unverified authenticator on a new `createTOTP`, and never asks a code of one at sign-in.
    const result = await attempt(() => user.createTOTP());
    if (result.ok) return setPhase({ name: 'scan', totp: result.value });
    const error = firstError(result);
    onError?.({ code: error.code, message: errorMessage(error, false, strings) });
    setPhase({ name: 'failed', error });
  };

  // Once, when a signed-in user is there (a ref survives strict mode's second effect).
  useEffect(() => {
    if (!isLoaded || !user || started.current) return;
    started.current = true;
    void create();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isLoaded, user]);

  const finish = (backupCodes: boolean) => {
    setPhase({ name: 'done', backupCodes });
    onComplete?.({ backupCodes });
  };

  if (phase.name === 'codes') return <BackupCodesList className={className} codes={phase.codes} account={account} text={strings.backupCodes} headingLevel={headingLevel} onContinue={() => finish(true)} />;

  return (
    <section ref={section} tabIndex={-1} className={className} data-part="setup" data-setup="totp" data-status={phase.name} aria-labelledby={titleId} {...card}>
      <Heading level={headingLevel} id={titleId}>
        {phase.name === 'done' ? text.doneTitle : text.title}
      </Heading>
      {phase.name === 'creating' ? <p role="status">{text.preparing}</p> : null}
      {phase.name === 'failed' ? (
        <>
          <FormErrorMessage text={formErrorText(phase.error, null, strings)} />
          <p data-part="setup-failed">{text.failed}</p>
          <div data-part="actions">
            <button type="button" data-part="retry" onClick={() => void create()}>
              {text.retry}
            </button>
            {onCancel ? (
              <button type="button" data-part="cancel" onClick={onCancel}>
                {text.cancel}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
      {phase.name === 'scan' ? <ScanAndConfirm totp={phase.totp} account={account} strings={strings} text={text} onVerified={(codes) => (codes.length > 0 ? setPhase({ name: 'codes', codes }) : finish(false))} onCancel={onCancel} onError={onError} /> : null}
      {phase.name === 'done' ? (
        <p role="status" data-part="setup-done">
          {text.done}
        </p>
      ) : null}
    </section>
  );
}

interface ScanAndConfirmProps {
  totp: TotpLike;
  account: string;
  strings: ErrorStrings & Pick<SignInStrings, 'secondFactorStep'>;
  text: MfaSetupStrings['totpSetup'];
  onVerified: (backupCodes: readonly string[]) => void;
  onCancel: (() => void) | undefined;
  onError: TotpSetupProps['onError'];
}

/** The QR code and the key, then the code that proves the app has them. */
function ScanAndConfirm({ totp, account, strings, text, onVerified, onCancel, onError }: ScanAndConfirmProps) {
  const { user } = useUserSource();
  const form = useForm<{ code: string }>({ defaultValues: { code: '' }, reValidateMode: 'onSubmit' });
  const value = useWatch({ control: form.control, name: 'code' }) ?? '';
  useRecheckOnLanguage(form, strings);
  const { pending, once } = useOneRequest();
  const [serverError, setServerError] = useState<{ field: FlowError | null; form: FlowError | null }>({ field: null, form: null });
  const secret = totp.secret ?? '';
  const uri = totp.uri ?? '';
  const formRef = useRef<HTMLFormElement>(null);
  const keyId = useId();
  const incorrect = strings.secondFactorStep.totpIncorrect;

  // One request per intent: the sixth digit submits, and Enter on top of it sends nothing more.
  const onSubmit = form.handleSubmit(({ code }) =>
    once(async () => {
      if (!user) return;
      setServerError({ field: null, form: null });
      const result = await attempt(() => user.verifyTOTP({ code }));
      if (result.ok) return onVerified(result.value.backupCodes ?? []);
      const field = result.fieldErrors.code ?? null;
      const error = field ?? result.formError ?? { code: 'unknown' };
      onError?.({ code: error.code, message: error.code === 'form_code_incorrect' ? incorrect : errorMessage(error, false, strings) });
      setServerError({ field, form: result.formError });
      // A wrong code is typed afresh; anything else keeps it for another try.
      if (field) form.setValue('code', '');
      form.setFocus('code');
    }),
  );

  const fieldError = form.formState.errors.code?.message ?? (serverError.field ? (serverError.field.code === 'form_code_incorrect' ? incorrect : errorMessage(serverError.field, true, strings)) : undefined);
  return (
    <>
      <p data-part="description">{text.scanInstructions}</p>
      <div data-part="qr-frame">
        <Suspense fallback={<div data-part="qr-code-placeholder" />}>
          <QrCode value={uri} label={format(text.qrLabel, { account })} />
        </Suspense>
      </div>
      <p data-part="description" id={keyId}>
        {text.manualInstructions}
      </p>
      <p data-part="setup-key-row">
        {/* Grouped for reading; the copy button copies it whole. Never in an attribute. */}
        <code data-part="setup-key" dir="ltr" aria-describedby={keyId}>
          {grouped(secret)}
        </code>
        <CopyButton text={secret} label={text.copyKey} copiedLabel={text.copied} />
      </p>
      {/* A button, not a link: the URI carries the secret, which stays out of the DOM's attributes. */}
      <button type="button" data-part="open-in-app" onClick={() => window.location.assign(uri)}>
        {text.openInApp}
      </button>
      <form ref={formRef} data-part="setup-confirm" method="post" noValidate onSubmit={onSubmit} aria-busy={pending || undefined}>
        <FormErrorMessage text={serverError.form ? formErrorText(serverError.form, null, strings) : null} />
        <CodeField
          kind="totp"
          label={text.codeLabel}
          description={text.codeDescription}
          required
          readOnly={pending}
          value={value}
          error={fieldError}
          onFilled={() => formRef.current?.requestSubmit()}
          onOverfilled={() => form.setError('code', { type: 'overfilled', message: format(strings.secondFactorStep.codeTooLong, { count: CODE_LENGTH }) })}
          {...form.register('code', {
            setValueAs: (typed: string) => normalizeCode(typed),
            onChange: () => {
              if (form.getFieldState('code').error) form.clearErrors('code');
              if (serverError.field) setServerError({ field: null, form: null });
            },
            validate: (typed: string) => (!typed ? strings.secondFactorStep.totpRequired : NUMERIC_CODE_SHAPE.test(typed) || strings.secondFactorStep.totpInvalid),
          })}
        />
        <SubmitButton busy={pending} pending={pending}>
          {pending ? text.submitting : text.submit}
        </SubmitButton>
        {onCancel ? (
          <div data-part="actions">
            <button type="button" data-part="cancel" onClick={onCancel}>
              {text.cancel}
            </button>
          </div>
        ) : null}
      </form>
    </>
  );
}

/**
 * Adds an authenticator app to the signed-in account: Clerk's `user.createTOTP()`, a QR code of its
 * `otpauth://` URI and the key grouped in fours, then the app's code (`user.verifyTOTP`), then the
 * backup codes Clerk gives with a first second factor, shown once.
 */
export const TotpSetup = withSetupScope(TotpSetupCard, 'TotpSetup');
