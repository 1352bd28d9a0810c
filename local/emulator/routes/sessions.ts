import { notFound, signedOut } from '../errors.js';
import { serializeClient } from '../resources/client.js';
import { serializeSession, serializeToken } from '../resources/session.js';
import type { FapiContext, Route } from '../router.js';
import type { SessionRecord, SessionStatus } from '../state.js';
import { withClient } from './answers.js';

function sessionOfClient(ctx: FapiContext): SessionRecord {
  const client = ctx.identity.client();
  const session = ctx.state.sessions.get(ctx.params.sessionId!);
  if (!client || !session || session.clientId !== client.id) throw notFound();
  return session;
}

function finish(ctx: FapiContext, session: SessionRecord, status: SessionStatus): void {
  session.status = status;
  session.updatedAt = ctx.now;
  const client = ctx.state.clients.get(session.clientId)!;
  if (client.lastActiveSessionId === session.id) client.lastActiveSessionId = null;
  client.updatedAt = ctx.now;
}

export const sessionRoutes: Route[] = [
  {
    method: 'GET',
    path: '/client/sessions/:sessionId',
    handler: (ctx) => withClient(ctx, serializeSession(ctx.view, sessionOfClient(ctx))),
  },
  {
    // `finalize()` → setActive → touch. Clerk clears the finished sign-in here, so the SDK's
    // signIn falls back to `needs_identifier`.
    method: 'POST',
    path: '/client/sessions/:sessionId/touch',
    handler: (ctx) => {
      const session = sessionOfClient(ctx);
      if (session.status !== 'active') throw notFound();
      const client = ctx.state.clients.get(session.clientId)!;
      client.lastActiveSessionId = session.id;
      client.signInId = null;
      client.updatedAt = ctx.now;
      session.lastActiveAt = ctx.now;
      session.updatedAt = ctx.now;
      return withClient(ctx, serializeSession(ctx.view, session));
    },
  },
  {
    // Answered bare, `{ object, jwt }`, unlike every other mutation.
    method: 'POST',
    path: '/client/sessions/:sessionId/tokens',
    handler: (ctx) => {
      const session = sessionOfClient(ctx);
      if (session.status !== 'active') throw signedOut();
      return { body: serializeToken(ctx.view, session) };
    },
  },
  {
    // `signOut()`: every session of this client ends; the client itself (and its cookie) stays.
    method: 'DELETE',
    path: '/client/sessions',
    handler: (ctx) => {
      const client = ctx.identity.client();
      if (!client) throw notFound();
      for (const id of client.sessionIds) {
        const session = ctx.state.sessions.get(id);
        if (session?.status === 'active') finish(ctx, session, 'removed');
      }
      client.signInId = null;
      const json = serializeClient(ctx.view, client);
      return { body: { response: json, client: json } };
    },
  },
  ...(['end', 'remove'] as const).map((action): Route => ({
    method: 'POST',
    path: `/client/sessions/:sessionId/${action}`,
    handler: (ctx) => {
      const session = sessionOfClient(ctx);
      if (session.status === 'active') finish(ctx, session, action === 'end' ? 'ended' : 'removed');
      return withClient(ctx, serializeSession(ctx.view, session));
    },
  })),
];
