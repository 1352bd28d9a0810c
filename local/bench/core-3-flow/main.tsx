// <SignInFlow> on Core 3 loaded as the demo loads it: clerk-js 6's `no-rhc` entry bundled from npm,
// one instance handed to ClerkProvider.
import { Clerk } from '@clerk/clerk-js/no-rhc';
import { renderCore3Flow } from '../core-3-flow-app.js';
import { PROXY_URL, PUBLISHABLE_KEY } from '../shell.js';

renderCore3Flow({ Clerk: new Clerk(PUBLISHABLE_KEY, { proxyUrl: PROXY_URL }) as never });
