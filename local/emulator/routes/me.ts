import { regenerateBackupCodes } from '../domain/mfa.js';
import { changePassword } from '../domain/password-reset.js';
import { signedInUser } from '../domain/sessions.js';
import { createTotp, disableTotp, verifyTotp } from '../domain/totp-setup.js';
import { serializeBackupCodes, serializeDeletedTotp, serializeTotp } from '../resources/totp.js';
import { serializeUser } from '../resources/user.js';
import { withClient } from './answers.js';
import type { FapiContext, Route } from './route.js';

/** clerk-js names the session in `_clerk_session_id` on every call outside `/client`. */
export const meOf = (ctx: FapiContext) => signedInUser(ctx, ctx.request.query.get('_clerk_session_id'));

/** Calls on the signed-in (or pending) user: clerk-js `User` resource methods. */
export const meRoutes: Route[] = [
  {
    // `user.reload()`.
    method: 'GET',
    path: '/me',
    handler: (ctx) => withClient(ctx, serializeUser(ctx.view, meOf(ctx).user)),
  },
  {
    // `user.updatePassword({ newPassword, signOutOfOtherSessions })`: resolves `reset-password`.
    method: 'POST',
    path: '/me/change_password',
    handler: (ctx) => {
      const { body, query } = ctx.request;
      const user = changePassword(ctx, {
        sessionId: query.get('_clerk_session_id'),
        newPassword: body.new_password,
        currentPassword: body.current_password || undefined,
        signOutOfOtherSessions: body.sign_out_of_other_sessions === 'true',
      });
      return withClient(ctx, serializeUser(ctx.view, user));
    },
  },
  {
    // `user.createTOTP()`: a new, unverified secret (it replaces an unverified one).
    method: 'POST',
    path: '/me/totp',
    handler: (ctx) => {
      const me = meOf(ctx);
      return withClient(ctx, serializeTotp(me.user, createTotp(ctx, me)));
    },
  },
  {
    // `user.verifyTOTP({ code })`.
    method: 'POST',
    path: '/me/totp/attempt_verification',
    handler: (ctx) => {
      const me = meOf(ctx);
      const { totp, backupCodes } = verifyTotp(ctx, me, ctx.request.body.code);
      return withClient(ctx, serializeTotp(me.user, totp, backupCodes));
    },
  },
  {
    // `user.disableTOTP()`; sensitive.
    method: 'DELETE',
    path: '/me/totp',
    handler: (ctx) => withClient(ctx, serializeDeletedTotp(disableTotp(ctx, meOf(ctx)))),
  },
  {
    // `user.createBackupCode()` (clerk-js sends `/me/backup_codes/`); sensitive.
    method: 'POST',
    path: '/me/backup_codes',
    handler: (ctx) => {
      const me = meOf(ctx);
      const codes = regenerateBackupCodes(ctx, me);
      return withClient(ctx, serializeBackupCodes(me.user, codes));
    },
  },
];
