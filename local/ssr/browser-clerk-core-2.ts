// clerk-js 5's headless build bundled from npm, for the browser only: the server renders without it.
import { Clerk } from 'clerk-js-core-2/headless';
import { DEMO_PROXY_URL, DEMO_PUBLISHABLE_KEY } from '../demo/clerkConfig.js';

export const createBrowserClerk = (): unknown => new Clerk(DEMO_PUBLISHABLE_KEY, { proxyUrl: DEMO_PROXY_URL });
