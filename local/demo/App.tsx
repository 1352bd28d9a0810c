import { useState, version as reactVersion } from 'react';
// The Clerk generation the page runs on: `#demo-clerk` is ./clerk-core-3.tsx, or ./clerk-core-2.tsx
// when the demo is served or built in `core-2` mode (see vite.config.ts).
import { ClerkLoaded, ClerkLoading, DemoClerkProvider, GENERATION, MfaSettings, SignInFlow, useClerk, useSignedIn, useUser } from '#demo-clerk';
import { DemoPanel } from './DemoPanel.js';
import { EventLog, type LoggedEvent } from './EventLog.js';
import { languageFromQuery, LANGUAGES } from './languages.js';

/** Bounds for `?requestTimeoutMs=`: long enough for a real answer, short enough to be a test's wait. */
const REQUEST_TIMEOUT_BOUNDS = { min: 500, max: 120_000 } as const;

/**
 * `?requestTimeoutMs=N` lets a test meet the form's timeout in seconds rather than the default 30.
 * Anything but a whole number within the bounds is ignored, and the library's default applies.
 */
function requestTimeoutFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('requestTimeoutMs');
  if (raw === null || !/^\d{1,6}$/.test(raw)) return undefined;
  const ms = Number(raw);
  return ms >= REQUEST_TIMEOUT_BOUNDS.min && ms <= REQUEST_TIMEOUT_BOUNDS.max ? ms : undefined;
}

export function App() {
  const [events, setEvents] = useState<LoggedEvent[]>([]);
  const log = (event: LoggedEvent) => setEvents((previous) => [event, ...previous].slice(0, 8));
  const [requestTimeoutMs] = useState(() => requestTimeoutFromQuery(window.location.search));
  const [lang, setLang] = useState(() => languageFromQuery(window.location.search));
  const language = LANGUAGES[lang]!;
  return (
    <DemoClerkProvider>
      <div className="demo-layout">
        <header className="demo-header">
          <h1>clerk-mfa-steps</h1>
          <p>Sign-in and multi-factor forms on the real Clerk SDK, against a local Clerk backend.</p>
          <p>
            <span data-testid="clerk-generation">Clerk {GENERATION}</span>, <span data-testid="react-version">React {reactVersion}</span>
          </p>
        </header>
        <main className="demo-main" lang={lang} dir={language.dir}>
          <ClerkLoading>
            <p role="status">Loading Clerk…</p>
          </ClerkLoading>
          <ClerkLoaded>
            <SignInOrAccount
              localization={language.localization}
              requestTimeoutMs={requestTimeoutMs}
              log={log}
            />
          </ClerkLoaded>
          <EventLog events={events} />
        </main>
        {/* After the form in the tab order: the first Tab on the page reaches the email field. */}
        <DemoPanel>
          <p className="demo-language">
            <label htmlFor="demo-language">Language</label>{' '}
            <select id="demo-language" value={lang} onChange={(event) => setLang(event.target.value)}>
              {Object.entries(LANGUAGES).map(([tag, { name }]) => (
                <option key={tag} value={tag} lang={tag}>
                  {name}
                </option>
              ))}
            </select>
          </p>
        </DemoPanel>
      </div>
    </DemoClerkProvider>
  );
}

/**
 * The sign-in flow while signed out, the account once signed in. The flow stays while it finishes a
 * session task: Clerk activates the session as soon as the `setup-mfa` task's first second factor is
 * on, before the person has seen the backup codes the flow then shows; it reports `onComplete` when done.
 */
function SignInOrAccount({ localization, requestTimeoutMs, log }: { localization: object | undefined; requestTimeoutMs: number | undefined; log: (event: LoggedEvent) => void }) {
  const signedIn = useSignedIn();
  const [finishingTask, setFinishingTask] = useState(false);
  if (signedIn && !finishingTask) return <SignedInView localization={localization} log={log} />;
  return (
    <SignInFlow
      localization={localization}
      headingLevel={2}
      requestTimeoutMs={requestTimeoutMs}
      onStepChange={(step) => log({ name: 'onStepChange', detail: step })}
      onError={(error) => log({ name: 'onError', detail: `${error.code}${error.field ? ` on ${error.field}` : ''}` })}
      onComplete={({ sessionId }) => {
        setFinishingTask(false);
        log({ name: 'onComplete', detail: sessionId ?? '' });
      }}
      onSessionTask={({ task }) => {
        setFinishingTask(true);
        log({ name: 'onSessionTask', detail: task });
      }}
    />
  );
}

function SignedInView({ localization, log }: { localization: object | undefined; log: (event: LoggedEvent) => void }) {
  const { user } = useUser();
  const { signOut } = useClerk();
  return (
    <>
      <section className="demo-card" aria-labelledby="signed-in-title">
        <h2 id="signed-in-title">Welcome back</h2>
        <p>
          Signed in as <strong>{user?.primaryEmailAddress?.emailAddress}</strong>.
        </p>
        <button type="button" className="demo-button" onClick={() => void signOut()}>
          Sign out
        </button>
      </section>
      <MfaSettings
        localization={localization}
        headingLevel={2}
        onChange={(event) => log({ name: 'onChange', detail: event.change })}
        onError={(error) => log({ name: 'onError', detail: error.code })}
      />
    </>
  );
}
