import type { ComponentType } from 'react';
import { withClerkSource } from './clerk/source.js';
import type { SignInSignalLike, UserSourceLike } from './clerk/types.js';
import { withUserSource } from './clerk/userSource.js';

/**
 * Binds components to one Clerk generation's hook. Each entry binds the same components one by one,
 * each call marked pure, so an app pays only for the components it imports; props, strings and
 * events are the same whichever generation an app is on.
 */
export function binder(useClerkSignIn: () => SignInSignalLike) {
  return <P extends object>(Component: ComponentType<P>, name: string) => withClerkSource(Component, useClerkSignIn, name);
}

/** Binds the MFA forms to one Clerk generation's `useUser()`, as `binder` binds the sign-in steps. */
export function userBinder(useClerkUser: () => UserSourceLike) {
  return <P extends object>(Component: ComponentType<P>, name: string) => withUserSource(Component, useClerkUser, name);
}
