// <SignInFlow> on Core 2 loaded as the README advises: `clerkJSVariant="headless"`, clerk-js 5's headless
// browser script, here from this origin (`clerkJSUrl`) in place of Clerk's CDN.
import { ClerkLoaded, ClerkProvider, SignedIn, SignedOut } from '@clerk/clerk-react';
import { SignInFlow } from 'clerk-mfa-steps/core-2';
import 'clerk-mfa-steps/styles.css';
import { CLERK_JS_CORE_2_HEADLESS_URL, LoadedMark, PROXY_URL, PUBLISHABLE_KEY, renderPage, Shell, SignedInMark } from '../shell.js';
import '../shell.css';

renderPage(
  <ClerkProvider
    publishableKey={PUBLISHABLE_KEY}
    proxyUrl={PROXY_URL}
    clerkJSVariant="headless"
    clerkJSUrl={CLERK_JS_CORE_2_HEADLESS_URL}
    telemetry={false}
  >
    <Shell>
      <SignedOut>
        <SignInFlow />
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
