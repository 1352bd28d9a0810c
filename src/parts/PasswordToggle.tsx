import { useStrings } from '../text/StringsContext.js';

export interface PasswordToggleProps {
  shown: boolean;
  onToggle(): void;
  inputId: string;
  /** Default: the `passwordStep.showPassword` string in force. */
  label?: string;
}

/**
 * Show or hide the password. One fixed label with `aria-pressed` (the WAI-ARIA toggle-button
 * pattern), so a screen reader hears the state rather than a label that changes under it.
 */
export function PasswordToggle({ shown, onToggle, inputId, label }: PasswordToggleProps) {
  const text = useStrings().passwordStep;
  return (
    <button type="button" aria-pressed={shown} aria-controls={inputId} onClick={onToggle} data-part="password-toggle">
      {label ?? text.showPassword}
    </button>
  );
}
