import type { useCodeDelivery } from '../flow/useCodeDelivery.js';
import { ResendCode } from '../parts/ResendCode.js';
import { format, type SignInStrings } from '../text/strings.js';

export interface SentCodeResendProps {
  delivery: ReturnType<typeof useCodeDelivery>;
  busy: boolean;
  text: SignInStrings['secondFactorStep'];
}

/** "Send a new code" for a code Clerk sends, with its countdown and its "on its way" status. */
export function SentCodeResend({ delivery, busy, text }: SentCodeResendProps) {
  return (
    <ResendCode
      ready={delivery.canResend && !busy}
      label={text.resendCode}
      countdown={delivery.canResend ? undefined : format(text.resendCountdown, { seconds: delivery.secondsUntilResend })}
      sentMessage={delivery.resent ? text.codeSent : ''}
      onResend={() => void delivery.resend()}
    />
  );
}
