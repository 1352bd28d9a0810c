import { useRef, useState } from 'react';
import { NETWORK_ERROR } from '../clerk/errors.js';
import type { FinalizeNavigateArgs, SessionLike, SessionTaskActionsLike, SessionTaskLike, SignInResourceLike } from '../clerk/types.js';
import { BUSY, type Send, type SignInOutcome } from './useClerkCall.js';

/** Where the session stands once the sign-in is complete. */
export type CompletionState = 'finishing' | 'done' | 'failed';

/** Follows the session to the app: Clerk's `decorateUrl` (Core 3) rides along for the destination. */
export type SessionNavigate = (session: SessionLike | null | undefined, helpers?: { decorateUrl: (url: string) => string }) => void | Promise<unknown>;

type StartSession = (resource: SignInResourceLike, navigate: (args: FinalizeNavigateArgs) => void | Promise<unknown>) => Promise<{ error: unknown }>;

/**
 * Turning a complete sign-in into a session: once at a time, after the answer that completed the
 * sign-in has landed, and held as the completion phase (with the session task, if one is open).
 */
export function useFinalize(call: (send: Send, moves: boolean) => Promise<SignInOutcome>, settled: () => Promise<void>, tasks: SessionTaskActionsLike | undefined) {
  const finalizing = useRef(false);
  const [completion, setCompletion] = useState<{ state: CompletionState; task: SessionTaskLike | null } | null>(null);

  /** Runs Clerk's session start (`finalize`, or `setActive` after a task) and records where the session stands. */
  const startSession = async (start: StartSession, navigate?: SessionNavigate): Promise<SignInOutcome> => {
    let activated = false;
    let session: SessionLike | null = null;
    setCompletion((current) => ({ state: 'finishing', task: current?.task ?? null }));
    const outcome = await call(async (resource) => {
      const result = await start(resource, ({ session: started, decorateUrl }: FinalizeNavigateArgs) => {
        activated = true;
        session = started ?? null;
        // A session with a task open is not signed in yet: the app's destination waits for the task.
        if (started?.currentTask) return undefined;
        return decorateUrl ? navigate?.(started, { decorateUrl }) : navigate?.(started);
      });
      // Clerk calls `navigate` once the session is set; a start that answers without calling it
      // lost its connection on the way.
      return result.error || activated ? result : { error: NETWORK_ERROR };
    }, false);
    if (!outcome.ok) {
      if (!outcome.busy) setCompletion((current) => ({ state: 'failed', task: current?.task ?? null }));
      return outcome;
    }
    const started = session as SessionLike | null;
    const task = started?.currentTask ?? null;
    setCompletion({ state: task ? 'finishing' : 'done', task });
    // Clerk has already cleared the sign-in; the session it started is the result.
    return { ok: true, step: task ? 'session_task' : 'complete', sessionId: started?.id ?? null, ...(task ? { task } : {}) };
  };

  /** Resolves the open session task with `action`, then starts the session without it. */
  const resolveTask = async (action: () => Promise<{ error: unknown }>, navigate?: SessionNavigate): Promise<SignInOutcome> => {
    if (!tasks) return { ok: false, fieldErrors: {}, formError: { code: 'unknown' } };
    const done = await call(action, false);
    if (!done.ok) return done;
    return startSession((_, go) => tasks.activate(go), navigate);
  };

  const finalize = async (navigate?: SessionNavigate): Promise<SignInOutcome> => {
    if (finalizing.current) return BUSY;
    finalizing.current = true;
    try {
      await settled();
      return await startSession((resource, go) => resource.finalize({ navigate: go }), navigate);
    } finally {
      finalizing.current = false;
    }
  };

  return { finalize, resolveTask, completion };
}
