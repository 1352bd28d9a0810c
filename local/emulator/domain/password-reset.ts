import type { DomainContext } from './context.js';
import { currentPasswordIncorrect } from './errors.js';
import { assertNotLocked, rejectAttempt } from './lockout.js';
import { newPasswordError } from './password-policy.js';
import { resolveTask } from './session-tasks.js';
import { currentSession, revokeOtherSessions } from './sessions.js';
import type { UserRecord } from './state.js';

export interface ChangePasswordInput {
  /** `_clerk_session_id` from the query; clerk-js sends it on every `/me` call. */
  sessionId: string | null;
  newPassword: string | undefined;
  /** Optional, as in the SDK's `updatePassword`; Clerk's `<TaskResetPassword/>` sends none. */
  currentPassword: string | undefined;
  signOutOfOtherSessions: boolean;
}

/**
 * `POST /me/change_password` (clerk-js `user.updatePassword()`), also on a pending session: it is
 * how a `reset-password` task is resolved. The new password must pass the instance's rules; once
 * set, the task is gone from this session and from the user's future sign-ins.
 */
export function changePassword(ctx: DomainContext, input: ChangePasswordInput): UserRecord {
  const session = currentSession(ctx, input.sessionId);
  const user = ctx.state.users.get(session.userId)!;
  assertNotLocked(user, ctx.now);
  if (input.currentPassword !== undefined && input.currentPassword !== user.password) {
    rejectAttempt(user, ctx.now, currentPasswordIncorrect());
  }
  const invalid = newPasswordError(user, input.newPassword);
  if (invalid) throw invalid;

  user.password = input.newPassword!;
  user.passwordUpdatedAt = ctx.now;
  user.updatedAt = ctx.now;
  user.tasks = user.tasks.filter((task) => task !== 'reset-password');
  resolveTask(session, 'reset-password', ctx.now);
  if (input.signOutOfOtherSessions) revokeOtherSessions(ctx.state, session, ctx.now);
  return user;
}
