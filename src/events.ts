import type { SignInField } from './errors.js';
import type { SignInStep } from './steps.js';
import type { SignInOutcome } from './useSignInFlow.js';

export interface SignInErrorEvent {
  /** Clerk's error code (`form_password_incorrect`, `user_locked`, `too_many_requests`, …) or `network_error`. */
  code: string;
  /** The message the form shows for it. */
  message: string;
  /** The input it belongs to, or `null` for a form-level error. */
  field: SignInField | null;
  /** The step that met it. */
  step: SignInStep;
}

export interface SignInCompleteEvent {
  /** The id of the session the sign-in created. */
  sessionId: string | null;
}

/** Typed events every step and the flow accept. */
export interface SignInEventProps {
  /** The sign-in moved to another step (`second_factor`, `complete`, …). */
  onStepChange?: (step: SignInStep) => void;
  /** An action failed; carries Clerk's error code. */
  onError?: (event: SignInErrorEvent) => void;
  /** The sign-in is complete. On `<SignInFlow>`, fired once the session is active. */
  onComplete?: (event: SignInCompleteEvent) => void;
}

/** Reports one action's outcome through a step's event props. */
export function reportOutcome(
  outcome: SignInOutcome,
  step: SignInStep,
  events: SignInEventProps,
  messageOf: (field: SignInField | null, code: string) => string,
) {
  if (!outcome.ok) {
    const fieldEntry = Object.entries(outcome.fieldErrors)[0] as [SignInField, { code: string }] | undefined;
    const field = fieldEntry?.[0] ?? null;
    const code = fieldEntry?.[1].code ?? outcome.formError?.code ?? 'unknown';
    events.onError?.({ code, message: messageOf(field, code), field, step });
    return;
  }
  if (outcome.step !== step) events.onStepChange?.(outcome.step);
  if (outcome.step === 'complete') events.onComplete?.({ sessionId: outcome.sessionId });
}
