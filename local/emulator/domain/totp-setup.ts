import type { DomainContext } from './context.js';
import { alreadyVerified, codeIncorrect, notFound, paramMissing, totpAlreadyEnabled } from './errors.js';
import { newId } from './ids.js';
import { hasOwnSecondFactor, secondFactorAdded, secondFactorRemoved } from './mfa.js';
import { requireRecentVerification } from './reverification.js';
import type { SignedIn } from './sessions.js';
import type { TotpRecord } from './state.js';
import { isValidTotp, newTotpSecret } from './totp.js';

/**
 * `POST /me/totp` (clerk-js `user.createTOTP()`): a new secret for the user's authenticator app.
 * Until a code from the app verifies it, the TOTP is no second factor (sign-in neither offers nor
 * accepts it), and a new `createTOTP()` replaces it with a fresh secret, as Clerk documents. A
 * verified one must be removed first (`DELETE /me/totp`).
 */
export function createTotp(ctx: DomainContext, { user }: SignedIn): TotpRecord {
  if (user.totp?.verified) throw totpAlreadyEnabled();
  user.totp = { id: newId('totp'), secret: newTotpSecret(), verified: false, createdAt: ctx.now, updatedAt: ctx.now };
  user.updatedAt = ctx.now;
  return user.totp;
}

export interface VerifiedTotp {
  totp: TotpRecord;
  /** Backup codes that came with the user's first second factor, shown once; null otherwise. */
  backupCodes: string[] | null;
}

/**
 * `POST /me/totp/attempt_verification` (`user.verifyTOTP({ code })`): a right code from the app
 * makes the authenticator a second factor. Wrong codes are `form_code_incorrect` and do not count
 * towards the lockout: nobody is signing in.
 */
export function verifyTotp(ctx: DomainContext, { user }: SignedIn, rawCode: string | undefined): VerifiedTotp {
  const totp = user.totp;
  if (!totp) throw notFound();
  if (totp.verified) throw alreadyVerified('This authenticator app is already verified.');
  const code = (rawCode ?? '').replace(/\s+/g, '');
  if (!code) throw paramMissing('code');
  if (!isValidTotp(totp.secret, code, ctx.now)) throw codeIncorrect();
  const hadOne = hasOwnSecondFactor(user);
  totp.verified = true;
  totp.updatedAt = ctx.now;
  return { totp, backupCodes: secondFactorAdded(ctx.state, user, hadOne, ctx.now) };
}

/**
 * `DELETE /me/totp` (`user.disableTOTP()`): a sensitive call. The authenticator stops being a
 * second factor at once; with it the last one, backup codes go too.
 */
export function disableTotp(ctx: DomainContext, { session, user }: SignedIn): TotpRecord {
  requireRecentVerification(ctx, session);
  const totp = user.totp;
  if (!totp) throw notFound();
  user.totp = null;
  if (totp.verified) secondFactorRemoved(user, ctx.now);
  return totp;
}
