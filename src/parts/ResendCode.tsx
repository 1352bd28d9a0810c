import { useId } from 'react';

export interface ResendCodeProps {
  ready: boolean;
  label: string;
  /** Shown beside the button while it waits ("Available in 29 s"); its description, never its name. */
  countdown?: string;
  /** Announced politely once a new code went out; empty otherwise. */
  sentMessage: string;
  onResend(): void;
}

/**
 * "Send a new code", held back by a countdown. `aria-disabled` rather than `disabled`, so the
 * person who just pressed it keeps focus on it while the countdown runs. The name stays the same
 * while the countdown ticks; the countdown is its description, read when the button is reached.
 */
export function ResendCode({ ready, label, countdown, sentMessage, onResend }: ResendCodeProps) {
  const countdownId = useId();
  const waiting = !ready && countdown;
  return (
    <div data-part="resend-control">
      <button
        type="button"
        aria-disabled={!ready || undefined}
        aria-describedby={waiting ? countdownId : undefined}
        onClick={() => {
          if (ready) onResend();
        }}
        data-part="resend"
      >
        {label}
      </button>
      {waiting ? (
        <span id={countdownId} data-part="resend-countdown">
          {countdown}
        </span>
      ) : null}
      <p role="status" data-part="resend-status">
        {sentMessage}
      </p>
    </div>
  );
}
