import type { SignInFlowController } from '../flow/controller.js';

export interface UseDifferentAccountProps {
  flow: SignInFlowController;
  label: string;
  /** Told after the controller is back at the password step. */
  onRestarted?: () => void;
  /** An edit icon named by `label` (at the end of the identity line) rather than the words. */
  icon?: boolean;
}

/** "Use a different account": back to the password step, the way out of a lockout too. */
export function UseDifferentAccount({ flow, label, onRestarted, icon = false }: UseDifferentAccountProps) {
  return (
    <button
      type="button"
      aria-label={icon ? label : undefined}
      title={icon ? label : undefined}
      data-part="restart"
      // Always available: another account is the way out of a lockout, and of a request that hangs
      // (the controller gives it up, and its late answer changes nothing).
      onClick={async () => {
        await flow.restart();
        onRestarted?.();
      }}
    >
      {icon ? (
        <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
          <path d="M12 20h9" />
          <path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z" />
        </svg>
      ) : (
        label
      )}
    </button>
  );
}

export interface IdentityLineProps extends Omit<UseDifferentAccountProps, 'icon'> {
  /** Whether to offer the change: a step alone does only when the app handles it. */
  offerRestart: boolean;
}

/** Which account a later step is for ("max@example.com"), with the way to change it. */
export function IdentityLine({ flow, label, onRestarted, offerRestart }: IdentityLineProps) {
  if (!flow.identifier && !offerRestart) return null;
  return (
    <p data-part="identity">
      {flow.identifier ? <span data-part="identity-value">{flow.identifier}</span> : null}
      {offerRestart ? <UseDifferentAccount flow={flow} label={label} onRestarted={onRestarted} icon /> : null}
    </p>
  );
}
