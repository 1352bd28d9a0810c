import { ClerkLoaded, ClerkLoading, ClerkProvider, SignedIn, SignedOut, useClerk, useUser } from '@clerk/clerk-react';
import { useState } from 'react';
// The headless build of clerk-js, bundled from npm: no UI runtime and nothing from a CDN.
import { Clerk } from '@clerk/clerk-js/headless';
import { SignInFlow } from 'clerk-mfa-steps';
import { DEMO_PROXY_URL, DEMO_PUBLISHABLE_KEY } from './clerkConfig.js';
import { DemoPanel } from './DemoPanel.js';
import { EventLog, type LoggedEvent } from './EventLog.js';

// One instance for the page's lifetime: handing ClerkProvider the class lets React's strict-mode
// double mount construct two, and the signed-in view then listens to the one nobody signs in on.
const clerk = new Clerk(DEMO_PUBLISHABLE_KEY, { proxyUrl: DEMO_PROXY_URL });

export function App() {
  const [events, setEvents] = useState<LoggedEvent[]>([]);
  const log = (event: LoggedEvent) => setEvents((previous) => [event, ...previous].slice(0, 8));
  return (
    <ClerkProvider Clerk={clerk} publishableKey={DEMO_PUBLISHABLE_KEY} proxyUrl={DEMO_PROXY_URL} telemetry={false}>
      <div className="demo-layout">
        <header className="demo-header">
          <h1>clerk-mfa-steps</h1>
          <p>Sign-in and multi-factor forms on the real Clerk SDK, against a local Clerk backend.</p>
        </header>
        <main className="demo-main">
          <ClerkLoading>
            <p role="status">Loading Clerk…</p>
          </ClerkLoading>
          <ClerkLoaded>
            <SignedOut>
              <SignInFlow
                headingLevel={2}
                onStepChange={(step) => log({ name: 'onStepChange', detail: step })}
                onError={(error) => log({ name: 'onError', detail: `${error.code}${error.field ? ` on ${error.field}` : ''}` })}
                onComplete={({ sessionId }) => log({ name: 'onComplete', detail: sessionId ?? '' })}
              />
            </SignedOut>
            <SignedIn>
              <SignedInView />
            </SignedIn>
          </ClerkLoaded>
          <EventLog events={events} />
        </main>
        <DemoPanel />
      </div>
    </ClerkProvider>
  );
}

function SignedInView() {
  const { user } = useUser();
  const { signOut } = useClerk();
  return (
    <section className="demo-card" aria-labelledby="signed-in-title">
      <h2 id="signed-in-title">Welcome back</h2>
      <p>
        Signed in as <strong>{user?.primaryEmailAddress?.emailAddress}</strong>.
      </p>
      <button type="button" className="demo-button" onClick={() => void signOut()}>
        Sign out
      </button>
    </section>
  );
}
