import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createSignInDouble, type SignInDoubleOptions } from '../doubles/signInDouble.js';
import { SignInDoubleProvider } from '../doubles/SignInDoubleProvider.js';

/** Renders `ui` on a fresh sign-in double; returns the double to script and inspect calls. */
export function renderWithDouble(
  ui: ReactElement,
  setup?: (double: ReturnType<typeof createSignInDouble>) => void,
  options?: { advanceTimers?: (ms: number) => void; strictMode?: boolean; clerk?: SignInDoubleOptions },
) {
  const double = createSignInDouble(options?.clerk);
  setup?.(double);
  const user = userEvent.setup(options?.advanceTimers ? { advanceTimers: options.advanceTimers } : undefined);
  // `reactStrictMode` wraps the whole tree, provider included, as an app's <StrictMode> root would.
  const view = render(<SignInDoubleProvider double={double}>{ui}</SignInDoubleProvider>, { reactStrictMode: options?.strictMode ?? false });
  return { double, user, ...view };
}
