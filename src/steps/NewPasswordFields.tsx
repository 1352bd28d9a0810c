import { useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import type { PasswordRules } from '../clerk/types.js';
import type { SignInFlowController } from '../flow/controller.js';
import { CheckboxField } from '../parts/CheckboxField.js';
import { TextField } from '../parts/TextField.js';
import { format, type SignInStrings } from '../text/strings.js';
import { errorMessage, type ErrorStrings } from '../text/words.js';
import { useFocusOnMount, useRecheckOnLanguage } from './StepShell.js';

/** The words of the new-password fields. */
export type NewPasswordStrings = Pick<SignInStrings, 'sessionTask'> & ErrorStrings;

export interface NewPasswordValues {
  newPassword: string;
  confirm: string;
}

// Clerk's own checks: a digit, a capital and a small letter of any script, anything neither letter nor digit.
const REQUIREMENTS = [
  ['requireNumbers', 'passwordRuleNumber', /\p{Nd}/u],
  ['requireUppercase', 'passwordRuleUppercase', /\p{Lu}/u],
  ['requireLowercase', 'passwordRuleLowercase', /\p{Ll}/u],
  ['requireSpecialChar', 'passwordRuleSpecial', /[^\p{L}\p{N}]/u],
] as const;

/** The requirements beyond the length that Clerk's settings turn on, each with its words and its check. */
function requirementsOf(rules: PasswordRules | null, text: SignInStrings['sessionTask']) {
  return REQUIREMENTS.filter(([flag]) => rules?.[flag] === true).map(([, key, pattern]) => ({ words: text[key], pattern }));
}

/** Clerk's rules as one sentence shown before submit: the length, then what else it needs. */
export function passwordRuleText(rules: PasswordRules | null, strings: Pick<SignInStrings, 'sessionTask' | 'durations'>): string {
  const text = strings.sessionTask;
  const count = rules?.minLength ?? 8;
  const more = requirementsOf(rules, text).map(({ words }) => words);
  if (more.length === 0) return format(text.passwordRule, { count });
  const list = new Intl.ListFormat(strings.durations.locale, { type: 'conjunction' }).format(more);
  return format(text.passwordRuleWith, { count, rules: list });
}

/** The form of a new password: typed twice, checked against Clerk's rules before it is sent. */
export function useNewPasswordForm(strings: object, autoFocus = true) {
  const form = useForm<NewPasswordValues>({ defaultValues: { newPassword: '', confirm: '' } });
  useRecheckOnLanguage(form, strings);
  // Clerk's own screens sign the other devices out by default: whoever knew the old password is shut out.
  const [signOutOthers, setSignOutOthers] = useState(true);
  useFocusOnMount(autoFocus, () => form.setFocus('newPassword'));
  return { form, signOutOthers, setSignOutOthers };
}

interface NewPasswordFieldsProps {
  form: UseFormReturn<NewPasswordValues>;
  flow: SignInFlowController;
  strings: NewPasswordStrings;
  busy: boolean;
  signOutOthers: boolean;
  onSignOutOthersChange: (checked: boolean) => void;
}

/** The new password, its confirmation and "sign out of other devices", shared by the reset and the session task. */
export function NewPasswordFields({ form, flow, strings, busy, signOutOthers, onSignOutOthersChange }: NewPasswordFieldsProps) {
  const text = strings.sessionTask;
  const rules = flow.passwordRules;
  const minLength = rules?.minLength ?? 8;
  const { errors } = form.formState;
  const server = flow.fieldErrors.password;
  const requirements = requirementsOf(rules, text);
  return (
    <>
      <TextField
        label={text.newPasswordLabel}
        type="password"
        autoComplete="new-password"
        description={passwordRuleText(rules, strings)}
        readOnly={busy}
        required
        error={errors.newPassword?.message ?? (server && errorMessage(server, true, strings))}
        {...form.register('newPassword', {
          required: text.newPasswordRequired,
          minLength: { value: minLength, message: format(text.newPasswordTooShort, { count: minLength }) },
          validate: (value) => {
            const missing = requirements.find(({ pattern }) => !pattern.test(value));
            return missing ? format(text.passwordRuleMissing, { rule: missing.words }) : true;
          },
          onChange: () => flow.clearFieldError('password'),
        })}
      />
      <TextField
        label={text.confirmPasswordLabel}
        type="password"
        autoComplete="new-password"
        readOnly={busy}
        required
        error={errors.confirm?.message}
        {...form.register('confirm', { validate: (value, values) => value === values.newPassword || text.confirmMismatch })}
      />
      <CheckboxField checked={signOutOthers} onCheckedChange={onSignOutOthersChange} label={text.signOutOfOtherSessions} disabled={busy} />
    </>
  );
}
