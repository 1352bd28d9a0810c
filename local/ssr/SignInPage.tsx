// `#ssr-clerk` is ./clerk-core-3.tsx, or ./clerk-core-2.tsx in `core-2` mode (see vite.config.ts).
import { GENERATION, PageClerkProvider, SignInFlow, useAuth, useClerk, useUser } from '#ssr-clerk';
import { version as reactVersion } from 'react';

/**
 * The sign-in page as an app would render it on its server: the flow is in the markup before Clerk
 * loads (its submit button waits for Clerk), and gives way to the signed-in view once a session starts.
 */
export function SignInPage({ clerk }: { clerk?: unknown }) {
  return (
    <PageClerkProvider clerk={clerk}>
      <Page />
    </PageClerkProvider>
  );
}

function Page() {
  // Unknown (`undefined`) on the server and until Clerk loads: the form is what the server sends.
  const { isLoaded, isSignedIn } = useAuth();
  return (
    // `data-clerk` tells a test when Clerk has loaded, as the demo's form appearing does.
    <main className="page" data-clerk={isLoaded ? 'loaded' : 'loading'}>
      <header>
        <h1>Sign in</h1>
        <p>
          Rendered on the server. <span data-testid="clerk-generation">Clerk {GENERATION}</span>, <span data-testid="react-version">React {reactVersion}</span>
        </p>
      </header>
      {isSignedIn ? <SignedInView /> : <SignInFlow headingLevel={2} />}
    </main>
  );
}

function SignedInView() {
  const { user } = useUser();
  const { signOut } = useClerk();
  return (
    <section className="card" aria-labelledby="signed-in-title">
      <h2 id="signed-in-title">Welcome back</h2>
      <p>
        Signed in as <strong>{user?.primaryEmailAddress?.emailAddress}</strong>.
      </p>
      <button type="button" className="button" onClick={() => void signOut()}>
        Sign out
      </button>
    </section>
  );
}
