import { forwardRef, useState, type ChangeEvent, type FocusEvent, type SyntheticEvent } from 'react';
import { CODE_LENGTH, digitsOf, inputAttributesFor, type CodeKind } from '../flow/codeRules.js';
import { composeEventHandlers } from './compose.js';
import { CodeSlots } from './CodeSlots.js';
import { TextField, type TextFieldProps } from './TextField.js';

export interface CodeFieldProps extends Omit<TextFieldProps, 'renderControl' | 'value'> {
  kind: CodeKind;
  /** The current value, for painting the slots. */
  value: string;
  /** Called when the sixth digit arrives, typed, pasted or autofilled. */
  onFilled?: () => void;
  /**
   * Called instead of filling anything when a paste or autofill brings more digits than a code: a
   * text message with a phone number in it, or two codes. Guessing which six digits were meant would
   * send a wrong code, and each wrong code counts toward Clerk's lockout.
   */
  onOverfilled?: () => void;
}

/** The code input: six slots for authenticator, SMS and email codes, one plain field for a backup code. */
export const CodeField = forwardRef<HTMLInputElement, CodeFieldProps>(function CodeField(
  { kind, value, onFilled, onOverfilled, onChange, onFocus, onBlur, onSelect, ...fieldProps },
  ref,
) {
  const [focused, setFocused] = useState(false);
  if (kind === 'backup_code') {
    return <TextField ref={ref} {...fieldProps} {...inputAttributesFor(kind)} onChange={onChange} onFocus={onFocus} onBlur={onBlur} onSelect={onSelect} />;
  }
  // The slots show the next digit at the end of the value, so the invisible caret stays there too:
  // an arrow key or a click must not move typing somewhere the slots do not show.
  const keepCaretAtEnd = (event: SyntheticEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const end = input.value.length;
    if (input.selectionStart !== end || input.selectionEnd !== end) input.setSelectionRange(end, end);
  };
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    // Keep digits only before react-hook-form reads the value: paste "123 456" or "12-34-56".
    const digits = digitsOf(event.target.value);
    if (digits.length > CODE_LENGTH) {
      event.target.value = value;
      onOverfilled?.();
      return;
    }
    event.target.value = digits;
    onChange?.(event);
    if (event.target.value.length === CODE_LENGTH) onFilled?.();
  };
  return (
    <TextField
      ref={ref}
      {...fieldProps}
      {...inputAttributesFor(kind)}
      onChange={handleChange}
      onSelect={composeEventHandlers(onSelect, keepCaretAtEnd)}
      onFocus={composeEventHandlers(onFocus, (_: FocusEvent<HTMLInputElement>) => setFocused(true))}
      onBlur={composeEventHandlers(onBlur, (_: FocusEvent<HTMLInputElement>) => setFocused(false))}
      renderControl={(input) => <CodeSlots input={input} value={value} length={CODE_LENGTH} focused={focused} />}
    />
  );
});
