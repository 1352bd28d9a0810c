import * as Checkbox from '@radix-ui/react-checkbox';
import { useId } from 'react';

export interface BackupCodeToggleProps {
  checked: boolean;
  onCheckedChange(checked: boolean): void;
  label: string;
  disabled?: boolean;
}

/** The "Use a backup code" switch of Clerk's MFA guide, as a Radix checkbox with a real label. */
export function BackupCodeToggle({ checked, onCheckedChange, label, disabled }: BackupCodeToggleProps) {
  const id = useId();
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
        {label}
      </label>
    </div>
  );
}
