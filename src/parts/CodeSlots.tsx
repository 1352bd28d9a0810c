import type { ReactElement } from 'react';

export interface CodeSlotsProps {
  /** The real input: it takes typing, paste, autofill and screen readers. */
  input: ReactElement;
  value: string;
  length: number;
  focused: boolean;
}

/**
 * Six painted boxes over one real input, the approach of input-otp: paste, one-time-code autofill
 * and assistive technology all meet a single labelled control, and the boxes are decoration
 * (`aria-hidden`). The boxes carry `hidden` and only the stylesheet shows them (and makes the input
 * transparent over them), so without the stylesheet the control is a plain visible input. `hidden`
 * rather than an inline style: a page under a strict Content Security Policy (`style-src 'self'`)
 * refuses inline styles in server-rendered markup.
 */
export function CodeSlots({ input, value, length, focused }: CodeSlotsProps) {
  const active = Math.min(value.length, length - 1);
  return (
    <div data-part="code-slots">
      <div aria-hidden="true" data-part="code-slot-row" hidden>
        {Array.from({ length }, (_, index) => (
          <span
            key={index}
            data-part="code-slot"
            data-filled={value[index] ? '' : undefined}
            data-active={focused && index === active ? '' : undefined}
          >
            {value[index] ?? ''}
          </span>
        ))}
      </div>
      {input}
    </div>
  );
}
