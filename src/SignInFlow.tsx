'use client';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { FormErrorMessage } from './FormErrorMessage.js';
import { Heading, type HeadingLevel } from './Heading.js';
import { PasswordStep } from './PasswordStep.js';
import { safeRedirect } from './redirect.js';
import { SecondFactorStep } from './SecondFactorStep.js';
import { mergeStrings, messageFor, type PartialSignInStrings } from './strings.js';
import { useSignInFlow } from './useSignInFlow.js';

export interface SignInFlowProps {
  /** Class on the flow's wrapper. */
  className?: string;
  /** Overrides for any of the English strings, passed to every step. */
  strings?: PartialSignInStrings;
  /** Level of each step's title. Default `2`. */
  headingLevel?: HeadingLevel;
  /** Called once the session is active. */
  onComplete?: (details: { sessionId: string | null }) => void;
  /**
   * Where to send the user once signed in. Followed only when it is on this page's origin;
   * anything else is ignored. Default: stay and show the completion message.
   */
  redirectUrl?: string;
  /**
   * The app router's navigation, for example Next.js `router.push`. Receives the validated
   * `redirectUrl`. Default: a full page load with `window.location.assign`.
   */
  navigate?: (to: string) => void | Promise<unknown>;
}

/** The whole sign-in: email and password, then a second factor if the account has one, then the session. */
export function SignInFlow({ className, strings: overrides, headingLevel = 2, onComplete, redirectUrl, navigate }: SignInFlowProps) {
  const strings = useMemo(() => mergeStrings(overrides), [overrides]);
  const flow = useSignInFlow();
  // Completion is terminal: once finalized, Clerk's resource falls back to `needs_identifier`,
  // and following it would show the password form to a user who is already signed in.
  const [reachedComplete, setReachedComplete] = useState(false);
  const finalizing = useRef(false);
  const sessionId = useRef<string | null>(null);
  const step = reachedComplete ? 'complete' : flow.step;

  const runFinalize = async () => {
    if (finalizing.current) return;
    finalizing.current = true;
    const outcome = await flow.finalize((session) => {
      sessionId.current = session?.id ?? null;
    });
    finalizing.current = false;
    if (!outcome.ok) return;
    onComplete?.({ sessionId: sessionId.current });
    const target = redirectUrl ? safeRedirect(redirectUrl, window.location.href) : null;
    if (target) await (navigate ? navigate(target) : window.location.assign(target));
  };

  useEffect(() => {
    if (flow.step !== 'complete' || reachedComplete) return;
    setReachedComplete(true);
    void runFinalize();
  });

  return (
    <div className={className} data-part="flow" data-step={step}>
      {step === 'password' ? <PasswordStep strings={overrides} headingLevel={headingLevel} /> : null}
      {step === 'second_factor' ? <SecondFactorStep strings={overrides} headingLevel={headingLevel} /> : null}
      {step === 'complete' ? (
        <CompletionNotice
          headingLevel={headingLevel}
          title={strings.flow.complete}
          error={flow.formError ? messageFor(flow.formError, strings) : null}
          pending={flow.isPending}
          onRetry={() => void runFinalize()}
          retryLabel={strings.flow.retry}
        />
      ) : null}
      {step === 'unsupported' ? <p role="status">{strings.flow.unsupported}</p> : null}
    </div>
  );
}

interface CompletionNoticeProps {
  headingLevel: HeadingLevel;
  title: string;
  error: string | null;
  pending: boolean;
  onRetry(): void;
  retryLabel: string;
}

function CompletionNotice({ headingLevel, title, error, pending, onRetry, retryLabel }: CompletionNoticeProps) {
  const titleId = useId();
  const region = useRef<HTMLElement>(null);
  // Focus follows the user from the submit button, which just disappeared, to the outcome.
  useEffect(() => region.current?.focus(), []);
  return (
    <section ref={region} tabIndex={-1} aria-labelledby={titleId} aria-busy={pending || undefined} data-part="complete">
      <Heading level={headingLevel} id={titleId}>
        {title}
      </Heading>
      <FormErrorMessage message={error} />
      {error ? (
        <button type="button" onClick={onRetry} disabled={pending} data-part="submit">
          {retryLabel}
        </button>
      ) : null}
    </section>
  );
}
