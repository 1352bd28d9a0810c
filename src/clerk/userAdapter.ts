import { useMemo } from 'react';
import { useClerkReverify, type UseClerkReverification } from './reverify.js';
import { localizationOf } from './taskActions.js';
import type { UserLike, UserSourceLike, VerifiableSessionLike } from './types.js';

/** The hooks of one Clerk generation the MFA forms read; the same names and shapes in both. */
export interface ClerkUserHooks {
  useUser: () => { isLoaded: boolean; user: unknown };
  useSession: () => { session: unknown };
  useClerk: () => unknown;
  useReverification: unknown;
}

/** The signed-in user for the MFA forms: `useUser()`, its session, Clerk's `useReverification`, and the app's localization. */
export function useUserAdapter(hooks: ClerkUserHooks): UserSourceLike {
  const { isLoaded, user } = hooks.useUser();
  const { session } = hooks.useSession();
  const clerk = hooks.useClerk() as { setActive(params: { session: string }): Promise<unknown> };
  const reverify = useClerkReverify(hooks.useReverification as UseClerkReverification);
  return useMemo(() => {
    const current = session as VerifiableSessionLike | null | undefined;
    return {
      isLoaded,
      user: user as UserLike | null | undefined,
      session: current,
      reverify,
      // After a reverification, as Clerk's own form does: the session's token then carries it.
      touch: () => (current ? clerk.setActive({ session: current.id }) : Promise.resolve()),
      localization: localizationOf(clerk),
    };
  }, [isLoaded, user, session, reverify, clerk]);
}
