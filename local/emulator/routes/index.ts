import type { Route } from '../router.js';
import { bootstrapRoutes } from './bootstrap.js';
import { sessionRoutes } from './sessions.js';
import { signInRoutes } from './sign-ins.js';

/** Every FAPI call the emulator answers; anything else gets a Clerk-shaped 404. */
export const fapiRoutes: readonly Route[] = [...bootstrapRoutes, ...signInRoutes, ...sessionRoutes];
