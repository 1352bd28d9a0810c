export interface ResendCodeProps {
  ready: boolean;
  label: string;
  /** Announced politely once a new code went out; empty otherwise. */
  sentMessage: string;
  onResend(): void;
}

/**
 * "Send a new code", held back by a countdown. `aria-disabled` rather than `disabled`, so the
 * person who just pressed it keeps focus on it while the countdown runs.
 */
export function ResendCode({ ready, label, sentMessage, onResend }: ResendCodeProps) {
  return (
    <div data-part="resend-control">
      <button
        type="button"
        aria-disabled={!ready || undefined}
        onClick={() => {
          if (ready) onResend();
        }}
        data-part="resend"
      >
        {label}
      </button>
      <p role="status" data-part="resend-status">
        {sentMessage}
      </p>
    </div>
  );
}
