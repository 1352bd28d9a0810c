'use client';
import type { LocalizationProps } from '../text/localization.js';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { SessionTaskLike } from '../clerk/types.js';
import type { SessionNavigate, SignInFlowController, SignInOutcome } from '../flow/controller.js';
import type { SignInEventProps, SignInSessionTaskEvent } from '../flow/events.js';
import { safeRedirect, type AllowedOrigin } from '../flow/redirect.js';
import { isBlocking } from '../flow/retryBlock.js';
import type { SignInStep } from '../flow/steps.js';
import { SignInRoot, useSignInFlow } from './SignInRoot.js';
import { CompletionNotice } from '../parts/CompletionNotice.js';
import { useCardAppearance, type AppearanceProps } from '../parts/appearance.js';
import { Heading, type HeadingLevel } from '../parts/Heading.js';
import { flowText, secondFactorStepText, type PartialSignInStrings } from '../text/strings.js';
import { useStrings } from '../text/StringsContext.js';
import { errorMessage, errorNamespaces, formErrorText, type ErrorStrings } from '../text/words.js';
import { ClientTrustStep } from './ClientTrustStep.js';
import { NewPasswordStep } from './NewPasswordStep.js';
import { PasswordStep } from './PasswordStep.js';
import { ResetPasswordStep } from './ResetPasswordStep.js';
import { SecondFactorStep } from './SecondFactorStep.js';
import { SessionTaskStep } from './SessionTaskStep.js';
import { UseDifferentAccount } from './UseDifferentAccount.js';

export interface SignInFlowProps extends SignInEventProps, AppearanceProps, LocalizationProps {
  /** Class on the flow's wrapper. */
  className?: string;
  /** Overrides for any of the English strings, passed to every step. */
  strings?: PartialSignInStrings;
  /** Level of each step's title. Default `2`. */
  headingLevel?: HeadingLevel;
  /** Milliseconds a request to Clerk may take before the form comes back usable. Default `30000`. */
  requestTimeoutMs?: number;
  /**
   * Where to send the user once signed in. A `redirect_url` query parameter on the page wins when
   * it is safe. Either is followed only on this page's origin or one in `allowedRedirectOrigins`.
   * Default: stay and show the completion message.
   */
  redirectUrl?: string;
  /**
   * Other origins a redirect may lead to, in Clerk's forms: exact (`'https://app.example.com'`), a
   * leading wildcard (`'https://*.example.com'`) or a RegExp tested against the origin. Default none.
   */
  allowedRedirectOrigins?: readonly AllowedOrigin[];
  /**
   * The app router's navigation, for example Next.js `router.push`. Receives the validated
   * destination. Default: a full page load with `window.location.assign`.
   */
  navigate?: (to: string) => void | Promise<unknown>;
  /**
   * The session started with a task open (`reset-password`, `setup-mfa`, `choose-organization`):
   * the flow neither navigates nor reports completion until the task is done.
   */
  onSessionTask?: (event: SignInSessionTaskEvent) => void;
  /**
   * Your own screen for a session task, in the flow's place. Return `undefined` to leave a task to
   * the flow, which resolves `reset-password` and says plainly what any other task needs.
   */
  renderSessionTask?: (task: SessionTaskLike) => ReactNode | undefined;
}

/**
 * The whole sign-in: email and password (or a password reset by email code), then a second factor if
 * the account has one, then the session.
 */
export function SignInFlow({ strings, requestTimeoutMs, localization, colorScheme, appearance, header, footer, appName, ...props }: SignInFlowProps) {
  return (
    <SignInRoot strings={strings} requestTimeoutMs={requestTimeoutMs} localization={localization} colorScheme={colorScheme} appearance={appearance} header={header} footer={footer} appName={appName}>
      <FlowSteps {...props} />
    </SignInRoot>
  );
}

function destinationOf(redirectUrl: string | undefined, allowedOrigins: readonly AllowedOrigin[] | undefined): string | null {
  const here = window.location.href;
  const fromQuery = new URLSearchParams(window.location.search).get('redirect_url');
  for (const candidate of [fromQuery, redirectUrl]) {
    const safe = candidate ? safeRedirect(candidate, here, allowedOrigins) : null;
    if (safe) return safe;
  }
  return null;
}

type FinishProps = Pick<SignInFlowProps, 'redirectUrl' | 'allowedRedirectOrigins' | 'navigate' | 'onError' | 'onComplete' | 'onSessionTask'>;

/**
 * What follows a session start, from `finalize` or from a resolved task: a task to do, or the
 * completion event and the redirect. The destination is validated first and only then handed to
 * Clerk's `decorateUrl` (Core 3); a URL Clerk rewrote (to refresh cookies through its API) is
 * followed with a full page load, never the app's router.
 */
