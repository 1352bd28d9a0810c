// clerk-js 6 (no remotely hosted code) bundled from npm, for the browser only: the server renders
// without it.
import { Clerk } from '@clerk/clerk-js/no-rhc';
import { DEMO_PROXY_URL, DEMO_PUBLISHABLE_KEY } from '../demo/clerkConfig.js';

export const createBrowserClerk = (): unknown => new Clerk(DEMO_PUBLISHABLE_KEY, { proxyUrl: DEMO_PROXY_URL });
