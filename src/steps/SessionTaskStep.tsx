'use client';
import type { LocalizationProps } from '../text/localization.js';
import { useCardAppearance, type AppearanceProps } from '../parts/appearance.js';
import { lazy, Suspense, useId, type ReactNode } from 'react';
import type { SessionTaskLike } from '../clerk/types.js';
import type { SessionNavigate, SignInOutcome } from '../flow/controller.js';
import type { SignInEventProps } from '../flow/events.js';
import type { HeadingLevel } from '../parts/Heading.js';
import { Heading } from '../parts/Heading.js';
import { flowText, format, sessionTaskText, type PartialSignInStrings, type SignInStrings } from '../text/strings.js';
import { useStrings } from '../text/StringsContext.js';
import { errorNamespaces } from '../text/words.js';
import { ResetPasswordTask } from './ResetPasswordTask.js';
import { useSignInFlow } from './SignInRoot.js';
import { withOwnRoot } from './withOwnRoot.js';

// The enrolment loads only when a session opens with `setup-mfa`: sign-ins without it never carry it.
const SetupMfaTask = lazy(() => import('./SetupMfaTask.js'));

export interface SessionTaskStepProps extends SignInEventProps, AppearanceProps, LocalizationProps {
  /** Class on the step's `<form>` or `<section>`. */
  className?: string;
  /** Overrides for any of the English strings. */
  strings?: PartialSignInStrings;
  /** Level of the step's title. Default `2`. */
  headingLevel?: HeadingLevel;
  /**
   * The app's own screen for a task. Return `undefined` to leave a task to the library, which
   * resolves `reset-password` and says plainly what any other task needs.
   */
  renderTask?: (task: SessionTaskLike) => ReactNode | undefined;
  /** Follows the session once it is active (as `finalize`'s `navigate`). */
  navigate?: SessionNavigate;
  /** Told when the task is resolved: the session is active, or the next task is open. */
  onResolved?: (outcome: SignInOutcome) => void;
}

function SessionTaskView({ className, strings: overrides, headingLevel = 2, renderTask, navigate, onResolved, ...events }: SessionTaskStepProps) {
  const strings = useStrings(overrides, sessionTaskText, flowText, ...errorNamespaces);
  const flow = useSignInFlow();
  const task = flow.sessionTask;
  if (!task) return null;
  const own = renderTask?.(task);
  if (own !== undefined) return <>{own}</>;
  if (task.key === 'reset-password' && flow.canResolveTasks) {
    return <ResetPasswordTask className={className} strings={strings} overrides={overrides} headingLevel={headingLevel} navigate={navigate} onResolved={onResolved} {...events} />;
  }
  if (task.key === 'setup-mfa' && flow.canResolveTasks && flow.pendingUser()) {
    return (
      <Suspense fallback={<p role="status">{strings.flow.finishing}</p>}>
        <SetupMfaTask className={className} strings={strings} headingLevel={headingLevel} navigate={navigate} onResolved={onResolved} {...events} />
      </Suspense>
    );
  }
  return <OtherTask task={task} strings={strings} headingLevel={headingLevel} className={className} />;
}

/** A task this library does not resolve, said plainly, so the person is not left on a spinner. */
function OtherTask({ task, strings, headingLevel, className }: { task: SessionTaskLike; strings: Pick<SignInStrings, 'sessionTask' | 'flow'>; headingLevel: HeadingLevel; className: string | undefined }) {
  const titleId = useId();
  const card = useCardAppearance();
  const names = strings.sessionTask.taskNames;
  const name = Object.hasOwn(names, task.key) ? names[task.key]! : task.key;
  return (
    <section className={className} data-part="complete" data-status="task" data-task={task.key} aria-labelledby={titleId} {...card}>
      <Heading level={headingLevel} id={titleId}>
        {strings.flow.taskTitle}
      </Heading>
      <p role="status">{format(strings.sessionTask.otherTask, { task: name })}</p>
    </section>
  );
}

/** A session that started with a task open: `reset-password` and `setup-mfa` resolved here, any other left to the app. */
export const SessionTaskStep = withOwnRoot(SessionTaskView, 'SessionTaskStep');