async function sessionStarted(outcome: SignInOutcome, strings: ErrorStrings, decorate: ((url: string) => string) | undefined, props: FinishProps) {
  if (!outcome.ok) {
    if (outcome.busy) return;
    const error = outcome.formError ?? { code: 'unknown' };
    props.onError?.({ code: error.code, message: errorMessage(error, false, strings), field: null, step: 'complete' });
    return;
  }
  if (outcome.task) return props.onSessionTask?.({ task: outcome.task.key, sessionId: outcome.sessionId });
  props.onComplete?.({ sessionId: outcome.sessionId });
  const target = destinationOf(props.redirectUrl, props.allowedRedirectOrigins);
  if (!target) return;
  try {
    const decorated = decorate ? decorate(target) : target;
    if (decorated !== target) return window.location.assign(decorated);
    await (props.navigate ? props.navigate(target) : window.location.assign(target));
  } catch {
    // The session is active; only the way on failed. Said through onError rather than left as an
    // unhandled rejection no one sees.
    const error = { code: 'navigation_failed' };
    props.onError?.({ code: error.code, message: errorMessage(error, false, strings), field: null, step: 'complete' });
  }
}

/** A `navigate` for Clerk that keeps its `decorateUrl` for the redirect that follows. */
function keepDecorate(box: { decorate?: (url: string) => string }): SessionNavigate {
  return (_session, helpers) => {
    box.decorate = helpers?.decorateUrl;
  };
}

/** Starts the session once the sign-in is complete, then reports it and follows the redirect. */
async function finish(flow: SignInFlowController, strings: ErrorStrings, props: FinishProps) {
  const box: { decorate?: (url: string) => string } = {};
  await sessionStarted(await flow.finalize(keepDecorate(box)), strings, box.decorate, props);
}

function FlowSteps({ className, headingLevel = 2, onStepChange, renderSessionTask, ...props }: Omit<SignInFlowProps, 'strings' | 'requestTimeoutMs' | 'localization' | keyof AppearanceProps>) {
  const strings = useStrings(undefined, flowText, secondFactorStepText, ...errorNamespaces);
  const flow = useSignInFlow();
  const { step } = flow;
  const reportedStep = useRef<SignInStep | null>(null);
  // The step the flow opened on: a notice shown from the start takes no focus from the page.
  const firstStep = useRef(step);

  useEffect(() => {
    if (step === reportedStep.current) return;
    const mounting = reportedStep.current === null;
    reportedStep.current = step;
    if (!mounting) onStepChange?.(step);
    // The session starts on the move to `complete` (or at mount on a complete sign-in), once; a
    // session that became active by resolving its task has started already.
    if (step === 'complete' && flow.completion !== 'done') void finish(flow, strings, props);
  }, [step]); // eslint-disable-line react-hooks/exhaustive-deps

  const stepProps = { headingLevel, onError: props.onError };
  const card = useCardAppearance();
  const unsupportedTitleId = useId();
  const box: { decorate?: (url: string) => string } = {};
  return (
    <div className={className} data-part="flow" data-step={step}>
      {/* Back from a password reset the person chose, the email field takes focus as after a restart. */}
      {step === 'password' ? <PasswordStep {...stepProps} autoFocus={flow.restarted || reportedStep.current === 'reset_password'} /> : null}
      {step === 'reset_password' ? <ResetPasswordStep {...stepProps} /> : null}
      {step === 'new_password' ? <NewPasswordStep {...stepProps} /> : null}
      {step === 'second_factor' ? <SecondFactorStep {...stepProps} /> : null}
      {step === 'client_trust' ? <ClientTrustStep {...stepProps} /> : null}
      {step === 'session_task' ? (
        <SessionTaskStep {...stepProps} renderTask={renderSessionTask} navigate={keepDecorate(box)} onResolved={(outcome) => void sessionStarted(outcome, strings, box.decorate, props)} />
      ) : null}
      {step === 'complete' ? (
        <CompletionNotice headingLevel={headingLevel} state={flow.completion ?? 'finishing'} error={formErrorText(flow.formError, flow.retryBlock?.secondsLeft, strings)} onRetry={() => void finish(flow, strings, props)} onCancel={flow.cancelSessionStart} autoFocus={step !== firstStep.current} retryBlocked={isBlocking(flow.retryBlock)} />
      ) : null}
      {step === 'unsupported' ? (
        <section data-part="complete" data-status="unsupported" aria-labelledby={unsupportedTitleId} {...card}>
          <Heading level={headingLevel} id={unsupportedTitleId}>
            {strings.flow.unsupportedTitle}
          </Heading>
          <p role="status">{strings.flow.unsupported}</p>
          {/* A way out rather than a dead end: start over, with this account or another. */}
          <UseDifferentAccount flow={flow} label={strings.secondFactorStep.useDifferentAccount} />
        </section>
      ) : null}
    </div>
  );
}
