import { bootstrapRoutes } from './bootstrap.js';
import { meRoutes } from './me.js';
import { phoneNumberRoutes } from './phone-numbers.js';
import { reverificationRoutes } from './reverification.js';
import type { Route } from './route.js';
import { sessionRoutes } from './sessions.js';
import { signInRoutes } from './sign-ins.js';

export type { FapiAnswer, FapiContext, Route, RouteRequest } from './route.js';

/** Every FAPI call the emulator answers; anything else gets a Clerk-shaped 404. */
export const fapiRoutes: readonly Route[] = [
  ...bootstrapRoutes, ...signInRoutes, ...sessionRoutes, ...reverificationRoutes, ...meRoutes, ...phoneNumberRoutes,
];
