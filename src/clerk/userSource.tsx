import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { UserSourceLike } from './types.js';

/** The signed-in user every MFA form reads; `null`: none supplied above, the entry's own is used. */
export const UserSourceContext = createContext<UserSourceLike | null>(null);

export interface UserSourceProviderProps {
  /** A value shaped like Clerk's `useUser()`: `{ isLoaded, user }`. */
  value: UserSourceLike;
  children?: ReactNode;
}

/** Supplies the user to every MFA form below it instead of Clerk's hook: a test double, a story, an adapter. */
export function UserSourceProvider({ value, children }: UserSourceProviderProps) {
  return <UserSourceContext.Provider value={value}>{children}</UserSourceContext.Provider>;
}

export function useUserSource(): UserSourceLike {
  const source = useContext(UserSourceContext);
  if (!source) throw new Error('clerk-mfa-steps: no user source. Import the MFA forms from `clerk-mfa-steps` (Core 3) or `clerk-mfa-steps/core-2`, or wrap them in `<UserSourceProvider>`.');
  return source;
}

/** Binds an MFA form to one Clerk generation's `useUser()`, as `withClerkSource` binds the sign-in steps. */
export function withUserSource<P extends object>(Component: ComponentType<P>, useClerkUser: () => UserSourceLike, name: string): ComponentType<P> {
  function ClerkUser({ children }: { children: ReactNode }) {
    return <UserSourceContext.Provider value={useClerkUser()}>{children}</UserSourceContext.Provider>;
  }
  function Bound(props: P) {
    if (useContext(UserSourceContext)) return <Component {...props} />;
    return (
      <ClerkUser>
        <Component {...props} />
      </ClerkUser>
    );
  }
  Bound.displayName = name;
  return Bound;
}
