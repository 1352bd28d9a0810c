import { useRef, useState } from 'react';
import { NETWORK_ERROR } from '../clerk/errors.js';
import type { FinalizeNavigateArgs, SessionLike, SessionTaskActionsLike, SessionTaskLike, SignInResourceLike } from '../clerk/types.js';
import type { ClientSlot } from './clientSlot.js';
import { BUSY, type Send, type SignInOutcome } from './useClerkCall.js';

/** Where the session stands once the sign-in is complete. */
export type CompletionState = 'finishing' | 'done' | 'failed';

/** Follows the session to the app: Clerk's `decorateUrl` (Core 3) rides along for the destination. */
export type SessionNavigate = (session: SessionLike | null | undefined, helpers?: { decorateUrl: (url: string) => string }) => void | Promise<unknown>;

type StartSession = (resource: SignInResourceLike, navigate: (args: FinalizeNavigateArgs) => void | Promise<unknown>) => Promise<{ error: unknown }>;

/** Stands for a session start the person stopped waiting for. */
export const SESSION_START_CANCELLED = { code: 'session_start_cancelled' } as const;

interface FinalizeDeps {
  call: (send: Send, moves: boolean) => Promise<SignInOutcome>;
  /** Settles once no call is in flight. */
  settled: () => Promise<void>;
  /** Gives up on the call in flight, reporting `reason` as its answer. */
  abandon: (reason: typeof SESSION_START_CANCELLED) => void;
  tasks: SessionTaskActionsLike | undefined;
  slot: ClientSlot;
  signIn: SignInResourceLike | null;
}

/**
 * Turning a complete sign-in into a session: once per sign-in however many flows show it, after the
 * answer that completed the sign-in has landed, and held as the completion phase (with the session
 * task, if one is open).
 */
export function useFinalize({ call, settled, abandon, tasks, slot, signIn }: FinalizeDeps) {
  const finalizing = useRef(false);
  const ownClaim = useRef<ClientSlot['sessionStart']>(null);
  const release = (claim: ClientSlot['sessionStart']) => {
    if (claim && slot.sessionStart === claim) slot.sessionStart = null;
  };
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

  /**
   * Another flow on this client is starting (or started) this sign-in's session: this one shows how
   * it ends and reports nothing, since the event and the redirect belong to the flow that started it.
   */
  const follow = async (outcome: Promise<unknown>): Promise<SignInOutcome> => {
    setCompletion((current) => ({ state: 'finishing', task: current?.task ?? null }));
    const ended = (await outcome) as SignInOutcome;
    if (ended.ok) setCompletion({ state: ended.task ? 'finishing' : 'done', task: ended.task ?? null });
    else setCompletion((current) => ({ state: 'failed', task: current?.task ?? null }));
    return BUSY;
  };

  const finalize = async (navigate?: SessionNavigate): Promise<SignInOutcome> => {
    if (finalizing.current) return BUSY;
    const signInKey = signIn?.createdSessionId ?? signIn?.id ?? null;
    const shared = slot.sessionStart;
    if (shared && signInKey !== null && shared.signIn === signInKey) return follow(shared.outcome);
    finalizing.current = true;
    // Claimed before the first await: the flows on a page see the sign-in complete in one commit.
    const outcome = (async () => {
      await settled();
      return startSession((resource, go) => resource.finalize({ navigate: go }), navigate);
    })();
    const claim = signInKey === null ? null : { signIn: signInKey, outcome };
    slot.sessionStart = claim;
    ownClaim.current = claim;
    try {
      const ended = await outcome;
      // A start that failed or was given up on may be tried again, from any flow.
      if (!ended.ok) release(claim);
      return ended;
    } finally {
      if (ownClaim.current === claim) finalizing.current = false;
    }
  };

  /** Stops waiting for the session start in flight: the form says so and offers to try again at once. */
  const cancel = () => {
    abandon(SESSION_START_CANCELLED);
    release(ownClaim.current);
    ownClaim.current = null;
    finalizing.current = false;
    setCompletion((current) => ({ state: 'failed', task: current?.task ?? null }));
  };

  return { finalize, resolveTask, completion, cancel };
}
