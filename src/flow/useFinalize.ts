import { useRef, useState } from 'react';
import { NETWORK_ERROR } from '../clerk/errors.js';
import type { FinalizeNavigateArgs, SessionLike, SessionTaskLike } from '../clerk/types.js';
import { BUSY, type Send, type SignInOutcome } from './useClerkCall.js';

/** Where the session stands once the sign-in is complete. */
export type CompletionState = 'finishing' | 'done' | 'failed';

/** Follows the session to the app: Clerk's `decorateUrl` (Core 3) rides along for the destination. */
export type SessionNavigate = (session: SessionLike | null | undefined, helpers?: { decorateUrl: (url: string) => string }) => void | Promise<unknown>;

/**
 * Turning a complete sign-in into a session: once at a time, after the answer that completed the
 * sign-in has landed, and held as the completion phase (with the session task, if one is open).
 */
export function useFinalize(call: (send: Send, moves: boolean) => Promise<SignInOutcome>, settled: () => Promise<void>) {
  const finalizing = useRef(false);
  const [completion, setCompletion] = useState<{ state: CompletionState; task: SessionTaskLike | null } | null>(null);

  const startSession = async (navigate?: SessionNavigate): Promise<SignInOutcome> => {
    let activated = false;
    let session: SessionLike | null = null;
    setCompletion((current) => ({ state: 'finishing', task: current?.task ?? null }));
    const outcome = await call(async (resource) => {
      const result = await resource.finalize({
        navigate: ({ session: started, decorateUrl }: FinalizeNavigateArgs) => {
          activated = true;
          session = started ?? null;
          // A session with a task open is not signed in yet: the app's destination waits for the task.
          if (started?.currentTask) return undefined;
          return decorateUrl ? navigate?.(started, { decorateUrl }) : navigate?.(started);
        },
      });
      // Clerk calls `navigate` once the session is set; a finalize that answers without calling it
      // lost its connection on the way.
      return result.error || activated ? result : { error: NETWORK_ERROR };
    }, false);
    if (!outcome.ok) {
      if (!outcome.busy) setCompletion({ state: 'failed', task: null });
      return outcome;
    }
    const started = session as SessionLike | null;
    const task = started?.currentTask ?? null;
    setCompletion({ state: task ? 'finishing' : 'done', task });
    // Clerk has already cleared the sign-in; the session it started is the result.
    return { ok: true, step: task ? 'session_task' : 'complete', sessionId: started?.id ?? null, ...(task ? { task } : {}) };
  };

  const finalize = async (navigate?: SessionNavigate): Promise<SignInOutcome> => {
    if (finalizing.current) return BUSY;
    finalizing.current = true;
    try {
      await settled();
      return await startSession(navigate);
    } finally {
      finalizing.current = false;
    }
  };

  return { finalize, completion };
}
