import type { DomainContext } from './context.js';
import { currentPasswordIncorrect } from './errors.js';
import { assertNotLocked, rejectAttempt } from './lockout.js';
import { newPasswordError } from './password-policy.js';
import { resolveTask } from './session-tasks.js';
import { currentSession, revokeOtherSessions } from './sessions.js';
import { completeSignIn, requireStatus } from './sign-in-flow.js';
import type { SignInRecord, UserRecord } from './state.js';
import { secondFactorStrategies } from './users.js';

export interface ChangePasswordInput {
  /** `_clerk_session_id` from the query; clerk-js sends it on every `/me` call. */
  sessionId: string | null;
  newPassword: string | undefined;
  /** Optional, as in the SDK's `updatePassword`; Clerk's `<TaskResetPassword/>` sends none. */
  currentPassword: string | undefined;
  signOutOfOtherSessions: boolean;
}

/**
 * Sets a password that passed the rules, however it was asked for. The `reset-password` task exists
 * because the old password was found in a breach, so a new one ends it for later sessions too.
 */
function replacePassword(user: UserRecord, password: string, now: number): void {
  user.password = password;
  user.passwordUpdatedAt = now;
  user.updatedAt = now;
  user.tasks = user.tasks.filter((task) => task !== 'reset-password');
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
  const invalid = newPasswordError(user, input.newPassword, 'new_password');
  if (invalid) throw invalid;

  replacePassword(user, input.newPassword!, ctx.now);
  resolveTask(session, 'reset-password', ctx.now);
  if (input.signOutOfOtherSessions) revokeOtherSessions(ctx.state, user.id, session, ctx.now);
  return user;
}

export interface SignInPasswordResetInput {
  password: string | undefined;
  signOutOfOtherSessions: boolean;
}

/**
 * `POST /client/sign_ins/:id/reset_password` (clerk-js `resetPasswordEmailCode.submitPassword()`),
 * once the emailed code is verified. The new password meets the same rules as a password change;
 * the errors name `password`, the field it came in. Then the sign-in goes on as after a right
 * password, MFA included, but without Client Trust: the code has just proved the inbox, which is
 * all Client Trust's own email code would prove.
 */
export function resetPasswordOnSignIn(ctx: DomainContext, signIn: SignInRecord, user: UserRecord, input: SignInPasswordResetInput): void {
  requireStatus(signIn, 'needs_new_password');
  assertNotLocked(user, ctx.now);
  const invalid = newPasswordError(user, input.password, 'password');
  if (invalid) throw invalid;

  replacePassword(user, input.password!, ctx.now);
  if (input.signOutOfOtherSessions) revokeOtherSessions(ctx.state, user.id, null, ctx.now);
  if (secondFactorStrategies(user).length > 0) signIn.status = 'needs_second_factor';
  else completeSignIn(ctx, signIn, user);
}
