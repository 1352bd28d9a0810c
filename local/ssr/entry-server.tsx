import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { SignInPage } from './SignInPage.js';

/** The page's markup for `<div id="root">`, the same tree the browser entry hydrates. */
export function renderSignInPage(): string {
  return renderToString(
    <StrictMode>
      <SignInPage />
    </StrictMode>,
  );
}
