// <SignInFlow> on Core 2 loaded as the demo loads it: clerk-js 5's headless build bundled from npm.
import { ClerkLoaded, ClerkProvider, SignedIn, SignedOut } from '@clerk/clerk-react';
import { SignInFlow } from 'clerk-mfa-steps/core-2';
import 'clerk-mfa-steps/styles.css';
import { Clerk } from 'clerk-js-core-2/headless';
import { LoadedMark, PROXY_URL, PUBLISHABLE_KEY, renderPage, Shell, SignedInMark } from '../shell.js';
import '../shell.css';

const clerk = new Clerk(PUBLISHABLE_KEY, { proxyUrl: PROXY_URL });

renderPage(
  <ClerkProvider Clerk={clerk} publishableKey={PUBLISHABLE_KEY} proxyUrl={PROXY_URL} telemetry={false}>
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
