import { forwardRef, useId, type InputHTMLAttributes, type ReactElement, type ReactNode } from 'react';
import { joinIds } from './compose.js';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  /** Help text that stays visible; joined into the input's accessible description. */
  description?: ReactNode;
  /** The error to show under the input; marks the input invalid. */
  error?: string | undefined;
  /** Class for the wrapper, so apps can lay fields out their own way. */
  fieldClassName?: string;
  /** Marks the field required, for assistive technology (`aria-required`) and by eye. */
  required?: boolean;
  /** Wraps the input, for parts that sit with it (code slots, a show-password button). */
  renderControl?: (input: ReactElement, inputId: string) => ReactNode;
}

/**
 * A labelled input with its description and error wired once: `aria-invalid`, and
 * `aria-describedby` naming the error first so screen readers hear it before the hint, then any
 * description the caller names.
 * The ref reaches the input itself, which react-hook-form needs to focus the first invalid field.
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, description, error, fieldClassName, renderControl, required, 'aria-describedby': theirDescription, ...inputProps },
  ref,
) {
  const id = useId();
  const inputId = `${id}-input`;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  // The caller's own descriptions are kept, after ours.
  const describedBy = joinIds(error ? errorId : null, description ? descriptionId : null, theirDescription);
  const input = (
    <input
      {...inputProps}
      ref={ref}
      id={inputId}
      aria-invalid={error ? true : undefined}
      aria-required={required || undefined}
      aria-describedby={describedBy}
      data-part="input"
      data-invalid={error ? '' : undefined}
    />
  );
  return (
    <div className={fieldClassName} data-part="field" data-invalid={error ? '' : undefined}>
      <label htmlFor={inputId} data-part="label" data-required={required ? '' : undefined}>
        {label}
      </label>
      {renderControl ? renderControl(input, inputId) : input}
      {description ? (
        <p id={descriptionId} data-part="description">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} data-part="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
});
