import { useStrings } from '../text/StringsContext.js';
import { passwordStepText } from '../text/strings.js';

export interface PasswordToggleProps {
  shown: boolean;
  onToggle(): void;
  inputId: string;
  /** Default: the `passwordStep.showPassword` / `hidePassword` strings in force. */
  labels?: { show: string; hide: string };
}

/**
 * Show or hide the password: an icon button inside the field. Its name says what pressing it does
 * ("Show password", "Hide password") and `aria-pressed` says whether the password shows.
 */
export function PasswordToggle({ shown, onToggle, inputId, labels }: PasswordToggleProps) {
  const text = useStrings(undefined, passwordStepText).passwordStep;
  const label = shown ? (labels?.hide ?? text.hidePassword) : (labels?.show ?? text.showPassword);
  return (
    <button type="button" aria-pressed={shown} aria-controls={inputId} aria-label={label} title={label} onClick={onToggle} data-part="password-toggle">
      <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
        <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12Z" />
        <circle cx="12" cy="12" r="3" />
        {shown ? <path d="M4 4l16 16" /> : null}
      </svg>
    </button>
  );
}
