import { createContext } from 'react';

/**
 * Shared by the steps inside one `<SignInFlow>`: whether the person chose "use a different account",
 * and which of Clerk's error states belongs to the abandoned sign-in. clerk-js 5 cannot reset a
 * sign-in, so the flow shows the password step again until a new password replaces the old sign-in,
 * and the old account's errors (a lockout, say) must not greet the next one. `null` outside a flow.
 */
export interface FlowRestart {
  restarted: boolean;
  /** Clerk's `errors` object as it was when the person restarted; hidden until Clerk replaces it. */
  staleErrors: unknown;
  restart(staleErrors: unknown): void;
  resume(): void;
}

export const FlowRestartContext = createContext<FlowRestart | null>(null);
