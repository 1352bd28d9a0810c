import { serializeClient } from '../resources/client.js';
import type { FapiAnswer, FapiContext } from './route.js';

/** Mutations answer `{ response, client }`: the SDK replaces its whole client from `client`. */
export function withClient(ctx: FapiContext, response: unknown): FapiAnswer {
  const client = ctx.identity.client();
  return { body: { response, client: client ? serializeClient(ctx.view, client) : null } };
}
