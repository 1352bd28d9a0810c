// <SignInFlow> on Core 3 with the bundled `no-rhc` instance and `experimental.runtimeEnvironment:
// 'headless'`, which makes ClerkProvider skip its script loading and call `load()` on the instance.
import { Clerk } from '@clerk/clerk-js/no-rhc';
import { renderCore3Flow } from '../core-3-flow-app.js';
import { PROXY_URL, PUBLISHABLE_KEY } from '../shell.js';

renderCore3Flow({
  Clerk: new Clerk(PUBLISHABLE_KEY, { proxyUrl: PROXY_URL }) as never,
  experimental: { runtimeEnvironment: 'headless' },
});
