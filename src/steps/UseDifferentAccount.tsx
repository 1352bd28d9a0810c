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
      // Another account is the way out of a lockout, so only a request in flight holds this back.
      aria-disabled={flow.isPending || undefined}
      onClick={async () => {
        if (flow.isPending) return;
        await flow.restart();
        onRestarted?.();
      }}
    >
      {label}
    </button>
  );
}
