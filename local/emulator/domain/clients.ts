import { newId } from './ids.js';
import type { ClientRecord, EmulatorState } from './state.js';

/** A browser's client, created on its first sign-in; `token` is its dev-browser id or cookie value. */
export function createClientRecord(state: EmulatorState, token: string, now: number): ClientRecord {
  const client: ClientRecord = {
    id: newId('client'),
    signInId: null,
    sessionIds: [],
    lastActiveSessionId: null,
    lastAuthenticationStrategy: null,
    trustedUserIds: new Set(),
    createdAt: now,
    updatedAt: now,
  };
  state.clients.set(client.id, client);
  state.identities.set(token, client.id);
  return client;
}
