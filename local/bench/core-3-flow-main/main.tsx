// <SignInFlow> on Core 3 with clerk-js 6's main entry bundled from npm.
import { Clerk } from '@clerk/clerk-js';
import { renderCore3Flow } from '../core-3-flow-app.js';
import { PROXY_URL, PUBLISHABLE_KEY } from '../shell.js';

renderCore3Flow({ Clerk: new Clerk(PUBLISHABLE_KEY, { proxyUrl: PROXY_URL }) as never });
