import type { SessionRecord, SessionTaskKey } from './state.js';

/** Every key clerk-js 5.128 and 6.40 know (`SessionTask['key']`). */
export const SESSION_TASK_KEYS: readonly SessionTaskKey[] = ['reset-password', 'setup-mfa', 'choose-organization'];

export function isSessionTaskKey(value: unknown): value is SessionTaskKey {
  return SESSION_TASK_KEYS.includes(value as SessionTaskKey);
}

/**
 * Marks one task done. The session turns `active` with its last task: only then do the SDKs count
 * the user as signed in. The change shows in the next answer's `client`, and in the touch that
 * Clerk's own task screens make afterwards (`setActive({ session })`).
 */
export function resolveTask(session: SessionRecord, key: SessionTaskKey, now: number): void {
  if (!session.tasks.includes(key)) return;
  session.tasks = session.tasks.filter((task) => task !== key);
  if (session.tasks.length === 0 && session.status === 'pending') session.status = 'active';
  session.updatedAt = now;
}
