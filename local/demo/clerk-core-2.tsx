// Core 2: `@clerk/clerk-react` 5 with clerk-js 5's headless build bundled from npm (no UI runtime,
// nothing from a CDN), and the library's `core-2` entry. `npm start -- --core-2` serves this one.
import { ClerkLoaded, ClerkLoading, ClerkProvider, SignedIn, SignedOut, useAuth, useClerk, useUser } from '@clerk/clerk-react';
import { Clerk } from 'clerk-js-core-2/headless';
import type { ReactNode } from 'react';
import { DEMO_PROXY_URL, DEMO_PUBLISHABLE_KEY } from './clerkConfig.js';

export { MfaSettings, SignInFlow } from 'clerk-mfa-steps/core-2';
export { ClerkLoaded, ClerkLoading, SignedIn, SignedOut, useClerk, useUser };

/** Signed in with an active session (a pending one, a task open, counts as signed out). */
export const useSignedIn = () => useAuth().isSignedIn === true;
export const GENERATION = 'Core 2 (@clerk/clerk-react 5, @clerk/clerk-js 5 headless)';

const clerk = new Clerk(DEMO_PUBLISHABLE_KEY, { proxyUrl: DEMO_PROXY_URL });

export function DemoClerkProvider({ children }: { children: ReactNode }) {
  return (
    <ClerkProvider Clerk={clerk} publishableKey={DEMO_PUBLISHABLE_KEY} proxyUrl={DEMO_PROXY_URL} telemetry={false}>
      {children}
    </ClerkProvider>
  );
}
