// Core 3: `@clerk/react` 6 loading clerk-js 6's browser script as an app does by default, from the
// proxy's path on the page's own origin (served from node_modules, nothing from a CDN; see
// local/clerk-scripts.ts), and the library's main entry. The lightest Core 3 loading measured
// (`npm run bench`): half the bytes of bundling `@clerk/clerk-js/no-rhc`.
import { ClerkLoaded, ClerkLoading, ClerkProvider, Show, useAuth, useClerk, useUser } from '@clerk/react';
import type { ReactNode } from 'react';
import { DEMO_PROXY_URL, DEMO_PUBLISHABLE_KEY } from './clerkConfig.js';

export { MfaSettings, SignInFlow } from 'clerk-mfa-steps';
export { ClerkLoaded, ClerkLoading, useClerk, useUser };

/** Signed in with an active session (a pending one, a task open, counts as signed out). */
export const useSignedIn = () => useAuth().isSignedIn === true;
export const GENERATION = 'Core 3 (@clerk/react 6, @clerk/clerk-js 6 browser script)';

export function DemoClerkProvider({ children }: { children: ReactNode }) {
  return (
    // prefetchUI off: these forms need none of Clerk's prebuilt UI.
    <ClerkProvider publishableKey={DEMO_PUBLISHABLE_KEY} proxyUrl={DEMO_PROXY_URL} telemetry={false} prefetchUI={false}>
      {children}
    </ClerkProvider>
  );
}

/** Core 3 replaced `<SignedIn>`/`<SignedOut>` with `<Show>`; a pending session (a task open) counts as signed out. */
export const SignedIn = ({ children }: { children: ReactNode }) => <Show when="signed-in">{children}</Show>;
export const SignedOut = ({ children }: { children: ReactNode }) => <Show when="signed-out">{children}</Show>;
