// Core 3: `@clerk/react` 6 with the browser SDK bundled from npm (nothing from a CDN), and the
// library's main entry.
import { Clerk } from '@clerk/clerk-js/no-rhc';
import { ClerkLoaded, ClerkLoading, ClerkProvider, Show, useClerk, useUser } from '@clerk/react';
import type { ReactNode } from 'react';
import { DEMO_PROXY_URL, DEMO_PUBLISHABLE_KEY } from './clerkConfig.js';

export { SignInFlow } from 'clerk-mfa-steps';
export { ClerkLoaded, ClerkLoading, useClerk, useUser };
export const GENERATION = 'Core 3 (@clerk/react 6, @clerk/clerk-js 6 no-rhc)';

// One instance for the page's lifetime: handing ClerkProvider the class lets React's strict-mode
// double mount construct two, and the signed-in view then listens to the one nobody signs in on.
const clerk = new Clerk(DEMO_PUBLISHABLE_KEY, { proxyUrl: DEMO_PROXY_URL });

export function DemoClerkProvider({ children }: { children: ReactNode }) {
  return (
    // prefetchUI off: these forms need none of Clerk's prebuilt UI, and it would come from a CDN.
    <ClerkProvider Clerk={clerk as never} publishableKey={DEMO_PUBLISHABLE_KEY} proxyUrl={DEMO_PROXY_URL} telemetry={false} prefetchUI={false}>
      {children}
    </ClerkProvider>
  );
}

/** Core 3 replaced `<SignedIn>`/`<SignedOut>` with `<Show>`; a pending session (a task open) counts as signed out. */
export const SignedIn = ({ children }: { children: ReactNode }) => <Show when="signed-in">{children}</Show>;
export const SignedOut = ({ children }: { children: ReactNode }) => <Show when="signed-out">{children}</Show>;
