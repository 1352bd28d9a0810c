// Core 3 for the server-rendered page: `@clerk/react` 6 and the library's main entry. Nothing here
// loads clerk-js; the browser entry hands its instance in (see browser-clerk-core-3.ts).
import { ClerkProvider, useAuth, useClerk, useUser } from '@clerk/react';
import type { ReactNode } from 'react';
import { DEMO_PROXY_URL, DEMO_PUBLISHABLE_KEY } from '../demo/clerkConfig.js';

export { SignInFlow } from 'clerk-mfa-steps';
export { useAuth, useClerk, useUser };
export const GENERATION = 'Core 3 (@clerk/react 6, @clerk/clerk-js 6 no-rhc)';

/** On the server `clerk` is absent: the provider renders its children and loads nothing. */
export function PageClerkProvider({ clerk, children }: { clerk?: unknown; children: ReactNode }) {
  return (
    // prefetchUI off: these forms need none of Clerk's prebuilt UI, and it would come from a CDN.
    <ClerkProvider Clerk={clerk as never} publishableKey={DEMO_PUBLISHABLE_KEY} proxyUrl={DEMO_PROXY_URL} telemetry={false} prefetchUI={false}>
      {children}
    </ClerkProvider>
  );
}
