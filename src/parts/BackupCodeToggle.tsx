import * as Checkbox from '@radix-ui/react-checkbox';
import { useId } from 'react';
import { useStrings } from '../text/StringsContext.js';

export interface BackupCodeToggleProps {
  checked: boolean;
  onCheckedChange(checked: boolean): void;
  /** Default: the `secondFactorStep.useBackupCode` string in force. */
  label?: string;
  disabled?: boolean;
}

/** The "Use a backup code" switch of Clerk's MFA guide, as a Radix checkbox with a real label. */
export function BackupCodeToggle({ checked, onCheckedChange, label, disabled }: BackupCodeToggleProps) {
  const id = useId();
  const text = useStrings().secondFactorStep;
  return (
    <div data-part="toggle">
      <Checkbox.Root
        id={id}
        checked={checked}
        disabled={disabled}
        onCheckedChange={(state) => onCheckedChange(state === true)}
        data-part="checkbox"
      >
        <Checkbox.Indicator data-part="checkbox-indicator" aria-hidden="true">
          ✓
        </Checkbox.Indicator>
      </Checkbox.Root>
      <label htmlFor={id} data-part="toggle-label">
        {label ?? text.useBackupCode}
      </label>
    </div>
  );
}
