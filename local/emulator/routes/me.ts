import { changePassword } from '../domain/password-reset.js';
import { serializeUser } from '../resources/user.js';
import { withClient } from './answers.js';
import type { Route } from './route.js';

/** Calls on the signed-in (or pending) user: clerk-js `User` resource methods. */
export const meRoutes: Route[] = [
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
];
