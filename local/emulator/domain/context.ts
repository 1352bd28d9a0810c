import type { ClientRecord, EmulatorState } from './state.js';

/** How a domain operation reaches the caller's client; transport/identity.ts implements it. */
export interface ClientAccess {
  client(): ClientRecord | null;
  /** Creates the client on first need, as Clerk does when a sign-in starts. */
  ensureClient(): ClientRecord;
}

/** What a domain operation needs from one request: the records, one clock reading, and the caller. */
export interface DomainContext {
  state: EmulatorState;
  /** One clock reading per request, so every timestamp in an answer agrees. */
  now: number;
  identity: ClientAccess;
}
