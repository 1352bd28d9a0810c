import {
  alreadyVerified, identifierNotFound, notFound, paramMissing, passwordIncorrect, sessionExists, strategyInvalid, wrongStep,
} from './errors.js';
import { newId } from './ids.js';
import { assertNotLocked, rejectAttempt } from './lockout.js';
import type { FapiContext } from './router.js';
import { findUserByEmail, type SessionRecord, type SignInRecord, type SignInStatus, type UserRecord } from './state.js';
import { secondFactorStrategies } from './users.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The sign-in must belong to the calling client; anything else is "not found", as in Clerk. */
export function signInOfClient(ctx: FapiContext, signInId: string): SignInRecord {
  const signIn = ctx.state.signIns.get(signInId);
  const client = ctx.identity.client();
  if (!signIn || !client || signIn.clientId !== client.id) throw notFound();
  return signIn;
}

export function userOfSignIn(ctx: FapiContext, signIn: SignInRecord): UserRecord {
  const user = signIn.userId ? ctx.state.users.get(signIn.userId) : undefined;
  if (!user) throw wrongStep();
  return user;
}

export function requireStatus(signIn: SignInRecord, status: SignInStatus): void {
  if (signIn.status === status) return;
  // A double submit lands here: the first request already completed the sign-in.
  throw signIn.status === 'complete' ? alreadyVerified() : wrongStep();
}

function hasActiveSession(ctx: FapiContext, sessionIds: readonly string[]): boolean {
  return sessionIds.some((id) => ctx.state.sessions.get(id)?.status === 'active');
}

/**
 * `POST /client/sign_ins`. The new sign-in is attached to the client before the password is
 * checked, so a wrong password still leaves it in `meta.client`, at `needs_first_factor`.
 */
export function createSignIn(ctx: FapiContext, body: Record<string, string>): SignInRecord {
  const client = ctx.identity.ensureClient();
  // The environment declares single-session mode, where Clerk refuses a second sign-in.
  if (hasActiveSession(ctx, client.sessionIds)) throw sessionExists();
  const identifier = body.identifier?.trim() || null;
  const wantsPassword = body.password !== undefined || body.strategy === 'password';
  if (body.strategy && body.strategy !== 'password') throw strategyInvalid();
  if (!identifier && wantsPassword) throw paramMissing('identifier');
  const user = identifier ? findUserByEmail(ctx.state, identifier) : undefined;
  if (identifier && !user) throw identifierNotFound();

  const signIn: SignInRecord = {
    id: newId('sia'),
    clientId: client.id,
    status: user ? 'needs_first_factor' : 'needs_identifier',
    identifier: user?.email ?? null,
    userId: user?.id ?? null,
    firstFactor: null,
    secondFactor: null,
    phoneCode: null,
    createdSessionId: null,
    createdAt: ctx.now,
    abandonAt: ctx.now + DAY,
  };
  ctx.state.signIns.set(signIn.id, signIn);
  client.signInId = signIn.id;
  client.updatedAt = ctx.now;
  if (user && wantsPassword) attemptPassword(ctx, signIn, user, body.password);
  return signIn;
}

export function attemptPassword(ctx: FapiContext, signIn: SignInRecord, user: UserRecord, password: string | undefined): void {
  requireStatus(signIn, 'needs_first_factor');
  if (!password) throw paramMissing('password');
  assertNotLocked(user, ctx.now);
  const verification = signIn.firstFactor ?? { strategy: 'password', status: 'unverified', attempts: 0, expireAt: null };
  signIn.firstFactor = verification;
  verification.attempts += 1;
  if (password !== user.password) rejectAttempt(user, ctx.now, passwordIncorrect());
  verification.status = 'verified';
  if (secondFactorStrategies(user).length > 0) signIn.status = 'needs_second_factor';
  else completeSignIn(ctx, signIn, user);
}

/** Creates the session; it becomes the client's last active one, so a reload finds it. */
export function completeSignIn(ctx: FapiContext, signIn: SignInRecord, user: UserRecord): void {
  const client = ctx.state.clients.get(signIn.clientId);
  if (!client) throw notFound();
  const session: SessionRecord = {
    id: newId('sess'),
    clientId: client.id,
    userId: user.id,
    status: 'active',
    secondFactorAt: signIn.secondFactor?.status === 'verified' ? ctx.now : null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    lastActiveAt: ctx.now,
    expireAt: ctx.now + 7 * DAY,
    abandonAt: ctx.now + 30 * DAY,
  };
  ctx.state.sessions.set(session.id, session);
  client.sessionIds.push(session.id);
  client.lastActiveSessionId = session.id;
  client.lastAuthenticationStrategy = 'password';
  client.updatedAt = ctx.now;
  signIn.status = 'complete';
  signIn.createdSessionId = session.id;
  user.failedAttempts = 0;
  user.lastSignInAt = ctx.now;
  user.updatedAt = ctx.now;
}
