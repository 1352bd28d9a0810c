import { useStrings } from '../text/StringsContext.js';
import { secondFactorStepText } from '../text/strings.js';
import { CheckboxField, type CheckboxFieldProps } from './CheckboxField.js';

export interface BackupCodeToggleProps extends Omit<CheckboxFieldProps, 'label'> {
  /** Default: the `secondFactorStep.useBackupCode` string in force. */
  label?: string;
}

/** The "Use a backup code" switch of Clerk's MFA guide. */
export function BackupCodeToggle({ label, ...props }: BackupCodeToggleProps) {
  const text = useStrings(undefined, secondFactorStepText).secondFactorStep;
  return <CheckboxField {...props} label={label ?? text.useBackupCode} />;
}
