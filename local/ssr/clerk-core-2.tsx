// Core 2 for the server-rendered page: `@clerk/clerk-react` 5 and the library's `core-2` entry.
// Nothing here loads clerk-js; the browser entry hands its instance in (see browser-clerk-core-2.ts).
import { ClerkProvider, useAuth, useClerk, useUser } from '@clerk/clerk-react';
import type { ReactNode } from 'react';
import { DEMO_PROXY_URL, DEMO_PUBLISHABLE_KEY } from '../demo/clerkConfig.js';

export { SignInFlow } from 'clerk-mfa-steps/core-2';
export { useAuth, useClerk, useUser };
export const GENERATION = 'Core 2 (@clerk/clerk-react 5, @clerk/clerk-js 5 headless)';

/** On the server `clerk` is absent: the provider renders its children and loads nothing. */
export function PageClerkProvider({ clerk, children }: { clerk?: unknown; children: ReactNode }) {
  return (
    <ClerkProvider Clerk={clerk as never} publishableKey={DEMO_PUBLISHABLE_KEY} proxyUrl={DEMO_PROXY_URL} telemetry={false}>
      {children}
    </ClerkProvider>
  );
}
