import { newId } from '../domain/ids.js';
import { serializeClient } from '../resources/client.js';
import { environmentJson } from '../resources/environment.js';
import type { Route } from './route.js';

/** The calls clerk-js makes while loading, before any sign-in. */
export const bootstrapRoutes: Route[] = [
  {
    // Dev-browser mode: the token is opaque to the SDK, which sends it back as `__clerk_db_jwt`.
    method: 'POST',
    path: '/dev_browser',
    handler: (ctx) => {
      const id = newId('dvb');
      ctx.state.identities.set(id, null);
      return { body: { object: 'dev_browser', id } };
    },
  },
  // The environment answer is bare, not wrapped in `response`. Dev instances PATCH it on load.
  { method: 'GET', path: '/environment', handler: () => ({ body: environmentJson() }) },
  { method: 'PATCH', path: '/environment', handler: () => ({ body: environmentJson() }) },
  {
    // A browser without a client yet gets `response: null`; the client appears with the first sign-in.
    method: 'GET',
    path: '/client',
    handler: (ctx) => {
      const client = ctx.identity.client();
      return { body: { response: client ? serializeClient(ctx.view, client) : null, client: null } };
    },
  },
];
