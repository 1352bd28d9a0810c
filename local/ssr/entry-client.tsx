// `#ssr-browser-clerk` is ./browser-clerk-core-3.ts, or ./browser-clerk-core-2.ts in `core-2` mode.
import { createBrowserClerk } from '#ssr-browser-clerk';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { SignInPage } from './SignInPage.js';
import 'clerk-mfa-steps/styles.css';
import './page.css';

// Takes over the server's markup rather than replacing it: what the server sent is what hydrates.
hydrateRoot(
  document.getElementById('root')!,
  <StrictMode>
    <SignInPage clerk={createBrowserClerk()} />
  </StrictMode>,
);
