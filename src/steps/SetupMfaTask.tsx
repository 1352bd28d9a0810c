'use client';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { UserSourceProvider } from '../clerk/userSource.js';
import type { SessionNavigate, SignInOutcome } from '../flow/controller.js';
import { reportOutcome, type SignInEventProps } from '../flow/events.js';
import type { HeadingLevel } from '../parts/Heading.js';
import { SmsMfaSetup } from '../mfa/SmsMfaSetup.js';
import { TotpSetup } from '../mfa/TotpSetup.js';
import { useCardAppearance } from '../parts/appearance.js';
import { Heading } from '../parts/Heading.js';
import type { SetupMethod } from '../clerk/types.js';
import { mfaSettingsText } from '../text/setupStrings.js';
import { useStrings } from '../text/StringsContext.js';
import { errorMessage, type ErrorStrings } from '../text/words.js';
import { useSignInFlow } from './SignInRoot.js';
import { useLiveEvents } from './StepShell.js';

export interface SetupMfaTaskProps extends SignInEventProps {
  className: string | undefined;
  strings: ErrorStrings;
  headingLevel: HeadingLevel;
  navigate: SessionNavigate | undefined;
  onResolved: ((outcome: SignInOutcome) => void) | undefined;
}

/**
 * The `setup-mfa` session task: the pending session's user adds an authenticator app (and saves the
 * backup codes Clerk gives with it), which settles the task; then the session starts. Loaded only
 * when the task appears, so a sign-in page does not carry the enrolment.
 */
export default function SetupMfaTask({ className, strings, headingLevel, navigate, onResolved, ...events }: SetupMfaTaskProps) {
  const flow = useSignInFlow();
  const live = useLiveEvents(events);
  const user = flow.pendingUser();
  const source = useMemo(() => ({ isLoaded: true, user }), [user]);
  const methods = flow.setupMethods();
  const [chosen, setChosen] = useState<SetupMethod | null>(methods.length === 1 ? methods[0]! : null);
  const onError = (error: { code: string; message: string }) => live.onError?.({ ...error, field: null, step: 'session_task' });
  const onComplete = async () => {
    const outcome = await flow.resolveSetupMfaTask(navigate);
    reportOutcome(outcome, 'session_task', live, (error, field) => errorMessage(error, field !== null, strings));
    if (outcome.ok) onResolved?.(outcome);
  };
  // Back to the choice, where there is one.
  const onCancel = methods.length > 1 ? () => setChosen(null) : undefined;
  return (
    <UserSourceProvider value={source}>
      {chosen === 'totp' ? <TotpSetup className={className} headingLevel={headingLevel} onError={onError} onComplete={onComplete} onCancel={onCancel} /> : null}
      {chosen === 'phone_code' ? <SmsMfaSetup className={className} headingLevel={headingLevel} onError={onError} onComplete={onComplete} onCancel={onCancel} /> : null}
      {chosen === null ? <ChooseMethod className={className} headingLevel={headingLevel} methods={methods} onChoose={setChosen} /> : null}
    </UserSourceProvider>
  );
}

/** The methods the instance allows, one button each: the task needs one of them before the session starts. */
function ChooseMethod({ className, headingLevel, methods, onChoose }: { className: string | undefined; headingLevel: SetupMfaTaskProps['headingLevel']; methods: readonly SetupMethod[]; onChoose: (method: SetupMethod) => void }) {
  const text = useStrings(undefined, mfaSettingsText).mfaSettings;
  const titleId = useId();
  const card = useCardAppearance();
  const section = useRef<HTMLElement>(null);
  // It follows the password step, whose button is gone: the card takes focus, so the person starts here.
  useEffect(() => section.current?.focus(), []);
  return (
    <section tabIndex={-1} ref={section} className={className} data-part="setup" data-setup="choose" aria-labelledby={titleId} {...card}>
      <Heading level={headingLevel} id={titleId}>
        {text.title}
      </Heading>
      <p data-part="description">{text.taskDescription}</p>
      <div data-part="actions">
        {methods.map((method) => (
          <button key={method} type="button" data-part="mfa-add" data-method={method} onClick={() => onChoose(method)}>
            {method === 'totp' ? text.addAuthenticator : text.addSms}
          </button>
        ))}
      </div>
    </section>
  );
}
