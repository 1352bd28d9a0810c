import { useClerk, useSignIn, useReverification, useSession, useUser } from '@clerk/react';
import { useMemo } from 'react';
import { localizationOf, sessionTaskActions, type ClerkLike } from './taskActions.js';
import type { SignInSignalLike, UserSourceLike } from './types.js';
import { useUserAdapter } from './userAdapter.js';

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

/** Core 3's signed-in user for the MFA forms. */
export const useCore3User = (): UserSourceLike => useUserAdapter({ useUser, useSession, useClerk, useReverification });
