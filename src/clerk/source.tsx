import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { SignInSignalLike } from './types.js';

/**
 * The sign-in signal every component reads. `null` means no source is supplied above: the entry's
 * bound components then supply Clerk's own (see `withClerkSource`).
 */
export const SignInSourceContext = createContext<SignInSignalLike | null>(null);

export interface SignInSourceProviderProps {
  /** A value shaped like Clerk's custom-flow hook: `{ signIn, errors, fetchStatus }`. */
  value: SignInSignalLike;
  children?: ReactNode;
}

/**
 * Supplies the sign-in signal to every component below it instead of Clerk's hook: a test double,
 * a story's simulation, or an adapter of the app's own.
 */
export function SignInSourceProvider({ value, children }: SignInSourceProviderProps) {
  return <SignInSourceContext.Provider value={value}>{children}</SignInSourceContext.Provider>;
}

export function useSignInSource(): SignInSignalLike {
  const source = useContext(SignInSourceContext);
  if (!source) {
    throw new Error('clerk-mfa-steps: no sign-in source. Import the components from `clerk-mfa-steps` (Core 3) or `clerk-mfa-steps/core-2`, or wrap them in `<SignInSourceProvider>`.');
  }
  return source;
}

/**
 * Binds a component to one Clerk generation's hook. Each entry of the package binds the same
 * components to its own hook, so the Clerk generation is chosen by the import path, and a source
 * supplied above (a test double, an adapter, an enclosing bound component) always wins. The branch
 * depends on context that cannot change without remounting, and each branch calls its hooks
 * unconditionally.
 */
export function withClerkSource<P extends object>(Component: ComponentType<P>, useClerkSignIn: () => SignInSignalLike, name: string): ComponentType<P> {
  function ClerkSource({ children }: { children: ReactNode }) {
    return <SignInSourceContext.Provider value={useClerkSignIn()}>{children}</SignInSourceContext.Provider>;
  }
  function Bound(props: P) {
    const supplied = useContext(SignInSourceContext);
    if (supplied) return <Component {...props} />;
    return (
      <ClerkSource>
        <Component {...props} />
      </ClerkSource>
    );
  }
  Bound.displayName = name;
  return Bound;
}
