import { createContext } from 'react';

/**
 * Shared by the steps inside one `<SignInFlow>`: whether the person chose "use a different account".
 * clerk-js 5 cannot reset a sign-in, so the flow shows the password step again until a new password
 * submission replaces the old sign-in. `null` outside a flow.
 */
export interface FlowRestart {
  restarted: boolean;
  setRestarted(restarted: boolean): void;
}

export const FlowRestartContext = createContext<FlowRestart | null>(null);
