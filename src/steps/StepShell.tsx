import { useEffect, useId, useRef, useState, type FormEventHandler, type ReactNode, type Ref } from 'react';
import type { SignInEventProps } from '../flow/events.js';
import type { SignInFlowController } from '../flow/controller.js';
import { isBlocking } from '../flow/retryBlock.js';
import type { SignInStep } from '../flow/steps.js';
import { useCardAppearance, useCardFrame } from '../parts/appearance.js';
import { FormErrorMessage } from '../parts/FormErrorMessage.js';
import { Heading, type HeadingLevel } from '../parts/Heading.js';
import { SubmitButton } from '../parts/SubmitButton.js';
import { StringsContext, useTextLayers } from '../text/StringsContext.js';
import { formErrorText, type ErrorStrings } from '../text/words.js';

export interface StepShellProps {
  step: SignInStep;
  flow: SignInFlowController;
  /** The words of the form-level error. */
  strings: ErrorStrings;
  /** The step's own `strings` prop, which reaches its parts too. */
  overrides: object | undefined;
  title: string;
  headingLevel: HeadingLevel;
  className: string | undefined;
  submit: { idle: string; pending: string };
  onSubmit: FormEventHandler<HTMLFormElement>;
  formRef?: Ref<HTMLFormElement>;
  /** Which code the step asks for, on `data-code-kind`. */
  codeKind?: string;
  /** The fields, between the form-level error and the submit button. */
  children: ReactNode;
  /** Secondary actions after the submit button. */
  footer?: ReactNode;
  /** Under the title: "to continue to …". */
  subtitle?: string | null;
  /** Under the title on later steps: which account, with the way to change it. */
  identity?: ReactNode;
  /** See `useStepState`. Default `true`. */
  lockApplies?: boolean;
}

/**
 * Whether a step refuses input: a request in flight, or a lockout or rate limit counting down.
 * `lockApplies`: false where the lockout's account is not the one in the form (the password step
 * with another email typed).
 */
export function useStepState(flow: SignInFlowController, lockApplies = true) {
  const block = flow.retryBlock;
  const blocked = isBlocking(block) && (block?.reason !== 'user_locked' || lockApplies);
  return { blocked, busy: flow.isPending || blocked };
}

export { useRecheckOnLanguage } from '../flow/useRecheckOnLanguage.js';

/** Focus once, when the step appears, if asked; later moves follow the person's own actions. */
export function useFocusOnMount(enabled: boolean, focus: () => void) {
  useEffect(() => {
    if (enabled) focus();
    // Mount only.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
}

/**
 * A step's events, with `onError` held back once the step is gone: an answer that lands after the
 * person left (or the app unmounted the step) is not theirs to be told about. Completion and step
 * changes still reach the app, which usually unmounts the form on purpose when the session starts.
 */
export function useLiveEvents(events: SignInEventProps): SignInEventProps {
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return { ...events, onError: (event) => (mounted.current ? events.onError?.(event) : undefined) };
}

/**
 * What every step shares: a titled form that reports its state on `data-status`, the form-level
 * error in its live region, and the submit button that refuses while busy.
 */
export function StepShell({ step, flow, strings, overrides, title, headingLevel, className, submit, onSubmit, formRef, codeKind, children, footer, subtitle, identity, lockApplies }: StepShellProps) {
  const titleId = useId();
  const frame = useCardFrame();
  const { blocked, busy } = useStepState(flow, lockApplies);
  // The button refuses from the submit event itself: the request starts only after the form's
  // validation, a few microtasks later, and the person must see the press taken at once.
  const [submitting, setSubmitting] = useState(false);
  const submitNow: FormEventHandler<HTMLFormElement> = (event) => {
    setSubmitting(true);
    void Promise.resolve(onSubmit(event)).finally(() => setSubmitting(false));
  };
  return (
    <StringsContext.Provider value={useTextLayers(overrides)}>
    <form
      ref={formRef}
      className={className}
      aria-labelledby={titleId}
      aria-busy={flow.isPending || undefined}
      data-step={step}
      data-status={flow.isPending ? 'submitting' : blocked ? 'blocked' : 'idle'}
      data-code-kind={codeKind}
      {...useCardAppearance()}
      // Never a native submission: if one ever happened, a POST keeps secrets out of the URL.
      method="post"
      noValidate
      onSubmit={submitNow}
    >
      {frame.header ? <div data-part="header">{frame.header}</div> : null}
      <Heading level={headingLevel} id={titleId}>
        {title}
      </Heading>
      {subtitle ? <p data-part="subtitle">{subtitle}</p> : null}
      {identity}
      <FormErrorMessage text={formErrorText(flow.formError, flow.retryBlock?.secondsLeft, strings)} />
      {children}
      <SubmitButton busy={busy || submitting} pending={flow.isPending}>
        {flow.isPending ? submit.pending : submit.idle}
      </SubmitButton>
      {footer ? <div data-part="actions">{footer}</div> : null}
      {frame.footer ? <div data-part="card-footer">{frame.footer}</div> : null}
    </form>
    </StringsContext.Provider>
  );
}
