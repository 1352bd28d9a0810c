import { signedOut } from '../domain/errors.js';
import {
  attemptReverificationFirstFactor, attemptReverificationSecondFactor, prepareReverificationFirstFactor, prepareReverificationSecondFactor,
  startReverification,
} from '../domain/reverification.js';
import { sessionOfClient } from '../domain/sessions.js';
import { isSignedIn, type SessionRecord, type UserRecord } from '../domain/state.js';
import { serializeReverification } from '../resources/session-reverification.js';
import { withClient } from './answers.js';
import type { FapiContext, Route } from './route.js';

type Step = (ctx: FapiContext, session: SessionRecord, user: UserRecord, body: Record<string, string>) => void;

/** The session must be this client's and signed in: an ended one is 401, as for its tokens. */
function signedInSession(ctx: FapiContext): SessionRecord {
  const session = sessionOfClient(ctx, ctx.params.sessionId!);
  if (!isSignedIn(session)) throw signedOut();
  return session;
}

function stepRoute(action: string, step: Step): Route {
  return {
    method: 'POST',
    path: `/client/sessions/:sessionId/verify/${action}`,
    handler: (ctx) => {
      const session = signedInSession(ctx);
      step(ctx, session, ctx.state.users.get(session.userId)!, ctx.request.body);
      return withClient(ctx, serializeReverification(ctx.view, session, session.reverification!));
    },
  };
}

/**
 * Session reverification, as clerk-js's `Session` resource sends it (`startVerification`,
 * `prepare`/`attemptFirstFactorVerification`, `prepare`/`attemptSecondFactorVerification`); both
 * generations send the same calls.
 */
export const reverificationRoutes: Route[] = [
  {
    method: 'POST',
    path: '/client/sessions/:sessionId/verify',
    handler: (ctx) => {
      const session = signedInSession(ctx);
      const reverification = startReverification(ctx, session, ctx.request.body.level);
      return withClient(ctx, serializeReverification(ctx.view, session, reverification));
    },
  },
  stepRoute('prepare_first_factor', prepareReverificationFirstFactor),
  stepRoute('attempt_first_factor', attemptReverificationFirstFactor),
  stepRoute('prepare_second_factor', prepareReverificationSecondFactor),
  stepRoute('attempt_second_factor', attemptReverificationSecondFactor),
];
