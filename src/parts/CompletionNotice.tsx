import { useEffect, useId, useRef } from 'react';
import type { CompletionState } from '../flow/controller.js';
import { useStrings } from '../text/StringsContext.js';
import { flowText } from '../text/strings.js';
import type { FormErrorText } from '../text/words.js';
import { useCardAppearance } from './appearance.js';
import { FormErrorMessage } from './FormErrorMessage.js';
import { Heading, type HeadingLevel } from './Heading.js';

export interface CompletionNoticeProps {
  headingLevel: HeadingLevel;
  state: CompletionState;
  /** Default: the `flow` strings in force. */
  titles?: Record<CompletionState, string>;
  error: FormErrorText | null;
  onRetry(): void;
  retryLabel?: string;
  /** Offered while the session is starting: stops waiting for it. */
  onCancel?(): void;
  /** Take focus when shown: it replaced the step the person was on. Default `true`. */
  autoFocus?: boolean;
  /** A wait is running (a rate limit on the session start): "Try again" refuses until it ends. */
  retryBlocked?: boolean;
}

/** The end of the flow: the session starting, started, or kept from starting by an error. */
export function CompletionNotice({ headingLevel, state, titles, error, onRetry, retryLabel, onCancel, autoFocus = true, retryBlocked = false }: CompletionNoticeProps) {
  const { flow } = useStrings(undefined, flowText);
  const titleId = useId();
  const region = useRef<HTMLElement>(null);
  // Focus follows the user from the submit button, which just disappeared, to the outcome.
  // Mount only; a page that opens on the notice (a docs page, a reload) keeps its own focus.
  useEffect(() => {
    if (autoFocus) region.current?.focus();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <section
      ref={region}
      tabIndex={-1}
      aria-labelledby={titleId}
      aria-busy={state === 'finishing' || undefined}
      data-part="complete"
      data-status={state}
      {...useCardAppearance()}
    >
      {/* A status region, so "Signing you in…" turning into the outcome is announced. */}
      <div role="status">
        <Heading level={headingLevel} id={titleId}>
          {(titles ?? { finishing: flow.finishing, done: flow.complete, failed: flow.failed })[state]}
        </Heading>
      </div>
      {/* A start that hangs must not be a dead end; the request itself also times out. */}
      {state === 'finishing' && onCancel ? (
        <button type="button" onClick={onCancel} data-part="cancel">
          {flow.cancel}
        </button>
      ) : null}
      {state === 'failed' ? (
        <>
          <FormErrorMessage text={error} />
          <button
            type="button"
            aria-disabled={retryBlocked || undefined}
            onClick={() => {
              if (!retryBlocked) onRetry();
            }}
            data-part="submit"
          >
            {retryLabel ?? flow.retry}
          </button>
        </>
      ) : null}
    </section>
  );
}
