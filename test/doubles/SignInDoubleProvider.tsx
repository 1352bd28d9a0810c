import { useSyncExternalStore, type ReactNode } from 'react';
import { SignInSourceProvider } from '../../src/clerk/source.js';
import type { SignInDouble } from './signInDouble.js';

/** Feeds a sign-in double to the components through the library's own seam, as Clerk's hook would. */
export function SignInDoubleProvider({ double, children }: { double: SignInDouble; children: ReactNode }) {
  const value = useSyncExternalStore(double.subscribe, double.getSnapshot, double.getSnapshot);
  return <SignInSourceProvider value={value}>{children}</SignInSourceProvider>;
}
