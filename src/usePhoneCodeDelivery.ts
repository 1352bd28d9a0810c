import { useEffect, useRef, useState } from 'react';
import type { SignInFlowController } from './useSignInFlow.js';
import { useSecondsUntil } from './useSecondsUntil.js';

/** Clerk's prebuilt flow offers a new SMS after 30 s: long enough for the first one to arrive. */
export const RESEND_AFTER_SECONDS = 30;

/**
 * Sends the SMS code when the phone factor is shown, once per sign-in: re-renders and React's
 * strict-mode double effects must not send a second message (refs survive the strict remount).
 */
export function usePhoneCodeDelivery(flow: SignInFlowController, active: boolean, resendAfterSeconds = RESEND_AFTER_SECONDS) {
  const sentFor = useRef<string | null>(null);
  const [sentAt, setSentAt] = useState<number | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [resent, setResent] = useState(false);
  const secondsLeft = useSecondsUntil(sentAt === null ? null : sentAt + resendAfterSeconds * 1000);

  const send = async (again: boolean) => {
    setAttempted(true);
    setResent(false);
    const outcome = await flow.sendPhoneCode();
    if (outcome.ok) {
      setSentAt(Date.now());
      setResent(again);
    }
    return outcome;
  };

  const signInKey = flow.identifier ?? '';
  useEffect(() => {
    if (!active || sentFor.current === signInKey) return;
    sentFor.current = signInKey;
    void send(false);
    // `send` is recreated each render; the key and the factor decide when to send.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, signInKey]);

  return {
    /** Seconds until a new code may be requested; 0 once it may. */
    secondsUntilResend: sentAt === null ? 0 : (secondsLeft ?? 0),
    /** A new code may be requested: the wait is over, or the first send failed. */
    canResend: attempted && (sentAt === null || secondsLeft === 0),
    /** A new code was sent at the person's request (for the "on its way" status). */
    resent,
    resend: () => send(true),
  };
}
