import type { DomainContext } from './context.js';
import { notFound, signedOut } from './errors.js';
import { newId } from './ids.js';
import { isSignedIn, type ClientRecord, type EmulatorState, type SessionRecord, type SessionStatus, type UserRecord } from './state.js';
import { secondFactorStrategies } from './users.js';

const DAY = 24 * 60 * 60 * 1000;

/**
 * A new session is `pending` while the user owes tasks (`reset-password`, `setup-mfa`, ...).
 * `setup-mfa` is owed only while the user has no second factor: the task asks for one.
 */
export function createSession(state: EmulatorState, client: ClientRecord, user: UserRecord, now: number, secondFactorAt: number | null): SessionRecord {
  const hasMfa = secondFactorStrategies(user).length > 0;
  const tasks = user.tasks.filter((task) => task !== 'setup-mfa' || !hasMfa);
  const session: SessionRecord = {
    id: newId('sess'),
    clientId: client.id,
    userId: user.id,
    status: tasks.length > 0 ? 'pending' : 'active',
    tasks,
    // The sign-in that creates the session has just verified a first factor.
    firstFactorAt: now,
    secondFactorAt,
    reverification: null,
    createdAt: now,
    updatedAt: now,
    lastActiveAt: now,
    expireAt: now + 7 * DAY,
    abandonAt: now + 30 * DAY,
  };
  state.sessions.set(session.id, session);
  client.sessionIds.push(session.id);
  client.lastActiveSessionId = session.id;
  client.updatedAt = now;
  return session;
}

/** A session of another client is "not found", as in Clerk. */
export function sessionOfClient(ctx: DomainContext, sessionId: string): SessionRecord {
  const client = ctx.identity.client();
  const session = ctx.state.sessions.get(sessionId);
  if (!client || !session || session.clientId !== client.id) throw notFound();
  return session;
}

/**
 * The session a `/me` call acts for: the SDK names it in `_clerk_session_id` (clerk-js adds it to
 * every path outside `/client`); without one, the client's last active session. A pending session
 * counts, since resolving its tasks is what `/me` calls are for.
 */
export function currentSession(ctx: DomainContext, requestedId: string | null): SessionRecord {
  const client = ctx.identity.client();
  const sessionId = requestedId || client?.lastActiveSessionId;
  const session = sessionId ? ctx.state.sessions.get(sessionId) : undefined;
  if (!client || !session || session.clientId !== client.id || !isSignedIn(session)) throw signedOut();
  return session;
}

export interface SignedIn {
  session: SessionRecord;
  user: UserRecord;
}

/** The session a `/me` call acts for (see `currentSession`) and its user. */
export function signedInUser(ctx: DomainContext, requestedId: string | null): SignedIn {
  const session = currentSession(ctx, requestedId);
  return { session, user: ctx.state.users.get(session.userId)! };
}

export function finishSession(state: EmulatorState, session: SessionRecord, status: SessionStatus, now: number): void {
  session.status = status;
  session.updatedAt = now;
  const client = state.clients.get(session.clientId);
  if (!client) return;
  if (client.lastActiveSessionId === session.id) client.lastActiveSessionId = null;
  client.updatedAt = now;
}

/**
 * `sign_out_of_other_sessions`: every signed-in session of the user, on any client, is revoked but
 * `keep`, the one that changed the password. A reset during a sign-in keeps none: its own session
 * does not exist yet.
 */
export function revokeOtherSessions(state: EmulatorState, userId: string, keep: SessionRecord | null, now: number): void {
  for (const session of state.sessions.values()) {
    if (session !== keep && session.userId === userId && isSignedIn(session)) finishSession(state, session, 'revoked', now);
  }
}
