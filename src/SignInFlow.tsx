'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CompletionNotice, type CompletionState } from './CompletionNotice.js';
import type { SignInEventProps } from './events.js';
import { FlowRestartContext } from './FlowRestartContext.js';
import { formErrorText } from './formErrorText.js';
import type { HeadingLevel } from './Heading.js';
import { PasswordStep } from './PasswordStep.js';
import { safeRedirect } from './redirect.js';
import { SecondFactorStep } from './SecondFactorStep.js';
import { mergeStrings, type PartialSignInStrings } from './strings.js';
import { useSignInFlow } from './useSignInFlow.js';

export interface SignInFlowProps extends SignInEventProps {
  /** Class on the flow's wrapper. */
  className?: string;
  /** Overrides for any of the English strings, passed to every step. */
  strings?: PartialSignInStrings;
  /** Level of each step's title. Default `2`. */
  headingLevel?: HeadingLevel;
  /**
   * Where to send the user once signed in. A `redirect_url` query parameter on the page wins when
   * it is safe. Either is followed only on this page's origin or one in `allowedRedirectOrigins`.
   * Default: stay and show the completion message.
   */
  redirectUrl?: string;
  /** Other origins a redirect may lead to, for example `['https://app.example.com']`. Default none. */
  allowedRedirectOrigins?: readonly string[];
  /**
   * The app router's navigation, for example Next.js `router.push`. Receives the validated
   * destination. Default: a full page load with `window.location.assign`.
   */
  navigate?: (to: string) => void | Promise<unknown>;
}

/** The whole sign-in: email and password, then a second factor if the account has one, then the session. */
export function SignInFlow({ redirectUrl, allowedRedirectOrigins, navigate, ...props }: SignInFlowProps) {
  const [restart, setRestart] = useState<{ restarted: boolean; staleErrors: unknown }>({ restarted: false, staleErrors: null });
  const shared = useMemo(
    () => ({
      ...restart,
      restart: (staleErrors: unknown) => setRestart({ restarted: true, staleErrors }),
      resume: () => setRestart((current) => ({ ...current, restarted: false })),
    }),
    [restart],
  );
  return (
    <FlowRestartContext.Provider value={shared}>
      <FlowSteps {...props} destination={() => destinationOf(redirectUrl, allowedRedirectOrigins)} navigate={navigate} restarted={restart.restarted} />
    </FlowRestartContext.Provider>
  );
}

function destinationOf(redirectUrl: string | undefined, allowedOrigins: readonly string[] | undefined): string | null {
  const here = window.location.href;
  const fromQuery = new URLSearchParams(window.location.search).get('redirect_url');
  const candidates = [fromQuery, redirectUrl].filter((url): url is string => Boolean(url));
  for (const candidate of candidates) {
    const safe = safeRedirect(candidate, here, allowedOrigins);
    if (safe) return safe;
  }
  return null;
}

interface FlowStepsProps extends Omit<SignInFlowProps, 'redirectUrl' | 'allowedRedirectOrigins'> {
  destination: () => string | null;
  /** The person chose "use a different account": the password step takes focus when it returns. */
  restarted: boolean;
}

function FlowSteps({ className, strings: overrides, headingLevel = 2, onComplete, onStepChange, onError, destination, navigate, restarted }: FlowStepsProps) {
  const strings = useMemo(() => mergeStrings(overrides), [overrides]);
  const flow = useSignInFlow();
  const [completion, setCompletion] = useState<CompletionState>('finishing');
  const finalizeStarted = useRef(false);
  const finalizing = useRef(false);
  // Terminal once complete (the hook latches it), so `finalize` runs once, with retries on failure.
  const step = flow.step;
  const reportedStep = useRef(step);

  const runFinalize = async () => {
    if (finalizing.current) return;
    finalizing.current = true;
    setCompletion('finishing');
    const outcome = await flow.finalize();
    finalizing.current = false;
    if (!outcome.ok && outcome.busy) return;
    setCompletion(outcome.ok ? 'done' : 'failed');
    if (!outcome.ok) {
      const text = formErrorText(outcome.formError, null, strings);
      onError?.({ code: outcome.formError?.code ?? 'unknown', message: text?.message ?? '', field: null, step: 'complete' });
      return;
    }
    onComplete?.({ sessionId: outcome.sessionId });
    const target = destination();
    if (target) await (navigate ? navigate(target) : window.location.assign(target));
  };

  useEffect(() => {
    if (step !== reportedStep.current) {
      reportedStep.current = step;
      onStepChange?.(step);
    }
    if (step !== 'complete' || finalizeStarted.current) return;
    finalizeStarted.current = true;
    void runFinalize();
  });

  const stepProps = { strings: overrides, headingLevel, onError };
  return (
    <div className={className} data-part="flow" data-step={step}>
      {step === 'password' ? <PasswordStep {...stepProps} autoFocus={restarted} /> : null}
      {step === 'second_factor' ? <SecondFactorStep {...stepProps} /> : null}
      {step === 'complete' ? (
        <CompletionNotice
          headingLevel={headingLevel}
          state={completion}
          titles={{ finishing: strings.flow.finishing, done: strings.flow.complete, failed: strings.flow.failed }}
          error={formErrorText(flow.formError, null, strings)}
          onRetry={() => void runFinalize()}
          retryLabel={strings.flow.retry}
        />
      ) : null}
      {step === 'unsupported' ? (
        <section data-part="complete" data-status="unsupported" aria-label={strings.passwordStep.title}>
          <p role="status">{strings.flow.unsupported}</p>
          {/* A way out rather than a dead end: start over, with this account or another. */}
          <button type="button" data-part="restart" onClick={() => void flow.restart()}>
            {strings.secondFactorStep.useDifferentAccount}
          </button>
        </section>
      ) : null}
    </div>
  );
}
