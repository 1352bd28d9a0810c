import type { SignInFlowController } from '../flow/controller.js';

export interface UseDifferentAccountProps {
  flow: SignInFlowController;
  label: string;
  /** Told after the controller is back at the password step. */
  onRestarted?: () => void;
}

/** "Use a different account": back to the password step, the way out of a lockout too. */
export function UseDifferentAccount({ flow, label, onRestarted }: UseDifferentAccountProps) {
  return (
    <button
      type="button"
      data-part="restart"
      // Always available: another account is the way out of a lockout, and of a request that hangs
      // (the controller gives it up, and its late answer changes nothing).
      onClick={async () => {
        await flow.restart();
        onRestarted?.();
      }}
    >
      {label}
    </button>
  );
}
