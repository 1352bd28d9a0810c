'use client';
import { useEffect, useRef } from 'react';
import type { SignInFlowController } from '../flow/controller.js';
import type { SignInEventProps } from '../flow/events.js';
import { safeRedirect } from '../flow/redirect.js';
import type { SignInStep } from '../flow/steps.js';
import { SignInRoot, useSignInFlow } from './SignInRoot.js';
import { CompletionNotice } from '../parts/CompletionNotice.js';
import type { HeadingLevel } from '../parts/Heading.js';
import type { PartialSignInStrings, SignInStrings } from '../text/strings.js';
import { useStrings } from '../text/StringsContext.js';
import { errorMessage, formErrorText } from '../text/words.js';
import { PasswordStep } from './PasswordStep.js';
import { SecondFactorStep } from './SecondFactorStep.js';
import { UseDifferentAccount } from './UseDifferentAccount.js';

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
export function SignInFlow({ strings, ...props }: SignInFlowProps) {
  return (
    <SignInRoot strings={strings}>
      <FlowSteps {...props} />
    </SignInRoot>
  );
}

function destinationOf(redirectUrl: string | undefined, allowedOrigins: readonly string[] | undefined): string | null {
  const here = window.location.href;
  const fromQuery = new URLSearchParams(window.location.search).get('redirect_url');
  for (const candidate of [fromQuery, redirectUrl]) {
    const safe = candidate ? safeRedirect(candidate, here, allowedOrigins) : null;
    if (safe) return safe;
  }
  return null;
}

type FinishProps = Pick<SignInFlowProps, 'redirectUrl' | 'allowedRedirectOrigins' | 'navigate' | 'onError' | 'onComplete'>;

/** Starts the session once the sign-in is complete, then reports it and follows the redirect. */
async function finish(flow: SignInFlowController, strings: SignInStrings, { redirectUrl, allowedRedirectOrigins, navigate, onError, onComplete }: FinishProps) {
  const outcome = await flow.finalize();
  if (!outcome.ok && outcome.busy) return;
  if (!outcome.ok) {
    const error = outcome.formError ?? { code: 'unknown' };
    onError?.({ code: error.code, message: errorMessage(error, false, strings), field: null, step: 'complete' });
    return;
  }
  onComplete?.({ sessionId: outcome.sessionId });
  const target = destinationOf(redirectUrl, allowedRedirectOrigins);
  if (target) await (navigate ? navigate(target) : window.location.assign(target));
}

function FlowSteps({ className, headingLevel = 2, onStepChange, ...props }: Omit<SignInFlowProps, 'strings'>) {
  const strings = useStrings();
  const flow = useSignInFlow();
  const { step } = flow;
  const reportedStep = useRef<SignInStep | null>(null);

  useEffect(() => {
    if (step === reportedStep.current) return;
    const mounting = reportedStep.current === null;
    reportedStep.current = step;
    if (!mounting) onStepChange?.(step);
    // The session starts on the move to `complete` (or at mount on a complete sign-in), once.
    if (step === 'complete') void finish(flow, strings, props);
  }, [step]); // eslint-disable-line react-hooks/exhaustive-deps

  const stepProps = { headingLevel, onError: props.onError };
  return (
    <div className={className} data-part="flow" data-step={step}>
      {step === 'password' ? <PasswordStep {...stepProps} autoFocus={flow.restarted} /> : null}
      {step === 'second_factor' ? <SecondFactorStep {...stepProps} /> : null}
      {step === 'complete' ? (
        <CompletionNotice headingLevel={headingLevel} state={flow.completion ?? 'finishing'} error={formErrorText(flow.formError, null, strings)} onRetry={() => void finish(flow, strings, props)} />
      ) : null}
      {step === 'unsupported' ? (
        <section data-part="complete" data-status="unsupported" aria-label={strings.passwordStep.title}>
          <p role="status">{strings.flow.unsupported}</p>
          {/* A way out rather than a dead end: start over, with this account or another. */}
          <UseDifferentAccount flow={flow} label={strings.secondFactorStep.useDifferentAccount} />
        </section>
      ) : null}
    </div>
  );
}
