// Clerk's prebuilt <SignIn/> on Core 2 as an app ships it by default: clerk-react 5 loads clerk-js 5's
// full browser build (UI included) as a script. Only the host differs from Clerk's CDN: the same file
// and its chunks come from this origin (`clerkJSUrl`), because the default URL is https on Clerk's host.
import { ClerkLoaded, ClerkProvider, SignIn, SignedIn, SignedOut } from '@clerk/clerk-react';
import { CLERK_JS_CORE_2_URL, HERE, LoadedMark, PROXY_URL, PUBLISHABLE_KEY, renderPage, Shell, SignedInMark } from '../shell.js';
import '../shell.css';

renderPage(
  <ClerkProvider publishableKey={PUBLISHABLE_KEY} proxyUrl={PROXY_URL} clerkJSUrl={CLERK_JS_CORE_2_URL} telemetry={false}>
    <Shell>
      <SignedOut>
        <SignIn routing="hash" fallbackRedirectUrl={HERE} />
      </SignedOut>
      <SignedIn>
        <SignedInMark />
      </SignedIn>
    </Shell>
    <ClerkLoaded>
      <LoadedMark />
    </ClerkLoaded>
  </ClerkProvider>,
);
