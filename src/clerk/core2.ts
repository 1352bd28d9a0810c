import { useSignInSignal } from '@clerk/clerk-react/experimental';
import type { SignInSignalLike } from './types.js';

/**
 * Core 2 (`@clerk/clerk-react` 5.61+): the custom-flow signal is `useSignInSignal()`. The only module
 * of the `clerk-mfa-steps/core-2` entry that imports Clerk.
 */
export function useCore2SignIn(): SignInSignalLike {
  return useSignInSignal() as unknown as SignInSignalLike;
}
