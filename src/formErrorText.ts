import type { FlowError } from './errors.js';
import { waitOf } from './retryBlock.js';
import { durationText, format, messageFor, type SignInStrings } from './strings.js';
import type { RetryBlock } from './useRetryBlock.js';

export interface FormErrorText {
  /** Announced once, in the alert region. */
  message: string;
  /** The live wait, shown beside the message but never announced tick by tick. */
  countdown: string | null;
}

/**
 * The words for the form-level error: a lockout or rate limit with its countdown, the all-clear
 * once it has run out, or the error's own message.
 */
export function formErrorText(error: FlowError | null, block: RetryBlock | null, strings: SignInStrings): FormErrorText | null {
  if (!error) return null;
  const wait = waitOf(error);
  if (!wait) return { message: messageFor(error, strings), countdown: null };
  const { blocked } = strings;
  if (wait.seconds === null) {
    if (wait.reason === 'too_many_requests') return { message: blocked.rateLimited, countdown: null };
    return { message: wait.indefinite ? blocked.lockedIndefinitely : `${blocked.locked} ${blocked.tryLater}`, countdown: null };
  }
  if (!block || block.secondsLeft === null) return { message: blocked.canRetryNow, countdown: null };
  return {
    message: wait.reason === 'user_locked' ? blocked.locked : blocked.rateLimited,
    countdown: format(blocked.retryIn, { wait: durationText(block.secondsLeft, strings) }),
  };
}
