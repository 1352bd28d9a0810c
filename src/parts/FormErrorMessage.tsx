import type { FormErrorText } from '../text/words.js';

export interface FormErrorMessageProps {
  text: FormErrorText | null;
  className?: string;
}

/**
 * The form-level error. The alert region is always in the DOM, even empty, because screen readers
 * announce changes to a live region that already exists, and may miss one inserted with its text.
 * A countdown sits outside it as a `timer` (not live), so it is not read out every second.
 */
export function FormErrorMessage({ text, className }: FormErrorMessageProps) {
  return (
    <div className={className} data-part="form-error" data-empty={text ? undefined : ''} data-tone={text?.tone}>
      <div role="alert" data-part="form-error-message">
        {text?.message}
      </div>
      {text?.countdown ? (
        <p role="timer" data-part="countdown">
          {text.countdown}
        </p>
      ) : null}
    </div>
  );
}
