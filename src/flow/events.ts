import type { FlowError, SignInField } from '../clerk/errors.js';
import type { SignInStep } from './steps.js';
import type { SignInOutcome } from './controller.js';

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

export interface SignInSessionTaskEvent {
  /** Clerk's task key: `reset-password`, `setup-mfa`, `choose-organization`, … */
  task: string;
  /** The pending session. */
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

/** Reports one action's outcome through a step's event props, in the words the form shows. */
export function reportOutcome(
  outcome: SignInOutcome,
  step: SignInStep,
  events: SignInEventProps,
  messageOf: (error: FlowError, field: SignInField | null) => string,
) {
  if (!outcome.ok) {
    if (outcome.busy) return;
    const fieldEntry = (Object.entries(outcome.fieldErrors) as [SignInField, FlowError][])[0];
    const [field, error] = fieldEntry ?? [null, outcome.formError ?? { code: 'unknown' }];
    events.onError?.({ code: error.code, message: messageOf(error, field), field, step });
    return;
  }
  if (outcome.step !== step) events.onStepChange?.(outcome.step);
  if (outcome.step === 'complete') events.onComplete?.({ sessionId: outcome.sessionId });
}
