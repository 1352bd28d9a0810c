import * as Checkbox from '@radix-ui/react-checkbox';
import { useId } from 'react';

export interface CheckboxFieldProps {
  checked: boolean;
  onCheckedChange(checked: boolean): void;
  label: string;
  disabled?: boolean;
}

/** A Radix checkbox with a real label: the backup-code switch, "sign out of other devices". */
export function CheckboxField({ checked, onCheckedChange, label, disabled }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div data-part="toggle">
      <Checkbox.Root id={id} checked={checked} disabled={disabled} onCheckedChange={(state) => onCheckedChange(state === true)} data-part="checkbox">
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
