import { useEffect, useRef, useState } from 'react';
import type { SentCodeKind } from './codeRules.js';
import type { SignInFlowController, SignInOutcome } from './controller.js';
import { useSecondsUntil } from './useSecondsUntil.js';

/** Clerk's prebuilt flow offers a new code after 30 s: long enough for the first one to arrive. */
export const RESEND_AFTER_SECONDS = 30;

/**
 * Sends an SMS or email code when that factor is shown, once per sign-in and kind: re-renders and
 * React's strict-mode double effects must not send a second message (refs survive the strict
 * remount). `kind` `null`: nothing to send (another factor, or a lockout running). `sendCode`: how
 * to send, when not the second factor's send for `kind` (a password-reset code).
 */
export function useCodeDelivery(flow: SignInFlowController, kind: SentCodeKind | null, resendAfterSeconds = RESEND_AFTER_SECONDS, sendCode?: () => Promise<SignInOutcome>) {
  const sentFor = useRef(new Set<string>());
  const [sentAt, setSentAt] = useState<number | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [resent, setResent] = useState(false);
  const secondsLeft = useSecondsUntil(sentAt === null ? null : sentAt + resendAfterSeconds * 1000);

  const send = async (sentKind: SentCodeKind, again: boolean) => {
    setAttempted(true);
    setResent(false);
    const outcome = await (sendCode ? sendCode() : sentKind === 'phone_code' ? flow.sendPhoneCode() : flow.sendEmailCode());
    if (outcome.ok) {
      setSentAt(Date.now());
      setResent(again);
    }
    return outcome;
  };

  // A new sign-in (a retry after a hang whose late answer Clerk applied, say) needs its own code.
  const key = kind ? `${flow.signInId ?? ''}|${flow.identifier ?? ''}|${kind}` : null;
  useEffect(() => {
    if (!kind || !key || sentFor.current.has(key)) return;
    sentFor.current.add(key);
    void send(kind, false);
    // `send` is recreated each render; the sign-in and the kind decide when to send.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return {
    /** Seconds until a new code may be requested; 0 once it may. */
    secondsUntilResend: sentAt === null ? 0 : (secondsLeft ?? 0),
    /** A new code may be requested: the wait is over, or the first send failed. */
    canResend: attempted && (sentAt === null || secondsLeft === 0),
    /** A new code was sent at the person's request (for the "on its way" status). */
    resent,
    resend: () => (kind ? send(kind, true) : Promise.resolve(null)),
  };
}
