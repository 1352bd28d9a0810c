import { unstable_Provider as CheckboxProvider, unstable_Trigger as CheckboxTrigger } from '@radix-ui/react-checkbox';
import { useId } from 'react';

export interface CheckboxFieldProps {
  checked: boolean;
  onCheckedChange(checked: boolean): void;
  label: string;
  disabled?: boolean;
}

/**
 * A Radix checkbox with a real label: the backup-code switch, "sign out of other devices".
 *
 * Built from Radix's provider and trigger rather than `Checkbox.Root`: the root adds a hidden native
 * input to mirror the value into the form, and Radix hides it (and the indicator) with inline `style`
 * attributes. Server markup with those breaks a strict `style-src` policy, and where the policy drops
 * them a second, native checkbox shows. These switches steer the form; they submit no value of their own.
 */
export function CheckboxField({ checked, onCheckedChange, label, disabled }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div data-part="toggle">
      <CheckboxProvider checked={checked} disabled={disabled} onCheckedChange={(state) => onCheckedChange(state === true)}>
        <CheckboxTrigger id={id} data-part="checkbox">
          <span data-part="checkbox-indicator" aria-hidden="true">
            ✓
          </span>
        </CheckboxTrigger>
      </CheckboxProvider>
      <label htmlFor={id} data-part="toggle-label">
        {label}
      </label>
    </div>
  );
}
