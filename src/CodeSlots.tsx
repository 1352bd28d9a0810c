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
 * (`aria-hidden`). The positioning that makes the input cover the boxes is inline, so the control
 * still works without the stylesheet.
 */
export function CodeSlots({ input, value, length, focused }: CodeSlotsProps) {
  const active = Math.min(value.length, length - 1);
  return (
    // The minimum size keeps the overlaid input clickable when no stylesheet sizes the slots.
    <div data-part="code-slots" style={{ position: 'relative', display: 'inline-flex', minWidth: '9ch', minHeight: '1.5em' }}>
      <div aria-hidden="true" data-part="code-slot-row" style={{ display: 'inline-flex', gap: '0.375rem' }}>
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

/** Inline style that lays the real input over the slots, transparent, still focusable and selectable. */
export const overlayInputStyle = {
  position: 'absolute',
  inset: 0,
  width: '100%',
  height: '100%',
  opacity: 0,
  border: 0,
  padding: 0,
  margin: 0,
  fontSize: '16px', // below 16px iOS Safari zooms the page on focus
  letterSpacing: '-0.5em',
  color: 'transparent',
  background: 'transparent',
  caretColor: 'transparent',
} as const;
