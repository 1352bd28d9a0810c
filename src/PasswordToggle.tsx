export interface PasswordToggleProps {
  shown: boolean;
  onToggle(): void;
  inputId: string;
  label: string;
}

/**
 * Show or hide the password. One fixed label with `aria-pressed` (the WAI-ARIA toggle-button
 * pattern), so a screen reader hears the state rather than a label that changes under it.
 */
export function PasswordToggle({ shown, onToggle, inputId, label }: PasswordToggleProps) {
  return (
    <button type="button" aria-pressed={shown} aria-controls={inputId} onClick={onToggle} data-part="password-toggle">
      {label}
    </button>
  );
}
