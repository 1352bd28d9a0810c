import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CodeField } from '../../src/parts/CodeField.js';
import { TextField } from '../../src/parts/TextField.js';

// The parts are internal, but the steps pass a caller's props through them: what an app adds must add
// to the part's own behaviour, never replace it (as Radix's composeEventHandlers and React Aria's
// mergeProps do).
describe('TextField', () => {
  it('keeps a caller’s aria-describedby after its own error and description', () => {
    render(
      <>
        <p id="app-hint">Your work email.</p>
        <TextField label="Email address" description="We never share it." error="Enter your email address." aria-describedby="app-hint" />
      </>,
    );
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription('Enter your email address. We never share it. Your work email.');
  });
});

describe('CodeField', () => {
  it('runs a caller’s focus handlers as well as its own, and its own not when the caller prevents it', async () => {
    const user = userEvent.setup();
    const onFocus = vi.fn();
    const { container, rerender } = render(<CodeField kind="totp" label="Authenticator code" value="" onFocus={onFocus} />);
    await user.click(screen.getByLabelText('Authenticator code'));
    expect(onFocus).toHaveBeenCalledTimes(1);
    // The part's own handler marks the slot where the next digit goes.
    expect(container.querySelector('[data-part="code-slot"][data-active]')).not.toBeNull();

    await user.tab();
    rerender(<CodeField kind="totp" label="Authenticator code" value="" onFocus={(event) => event.preventDefault()} />);
    await user.click(screen.getByLabelText('Authenticator code'));
    expect(container.querySelector('[data-part="code-slot"][data-active]')).toBeNull();
  });
});
