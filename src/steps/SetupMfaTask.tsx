'use client';
import { useMemo } from 'react';
import { UserSourceProvider } from '../clerk/userSource.js';
import type { SessionNavigate, SignInOutcome } from '../flow/controller.js';
import { reportOutcome, type SignInEventProps } from '../flow/events.js';
import type { HeadingLevel } from '../parts/Heading.js';
import { TotpSetup } from '../mfa/TotpSetup.js';
import type { SignInStrings } from '../text/strings.js';
import { errorMessage } from '../text/words.js';
import { useSignInFlow } from './SignInRoot.js';
import { useLiveEvents } from './StepShell.js';

export interface SetupMfaTaskProps extends SignInEventProps {
  className: string | undefined;
  strings: SignInStrings;
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
  return (
    <UserSourceProvider value={source}>
      <TotpSetup
        className={className}
        headingLevel={headingLevel}
        onError={(error) => live.onError?.({ ...error, field: null, step: 'session_task' })}
        onComplete={async () => {
          const outcome = await flow.resolveSetupMfaTask(navigate);
          reportOutcome(outcome, 'session_task', live, (error, field) => errorMessage(error, field !== null, strings));
          if (outcome.ok) onResolved?.(outcome);
        }}
      />
    </UserSourceProvider>
  );
}
