import { useEffect, useId, useRef } from 'react';
import { FormErrorMessage } from './FormErrorMessage.js';
import type { FormErrorText } from './formErrorText.js';
import { Heading, type HeadingLevel } from './Heading.js';

export interface CompletionNoticeProps {
  headingLevel: HeadingLevel;
  title: string;
  error: FormErrorText | null;
  pending: boolean;
  onRetry(): void;
  retryLabel: string;
}

/** The end of the flow: the signed-in message, or the error that kept the session from starting. */
export function CompletionNotice({ headingLevel, title, error, pending, onRetry, retryLabel }: CompletionNoticeProps) {
  const titleId = useId();
  const region = useRef<HTMLElement>(null);
  // Focus follows the user from the submit button, which just disappeared, to the outcome.
  useEffect(() => region.current?.focus(), []);
  return (
    <section ref={region} tabIndex={-1} aria-labelledby={titleId} aria-busy={pending || undefined} data-part="complete">
      <Heading level={headingLevel} id={titleId}>
        {title}
      </Heading>
      <FormErrorMessage text={error} />
      {error ? (
        <button type="button" onClick={onRetry} disabled={pending} data-part="submit">
          {retryLabel}
        </button>
      ) : null}
    </section>
  );
}
