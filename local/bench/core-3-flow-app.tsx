// <SignInFlow> on Core 3 inside the shell; the pages that use it differ only in how Clerk's browser
// SDK reaches the page, which they pass as ClerkProvider props.
import { ClerkLoaded, ClerkProvider, Show } from '@clerk/react';
import { SignInFlow } from 'clerk-mfa-steps';
import 'clerk-mfa-steps/styles.css';
import type { ComponentProps } from 'react';
import { LoadedMark, PROXY_URL, PUBLISHABLE_KEY, renderPage, Shell, SignedInMark } from './shell.js';
import './shell.css';

type Loading = Omit<ComponentProps<typeof ClerkProvider>, 'children' | 'publishableKey' | 'proxyUrl' | 'telemetry'>;

export function renderCore3Flow(loading: Loading) {
  renderPage(
    // prefetchUI off: the form needs none of Clerk's prebuilt UI.
    <ClerkProvider publishableKey={PUBLISHABLE_KEY} proxyUrl={PROXY_URL} telemetry={false} prefetchUI={false} {...loading}>
      <Shell>
        <Show when="signed-out">
          <SignInFlow />
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
}
