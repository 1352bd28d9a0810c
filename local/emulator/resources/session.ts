import { sessionJwt } from '../domain/jwt.js';
import { factorVerificationAge } from '../domain/reverification-age.js';
import { isSignedIn, type SessionRecord } from '../domain/state.js';
import { serializePublicUserData, serializeUser } from './user.js';
import type { View } from './view.js';

export function serializeToken(view: View, session: SessionRecord) {
  return { object: 'token', jwt: sessionJwt(session, view.now, view.issuer, view.jwtSecret) };
}

export function serializeSession(view: View, session: SessionRecord) {
  const user = view.state.users.get(session.userId);
  if (!user) throw new Error(`session ${session.id} names unknown user ${session.userId}`);
  return {
    id: session.id,
    object: 'session',
    status: session.status,
    expire_at: session.expireAt,
    abandon_at: session.abandonAt,
    last_active_at: session.lastActiveAt,
    // Required in practice: without it a page reload crashes clerk-react ("Invalid state").
    // A pending session has one too: setActive() fetches a token for it.
    last_active_token: isSignedIn(session) ? serializeToken(view, session) : null,
    actor: null,
    // The SDKs read `session.currentTask` as the first of these.
    tasks: session.tasks.length > 0 ? session.tasks.map((key) => ({ key })) : null,
    last_active_organization_id: null,
    user: serializeUser(view, user),
    public_user_data: serializePublicUserData(user),
    factor_verification_age: factorVerificationAge(session, view.now),
    created_at: session.createdAt,
    updated_at: session.updatedAt,
  };
}
