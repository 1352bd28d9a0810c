import { notFound, signedOut } from '../domain/errors.js';
import { finishSession, sessionOfClient } from '../domain/sessions.js';
import { isSignedIn } from '../domain/state.js';
import { serializeClient } from '../resources/client.js';
import { serializeSession, serializeToken } from '../resources/session.js';
import { withClient } from './answers.js';
import type { Route } from './route.js';

export const sessionRoutes: Route[] = [
  {
    method: 'GET',
    path: '/client/sessions/:sessionId',
    handler: (ctx) => withClient(ctx, serializeSession(ctx.view, sessionOfClient(ctx, ctx.params.sessionId!))),
  },
  {
    // `finalize()` → setActive → touch, for a pending session too (its tasks come back unchanged).
    // Clerk clears the finished sign-in here, so the SDK's signIn falls back to `needs_identifier`.
    method: 'POST',
    path: '/client/sessions/:sessionId/touch',
    handler: (ctx) => {
      const session = sessionOfClient(ctx, ctx.params.sessionId!);
      if (!isSignedIn(session)) throw notFound();
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
    // Answered bare, `{ object, jwt }`, unlike every other mutation. setActive() asks for one for a
    // pending session as well; its `sts` claim says `pending`.
    method: 'POST',
    path: '/client/sessions/:sessionId/tokens',
    handler: (ctx) => {
      const session = sessionOfClient(ctx, ctx.params.sessionId!);
      if (!isSignedIn(session)) throw signedOut();
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
        if (isSignedIn(session)) finishSession(ctx.state, session, 'removed', ctx.now);
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
      const session = sessionOfClient(ctx, ctx.params.sessionId!);
      if (isSignedIn(session)) finishSession(ctx.state, session, action === 'end' ? 'ended' : 'removed', ctx.now);
      return withClient(ctx, serializeSession(ctx.view, session));
    },
  })),
];
