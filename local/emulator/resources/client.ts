import { isSignedIn, type ClientRecord } from '../domain/state.js';
import { serializeSession } from './session.js';
import { serializeSignIn } from './sign-in.js';
import type { View } from './view.js';

const ONE_YEAR = 365 * 24 * 60 * 60 * 1000;

/**
 * Only signed-in sessions are listed, active and pending ones, as Clerk does; ended ones stay
 * reachable by id. clerk-js 6 finalizes without reloading the client when the new session is here.
 */
export function serializeClient(view: View, client: ClientRecord) {
  const sessions = client.sessionIds
    .map((id) => view.state.sessions.get(id))
    .filter(isSignedIn)
    .map((session) => serializeSession(view, session));
  const signIn = client.signInId ? view.state.signIns.get(client.signInId) : undefined;
  return {
    object: 'client',
    id: client.id,
    sessions,
    sign_in: signIn ? serializeSignIn(view, signIn) : null,
    sign_up: null,
    last_active_session_id: client.lastActiveSessionId,
    last_authentication_strategy: client.lastAuthenticationStrategy,
    cookie_expires_at: client.createdAt + ONE_YEAR,
    captcha_bypass: false,
    created_at: client.createdAt,
    updated_at: client.updatedAt,
  };
}
