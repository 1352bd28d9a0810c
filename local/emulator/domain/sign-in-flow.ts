import { needsClientTrust, trustClient } from './client-trust.js';
import type { DomainContext } from './context.js';
import {
  alreadyVerified, identifierNotFound, notFound, paramMissing, passwordIncorrect, sessionExists, strategyInvalid, wrongStep,
} from './errors.js';
import { newId } from './ids.js';
import { assertNotLocked, rejectAttempt } from './lockout.js';
import { createSession } from './sessions.js';
import { findUserByEmail, isSignedIn, type SignInRecord, type SignInStatus, type UserRecord } from './state.js';
import { secondFactorStrategies } from './users.js';

const DAY = 24 * 60 * 60 * 1000;

/** The sign-in must belong to the calling client; anything else is "not found", as in Clerk. */
export function signInOfClient(ctx: DomainContext, signInId: string): SignInRecord {
  const signIn = ctx.state.signIns.get(signInId);
  const client = ctx.identity.client();
  if (!signIn || !client || signIn.clientId !== client.id) throw notFound();
  return signIn;
}

export function userOfSignIn(ctx: DomainContext, signIn: SignInRecord): UserRecord {
  const user = signIn.userId ? ctx.state.users.get(signIn.userId) : undefined;
  if (!user) throw wrongStep();
  return user;
}

export function requireStatus(signIn: SignInRecord, ...statuses: SignInStatus[]): void {
  if (statuses.includes(signIn.status)) return;
  // A double submit lands here: the first request already completed the sign-in.
  throw signIn.status === 'complete' ? alreadyVerified() : wrongStep();
}

/**
 * `POST /client/sign_ins`. The new sign-in is attached to the client before the password is
 * checked, so a wrong password still leaves it in `meta.client`, at `needs_first_factor`. Fields the
 * emulator has no use for (`locale`, and `timezone` from clerk-js 6) are accepted and ignored.
 */
export function createSignIn(ctx: DomainContext, body: Record<string, string>): SignInRecord {
  const client = ctx.identity.ensureClient();
  // The environment declares single-session mode, where Clerk refuses a second sign-in; a pending
  // session is signed in too (clerk-js `signedInSessions`).
  if (client.sessionIds.some((id) => isSignedIn(ctx.state.sessions.get(id)))) throw sessionExists();
  const identifier = body.identifier?.trim() || null;
  const wantsPassword = body.password !== undefined || body.strategy === 'password';
  if (body.strategy && body.strategy !== 'password') throw strategyInvalid();
  if (!identifier && wantsPassword) throw paramMissing('identifier');
  const user = identifier ? findUserByEmail(ctx.state, identifier) : undefined;
  if (identifier && !user) throw identifierNotFound();

  const signIn = attachSignIn(ctx, client, user ?? null);
  if (user && wantsPassword) attemptPassword(ctx, signIn, user, body.password);
  return signIn;
}

/**
 * A new sign-in on the caller's client, as another tab of the same browser would start it: it
 * replaces the client's current sign-in, asks for nothing yet (`needs_identifier`), and skips the
 * single-session check (the other tab may have started it before this one signed in).
 */
export function startAnotherSignIn(ctx: DomainContext): SignInRecord {
  return attachSignIn(ctx, ctx.identity.ensureClient(), null);
}

/** A new sign-in as the client's current one: for `user`, waiting for the first factor; else for an identifier. */
function attachSignIn(ctx: DomainContext, client: ReturnType<DomainContext['identity']['ensureClient']>, user: { id: string; email: string } | null): SignInRecord {
  const signIn: SignInRecord = {
    id: newId('sia'),
    clientId: client.id,
    status: user ? 'needs_first_factor' : 'needs_identifier',
    identifier: user?.email ?? null,
    userId: user?.id ?? null,
    firstFactor: null,
    secondFactor: null,
    sentCode: null,
    createdSessionId: null,
    createdAt: ctx.now,
    abandonAt: ctx.now + DAY,
  };
  ctx.state.signIns.set(signIn.id, signIn);
  client.signInId = signIn.id;
  client.updatedAt = ctx.now;
  return signIn;
}

/** A right password leads to MFA if the user has it, else to Client Trust on a new client, else in. */
export function attemptPassword(ctx: DomainContext, signIn: SignInRecord, user: UserRecord, password: string | undefined): void {
  requireStatus(signIn, 'needs_first_factor');
  if (!password) throw paramMissing('password');
  assertNotLocked(user, ctx.now);
  // A "forgot password" code sent on this sign-in is another verification; the password starts its own.
  const verification = signIn.firstFactor?.strategy === 'password'
    ? signIn.firstFactor
    : { strategy: 'password' as const, status: 'unverified' as const, attempts: 0, expireAt: null };
  signIn.firstFactor = verification;
  verification.attempts += 1;
  if (password !== user.password) rejectAttempt(user, ctx.now, passwordIncorrect());
  verification.status = 'verified';
  const client = ctx.state.clients.get(signIn.clientId);
  if (!client) throw notFound();
  if (secondFactorStrategies(user).length > 0) signIn.status = 'needs_second_factor';
  else if (needsClientTrust(client, user)) signIn.status = 'needs_client_trust';
  else completeSignIn(ctx, signIn, user);
}

/** Creates the session (pending while the user owes tasks); it becomes the client's last active one. */
export function completeSignIn(ctx: DomainContext, signIn: SignInRecord, user: UserRecord): void {
  const client = ctx.state.clients.get(signIn.clientId);
  if (!client) throw notFound();
  // Only a real second factor counts for `factor_verification_age`, not a Client Trust code.
  const secondFactorAt = signIn.status === 'needs_second_factor' && signIn.secondFactor?.status === 'verified' ? ctx.now : null;
  const session = createSession(ctx.state, client, user, ctx.now, secondFactorAt);
  trustClient(client, user);
  client.lastAuthenticationStrategy = 'password';
  signIn.status = 'complete';
  signIn.createdSessionId = session.id;
  user.failedAttempts = 0;
  user.lastSignInAt = ctx.now;
  user.updatedAt = ctx.now;
}
