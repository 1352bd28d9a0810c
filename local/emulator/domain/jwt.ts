import { createHmac } from 'node:crypto';
import { factorVerificationAge } from './reverification-age.js';
import type { SessionRecord } from './state.js';

/** Session tokens live 60 s, like Clerk's; the SDK's poller refreshes them before they expire. */
export const SESSION_TOKEN_SECONDS = 60;

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/**
 * HS256 with a per-emulator secret. The browser SDK only decodes session tokens, so any valid
 * signature will do; a backend that verifies would need RS256 and a JWKS instead.
 */
export function signJwt(claims: Record<string, unknown>, secret: Buffer): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: 'ins_emulator' }));
  const payload = base64url(JSON.stringify(claims));
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/**
 * `sts` is Clerk's session-status claim: a backend tells a pending session from an active one by it.
 * `fva` (factor verification age, in minutes) is what clerk-js's `has({ reverification })` reads.
 */
export function sessionJwt(session: SessionRecord, now: number, issuer: string, secret: Buffer): string {
  const iat = Math.floor(now / 1000);
  return signJwt(
    { iss: issuer, sid: session.id, sub: session.userId, sts: session.status, fva: factorVerificationAge(session, now), iat, nbf: iat - 10, exp: iat + SESSION_TOKEN_SECONDS },
    secret,
  );
}
