import { useClerk, useSignIn, useReverification, useSession, useUser } from '@clerk/react';
import { useMemo } from 'react';
import { localizationOf, sessionTaskActions, type ClerkLike } from './taskActions.js';
import type { SignInSignalLike, VerifiableSessionLike, UserLike, UserSourceLike } from './types.js';
import { useClerkReverify, type UseClerkReverification } from './reverify.js';

/**
 * Core 3 (`@clerk/react` 6, under `@clerk/nextjs` 7 and the other framework SDKs): the custom-flow
 * hook is `useSignIn()`. The only module of the main entry that imports Clerk.
 */
export function useCore3SignIn(): SignInSignalLike {
  const signal = useSignIn();
  const clerk = useClerk();
  const tasks = useMemo(
    () => sessionTaskActions(clerk as unknown as ClerkLike, () => (clerk as unknown as { __internal_environment?: unknown }).__internal_environment),
    [clerk],
  );
  return useMemo(() => ({ ...(signal as unknown as SignInSignalLike), tasks, clerk, localization: localizationOf(clerk) }), [signal, tasks, clerk]);
}

/** Core 3's signed-in user for the MFA forms: `useUser()`, its session, Clerk's `useReverification`, and the app's localization. */
export function useCore3User(): UserSourceLike {
  const { isLoaded, user } = useUser();
  const { session } = useSession();
  const clerk = useClerk();
  const reverify = useClerkReverify(useReverification as unknown as UseClerkReverification);
  return useMemo(
    () => ({
      isLoaded,
      user: user as unknown as UserLike | null | undefined,
      session: session as unknown as VerifiableSessionLike | null | undefined,
      reverify,
      touch: () => (session ? clerk.setActive({ session: session.id }) : Promise.resolve()),
      localization: localizationOf(clerk),
    }),
    [isLoaded, user, session, reverify, clerk],
  );
}
