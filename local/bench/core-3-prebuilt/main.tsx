// Clerk's prebuilt <SignIn/> on Core 3 as an app ships it by default: @clerk/react 6 loads clerk-js 6's
// browser build and @clerk/ui's browser build as scripts. With a relative proxy URL it asks this origin
// for them (`/__clerk/npm/@clerk/clerk-js@6/…`, `/__clerk/npm/@clerk/ui@<version>/…`), as an app
// behind Clerk's proxy does; the bench server answers from node_modules instead of Clerk's CDN.
import { ClerkLoaded, ClerkProvider, Show, SignIn } from '@clerk/react';
import { HERE, LoadedMark, PROXY_URL, PUBLISHABLE_KEY, renderPage, Shell, SignedInMark } from '../shell.js';
import '../shell.css';

renderPage(
  <ClerkProvider publishableKey={PUBLISHABLE_KEY} proxyUrl={PROXY_URL} telemetry={false}>
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
