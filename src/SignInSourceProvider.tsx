import { createContext, type ReactNode } from 'react';
import type { SignInSignalLike } from './signal.js';

/**
 * `null` means "no source supplied": the hook then reads Clerk. A non-null value replaces Clerk
 * entirely, which is how tests, stories and apps with their own adapter plug in.
 */
export const SignInSourceContext = createContext<SignInSignalLike | null>(null);

export interface SignInSourceProviderProps {
  /** A value shaped like `useSignInSignal()`'s: `{ signIn, errors, fetchStatus }`. */
  value: SignInSignalLike;
  children?: ReactNode;
}

/**
 * Supplies the sign-in signal to every component below it instead of Clerk's hook: a test double,
 * a story's simulation, or an adapter for another Clerk generation.
 */
export function SignInSourceProvider({ value, children }: SignInSourceProviderProps) {
  return <SignInSourceContext.Provider value={value}>{children}</SignInSourceContext.Provider>;
}
