'use client';
import { useContext, useEffect, useId, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { BackupCodeToggle } from './BackupCodeToggle.js';
import { codeCopy } from './codeCopy.js';
import { CodeField } from './CodeField.js';
import { normalizeCode, NUMERIC_CODE_SHAPE, type CodeKind } from './codeRules.js';
import { reportOutcome, type SignInEventProps } from './events.js';
import { FactorMenu } from './FactorMenu.js';
import { FlowRestartContext } from './FlowRestartContext.js';
import { FormErrorMessage } from './FormErrorMessage.js';
import { formErrorText } from './formErrorText.js';
import { Heading, type HeadingLevel } from './Heading.js';
import { format, mergeStrings, messageFor, type PartialSignInStrings } from './strings.js';
import { ResendCode } from './ResendCode.js';
import { SubmitButton } from './SubmitButton.js';
import { RESEND_AFTER_SECONDS, usePhoneCodeDelivery } from './usePhoneCodeDelivery.js';
import { useSecondFactorChoice } from './useSecondFactorChoice.js';
import { useSignInFlow } from './useSignInFlow.js';

export interface SecondFactorStepProps extends SignInEventProps {
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
   * Called after "Use a different account". Inside `<SignInFlow>` the button is always offered and
   * the flow returns to the password step; used alone, the button shows only with this prop.
   */
  onUseDifferentAccount?: () => void;
  /** Seconds before a new SMS code may be requested. Default `30`, as in Clerk's prebuilt flow. */
  resendAfterSeconds?: number;
}

/** The second factor: an authenticator code, an SMS code, or a backup code. */
export function SecondFactorStep({ className, strings: overrides, headingLevel = 2, autoFocus = true, defaultKind = 'totp', onUseDifferentAccount, resendAfterSeconds = RESEND_AFTER_SECONDS, ...events }: SecondFactorStepProps) {
  const strings = useMemo(() => mergeStrings(overrides), [overrides]);
  const text = strings.secondFactorStep;
  const flow = useSignInFlow();
  const inFlow = useContext(FlowRestartContext) !== null;
  const titleId = useId();
  const choice = useSecondFactorChoice(flow.secondFactors, defaultKind);
  const { kind } = choice;
  const phone = flow.secondFactors.find((factor) => factor.strategy === 'phone_code')?.safeIdentifier ?? '';
  // Re-validate on submit only: the first keystroke after "that code is incorrect" must not swap in
  // "the code is 6 digits" while the person is still typing the new one.
  const form = useForm<{ code: string }>({ defaultValues: { code: '' }, reValidateMode: 'onSubmit' });
  const formElement = useRef<HTMLFormElement>(null);
  const switched = useRef(false);
  const blocked = flow.retryBlock !== null && flow.retryBlock.secondsLeft !== null;
  const busy = flow.isPending || blocked;
  // No SMS while a lockout or rate limit runs: it would be refused, and count against the account.
  const delivery = usePhoneCodeDelivery(flow, kind === 'phone_code' && !blocked, resendAfterSeconds);
  const code = form.watch('code') ?? '';
  const { errors } = form.formState;

  const copy = codeCopy(kind, text, phone);

  useEffect(() => {
    if (autoFocus) form.setFocus('code');
    // Mount only: later focus moves follow the person's own choices.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    // After choosing another factor the person is on the toggle or menu; the next thing to do is type.
    if (switched.current) form.setFocus('code');
  }, [kind, form]);

  const switchTo = (apply: () => void) => {
    switched.current = true;
    form.reset({ code: '' });
    flow.dismissErrors();
    apply();
  };

  const onSubmit = form.handleSubmit(async ({ code: value }) => {
    // A code typed after the sign-in completed (auto-submit, then Enter) has nothing left to verify.
    if (busy || flow.step === 'complete') return;
    const verify = { totp: flow.verifyTotp, phone_code: flow.verifyPhoneCode, backup_code: flow.verifyBackupCode }[kind];
    const outcome = await verify(value);
    if (!outcome.ok && outcome.busy) return;
    const codeError = outcome.ok ? undefined : outcome.fieldErrors.code;
    const message = codeError && (codeError.code === 'form_code_incorrect' ? copy.incorrect : messageFor(codeError, strings));
    reportOutcome(outcome, 'second_factor', events, (field, errorCode) =>
      field ? (message ?? errorCode) : (formErrorText(outcome.ok ? null : outcome.formError, null, strings)?.message ?? errorCode),
    );
    if (!codeError) return;
    form.setValue('code', '');
    form.setError('code', { type: 'server', message }, { shouldFocus: true });
  });

  return (
    <form
      ref={formElement}
      className={className}
      aria-labelledby={titleId}
      aria-busy={flow.isPending || undefined}
      data-step="second_factor"
      data-status={flow.isPending ? 'submitting' : blocked ? 'blocked' : 'idle'}
      data-code-kind={kind}
      // Never a native submission: if one ever happened, a POST keeps the code out of the URL.
      method="post"
      noValidate
      onSubmit={onSubmit}
    >
      <Heading level={headingLevel} id={titleId}>
        {text.title}
      </Heading>
      <FormErrorMessage text={formErrorText(flow.formError, flow.retryBlock, strings)} />
      <CodeField
        kind={kind}
        value={code}
        label={copy.label}
        description={copy.description}
        readOnly={busy}
        error={errors.code?.message}
        onFilled={() => formElement.current?.requestSubmit()}
        {...form.register('code', {
          setValueAs: (value: string) => normalizeCode(value),
          // A new keystroke retires the old verdict; the next submit gives a new one.
          onChange: () => form.clearErrors('code'),
          validate: (value: string) => {
            if (!value) return copy.required;
            if (kind !== 'backup_code' && !NUMERIC_CODE_SHAPE.test(value)) return copy.invalid;
            return true;
          },
        })}
      />
      {kind === 'phone_code' ? (
        <ResendCode
          ready={delivery.canResend && !busy}
          label={delivery.canResend ? text.resendCode : format(text.resendCodeIn, { seconds: delivery.secondsUntilResend })}
          sentMessage={delivery.resent ? text.codeSent : ''}
          onResend={() => void delivery.resend()}
        />
      ) : null}
      {choice.hasBackupToggle ? (
        <BackupCodeToggle checked={kind === 'backup_code'} onCheckedChange={(on) => switchTo(() => choice.setBackup(on))} label={text.useBackupCode} disabled={busy} />
      ) : null}
      <SubmitButton busy={busy}>{flow.isPending ? text.submitting : text.submit}</SubmitButton>
      <FactorMenu
        others={choice.others.filter((other) => !(choice.hasBackupToggle && other === 'backup_code'))}
        labelOf={(other) => codeCopy(other, text, phone).method}
        onChoose={(other) => switchTo(() => choice.choose(other))}
        toggleLabel={text.useAnotherMethod}
        listLabel={text.methodsTitle}
        disabled={busy}
      />
      {inFlow || onUseDifferentAccount ? (
        <button
          type="button"
          data-part="restart"
          // Another account is the way out of a lockout, so only a request in flight holds this back.
          aria-disabled={flow.isPending || undefined}
          onClick={async () => {
            if (flow.isPending) return;
            await flow.restart();
            onUseDifferentAccount?.();
          }}
        >
          {text.useDifferentAccount}
        </button>
      ) : null}
    </form>
  );
}
