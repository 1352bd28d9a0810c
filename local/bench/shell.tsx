// What every bench page shares: the same minimal app shell around the sign-in form, and two marks
// the bench reads (Clerk has loaded; a session is active). Each page supplies its own generation's
// components, so the shell itself imports nothing from Clerk.
import { useEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

export { DEMO_PROXY_URL as PROXY_URL, DEMO_PUBLISHABLE_KEY as PUBLISHABLE_KEY } from '../demo/clerkConfig.js';

/** Where Clerk's browser scripts are served on the page's origin, as Clerk's proxy serves them from its CDN. */
export const CLERK_JS_CORE_2_URL = '/__clerk/npm/@clerk/clerk-js@5/dist/clerk.browser.js';
export const CLERK_JS_CORE_2_HEADLESS_URL = '/__clerk/npm/@clerk/clerk-js@5/dist/clerk.headless.browser.js';

/**
 * The page itself, where the prebuilt form goes after sign-in so the page can show it. Named by its
 * file: Clerk drops a trailing slash, and the static server knows `/<page>` only as `/<page>/index.html`.
 */
export const HERE = window.location.pathname.endsWith('/') ? `${window.location.pathname}index.html` : window.location.pathname;

export function renderPage(app: ReactNode) {
  createRoot(document.getElementById('root')!).render(app);
}

export function Shell({ children }: { children: ReactNode }) {
  return (
    <main className="bench-shell">
      <h1>Sign in to Bench</h1>
      {children}
    </main>
  );
}

/** Rendered inside the generation's `<ClerkLoaded>`: the bench waits for this mark. */
export function LoadedMark() {
  useEffect(() => {
    document.documentElement.dataset.clerkLoaded = 'true';
  }, []);
  return null;
}

/** Rendered for a signed-in user: the bench's sign-in check waits for this text. */
export function SignedInMark() {
  return <p data-bench="signed-in">Signed in</p>;
}
