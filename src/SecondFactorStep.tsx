'use client';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { BackupCodeToggle } from './BackupCodeToggle.js';
import { inputAttributesFor, normalizeCode, TOTP_SHAPE, type CodeKind } from './codeRules.js';
import { FormErrorMessage } from './FormErrorMessage.js';
import { Heading, type HeadingLevel } from './Heading.js';
import { mergeStrings, messageFor, type PartialSignInStrings } from './strings.js';
import { TextField } from './TextField.js';
import { useSignInFlow } from './useSignInFlow.js';

export interface SecondFactorStepProps {
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
  /** The code kind shown first when the account offers both. Default `'totp'`. */
  defaultKind?: CodeKind;
}

/** The second factor: an authenticator (TOTP) code, or a backup code behind a toggle. */
export function SecondFactorStep({
  className,
  strings: overrides,
  headingLevel = 2,
  autoFocus = true,
  defaultKind = 'totp',
}: SecondFactorStepProps) {
  const strings = useMemo(() => mergeStrings(overrides), [overrides]);
  const text = strings.secondFactorStep;
  const flow = useSignInFlow();
  const titleId = useId();
  const offers = (strategy: string) => flow.secondFactors.some((factor) => factor.strategy === strategy);
  const hasTotp = offers('totp') || flow.secondFactors.length === 0;
  const hasBackup = offers('backup_code');
  const [kind, setKind] = useState<CodeKind>(hasTotp ? defaultKind : 'backup_code');
  const form = useForm<{ code: string }>({ defaultValues: { code: '' } });
  const { errors } = form.formState;
  const switched = useRef(false);

  useEffect(() => {
    if (autoFocus) form.setFocus('code');
    // Mount only: later focus moves are driven by the toggle and by rejected codes.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    // After the toggle the user is already on the checkbox; the next thing to do is type the code.
    if (switched.current) form.setFocus('code');
  }, [kind, form]);

  const switchKind = (useBackup: boolean) => {
    switched.current = true;
    form.reset({ code: '' });
    flow.dismissErrors();
    setKind(useBackup ? 'backup_code' : 'totp');
  };

  const onSubmit = form.handleSubmit(async ({ code }) => {
    const outcome = kind === 'totp' ? await flow.verifyTotp(code) : await flow.verifyBackupCode(code);
    if (outcome.ok) return;
    const codeError = outcome.fieldErrors.code;
    if (!codeError) return;
    form.setValue('code', '');
    const message =
      codeError.code === 'form_code_incorrect'
        ? kind === 'totp'
          ? text.totpIncorrect
          : text.backupCodeIncorrect
        : messageFor(codeError, strings);
    form.setError('code', { type: 'server', message }, { shouldFocus: true });
  });

  const pending = flow.isPending;
  return (
    <form
      className={className}
      aria-labelledby={titleId}
      aria-busy={pending || undefined}
      data-step="second_factor"
      data-status={pending ? 'submitting' : 'idle'}
      data-code-kind={kind}
      noValidate
      onSubmit={onSubmit}
    >
      <Heading level={headingLevel} id={titleId}>
        {text.title}
      </Heading>
      <FormErrorMessage message={flow.formError ? messageFor(flow.formError, strings) : null} />
      <TextField
        label={kind === 'totp' ? text.totpLabel : text.backupCodeLabel}
        description={kind === 'totp' ? text.totpDescription : text.backupCodeDescription}
        {...inputAttributesFor(kind)}
        readOnly={pending}
        error={errors.code?.message}
        {...form.register('code', {
          setValueAs: (value: string) => normalizeCode(value),
          validate: (code: string) => {
            if (!code) return kind === 'totp' ? text.totpRequired : text.backupCodeRequired;
            if (kind === 'totp' && !TOTP_SHAPE.test(code)) return text.totpInvalid;
            return true;
          },
        })}
      />
      {hasTotp && hasBackup ? (
        <BackupCodeToggle
          checked={kind === 'backup_code'}
          onCheckedChange={switchKind}
          label={text.useBackupCode}
          disabled={pending}
        />
      ) : null}
      <button type="submit" disabled={pending} data-part="submit">
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
