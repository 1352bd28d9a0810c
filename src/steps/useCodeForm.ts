import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import type { SignInFlowController, SignInOutcome } from '../flow/controller.js';
import { BACKUP_CODE_MAX_LENGTH, CODE_LENGTH, isBackupCodeShape, normalizeCode, NUMERIC_CODE_SHAPE, type CodeKind } from '../flow/codeRules.js';
import { reportOutcome, type SignInEventProps } from '../flow/events.js';
import type { SignInStep } from '../flow/steps.js';
import { format, type SignInStrings } from '../text/strings.js';
import { errorMessage, type CodeCopy, type ErrorStrings } from '../text/words.js';
import { useFocusOnMount, useLiveEvents, useRecheckOnLanguage, useStepState } from './StepShell.js';

interface CodeFormOptions {
  flow: SignInFlowController;
  kind: CodeKind;
  copy: CodeCopy;
  strings: ErrorStrings & Pick<SignInStrings, 'secondFactorStep'>;
  step: SignInStep;
  events: SignInEventProps;
  autoFocus: boolean;
  /** How the code is checked; by default the controller's check for `kind`. */
  verify?: (code: string) => Promise<SignInOutcome>;
}

const VERIFY = { totp: 'verifyTotp', phone_code: 'verifyPhoneCode', email_code: 'verifyEmailCode', backup_code: 'verifyBackupCode' } as const;

/**
 * The code form of a step: client validation of the code's shape, verification by its kind, and
 * the server's verdict shown on the field until the next keystroke.
 */
export type CodeForm = ReturnType<typeof useCodeForm>;

export function useCodeForm({ flow, kind, copy, strings, step, events, autoFocus, verify = (code) => flow[VERIFY[kind]](code) }: CodeFormOptions) {
  const { busy } = useStepState(flow);
  // Re-validate on submit only: the first keystroke after "that code is incorrect" must not swap in
  // "the code is 6 digits" while the person is still typing the new one.
  const form = useForm<{ code: string }>({ defaultValues: { code: '' }, reValidateMode: 'onSubmit' });
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOnMount(autoFocus, () => form.setFocus('code'));
  useRecheckOnLanguage(form, strings);
  const live = useLiveEvents(events);
  const serverError = flow.fieldErrors.code;

  const onSubmit = form.handleSubmit(async ({ code }) => {
    // A code typed after the sign-in completed (auto-submit, then Enter) has nothing left to verify.
    if (busy || flow.step === 'complete') return;
    const outcome = await verify(code);
    reportOutcome(outcome, step, live, (error, field) => errorMessage(error, field !== null, strings, field === 'code' ? copy : undefined));
    if (outcome.ok || outcome.busy || !outcome.fieldErrors.code) return;
    // A wrong six-digit code is typed afresh; a wrong backup code is usually one slip, kept to correct.
    if (kind === 'backup_code') form.setFocus('code', { shouldSelect: true });
    else {
      form.setValue('code', '');
      form.setFocus('code');
    }
  });

  return {
    formRef,
    onSubmit,
    /** For the field that paints the slots (`FormCodeField`), which alone re-renders per keystroke. */
    control: form.control,
    error: form.formState.errors.code?.message ?? (serverError && errorMessage(serverError, true, strings, copy)),
    /** Clears the field and its errors for another kind of code. */
    reset: () => form.reset({ code: '' }),
    focus: () => form.setFocus('code'),
    submitWhenFilled: () => formRef.current?.requestSubmit(),
    /** More digits arrived than a code has: nothing was filled in, and the person is told why. */
    refuseOverfill: () => form.setError('code', { type: 'overfilled', message: format(strings.secondFactorStep.codeTooLong, { count: CODE_LENGTH }) }),
    register: form.register('code', {
      setValueAs: (value: string) => normalizeCode(value),
      // A new keystroke retires the old verdict; the next submit gives a new one.
      // Only when there is one: clearing nothing would still re-render the step on every keystroke.
      onChange: () => {
        if (form.getFieldState('code').error) form.clearErrors('code');
        flow.clearFieldError('code');
      },
      validate: (value: string) => {
        if (!value) return copy.required;
        if (kind === 'backup_code') return isBackupCodeShape(value) || format(strings.secondFactorStep.backupCodeInvalid, { max: BACKUP_CODE_MAX_LENGTH });
        if (!NUMERIC_CODE_SHAPE.test(value)) return copy.invalid;
        return true;
      },
    }),
  };
}
