import { useEffect, useId, useRef } from 'react';
import { FormErrorMessage } from './FormErrorMessage.js';
import type { FormErrorText } from './formErrorText.js';
import { Heading, type HeadingLevel } from './Heading.js';

export type CompletionState = 'finishing' | 'done' | 'failed';

export interface CompletionNoticeProps {
  headingLevel: HeadingLevel;
  state: CompletionState;
  titles: Record<CompletionState, string>;
  error: FormErrorText | null;
  onRetry(): void;
  retryLabel: string;
}

/** The end of the flow: the session starting, started, or kept from starting by an error. */
export function CompletionNotice({ headingLevel, state, titles, error, onRetry, retryLabel }: CompletionNoticeProps) {
  const titleId = useId();
  const region = useRef<HTMLElement>(null);
  // Focus follows the user from the submit button, which just disappeared, to the outcome.
  useEffect(() => region.current?.focus(), []);
  return (
    <section
      ref={region}
      tabIndex={-1}
      aria-labelledby={titleId}
      aria-busy={state === 'finishing' || undefined}
      data-part="complete"
      data-status={state}
    >
      {/* A status region, so "Signing you in…" turning into the outcome is announced. */}
      <div role="status">
        <Heading level={headingLevel} id={titleId}>
          {titles[state]}
        </Heading>
      </div>
      {state === 'failed' ? (
        <>
          <FormErrorMessage text={error} />
          <button type="button" onClick={onRetry} data-part="submit">
            {retryLabel}
          </button>
        </>
      ) : null}
    </section>
  );
}
