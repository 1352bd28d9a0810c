import { createClientRecord } from '../domain/clients.js';
import type { ClientAccess } from '../domain/context.js';
import { newId } from '../domain/ids.js';
import type { ClientRecord, EmulatorState } from '../domain/state.js';
import { clientCookie, type Headers } from './http.js';
import type { ParsedRequest } from './wire.js';

/** Which client a request belongs to, in either of the two ways clerk-js identifies itself. */
export interface Identity extends ClientAccess {
  readonly mode: 'dev_browser' | 'cookie';
  /** `Set-Cookie` when a cookie-mode client was just created. */
  responseHeaders(): Headers;
}

export function resolveIdentity(state: EmulatorState, request: ParsedRequest, now: number): Identity {
  // Dev-browser mode (pk_test with an accounts.dev host) sends its token on every call.
  const devBrowserToken = request.query.get('__clerk_db_jwt');
  const mode = devBrowserToken ? 'dev_browser' : 'cookie';
  let token = devBrowserToken ?? request.cookies['__client'] ?? null;
  const headers: Headers = {};

  const client = (): ClientRecord | null => {
    const clientId = token ? state.identities.get(token) : undefined;
    return (clientId && state.clients.get(clientId)) || null;
  };

  const ensureClient = (): ClientRecord => {
    const existing = client();
    if (existing) return existing;
    // A dev-browser token the emulator has forgotten (after a reset) is simply adopted, so a page
    // left open across tests keeps working; a stale cookie is replaced by a fresh one.
    if (mode === 'cookie') {
      token = newId('clc');
      headers['Set-Cookie'] = clientCookie(token);
    }
    return createClientRecord(state, token!, now);
  };

  return { mode, client, ensureClient, responseHeaders: () => headers };
}
