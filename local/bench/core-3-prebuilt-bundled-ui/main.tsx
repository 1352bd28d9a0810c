// Clerk's prebuilt <SignIn/> on Core 3 with @clerk/ui bundled into the app (the `ui` prop) rather than
// loaded as a script; clerk-js 6 still comes as its browser script from this origin.
import { ClerkLoaded, ClerkProvider, Show, SignIn } from '@clerk/react';
import { ui } from '@clerk/ui';
import { HERE, LoadedMark, PROXY_URL, PUBLISHABLE_KEY, renderPage, Shell, SignedInMark } from '../shell.js';
import '../shell.css';

renderPage(
  <ClerkProvider publishableKey={PUBLISHABLE_KEY} proxyUrl={PROXY_URL} telemetry={false} ui={ui}>
    <Shell>
      <Show when="signed-out">
        <SignIn routing="hash" fallbackRedirectUrl={HERE} />
      </Show>
      <Show when="signed-in">
        <SignedInMark />
      </Show>
    </Shell>
    <ClerkLoaded>
      <LoadedMark />
    </ClerkLoaded>
  </ClerkProvider>,
);
