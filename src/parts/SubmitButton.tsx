import { useSyncExternalStore, type ReactNode } from 'react';

const subscribeNever = () => () => {};

export interface SubmitButtonProps {
  /** A request is in flight or a lockout is running: the button refuses, but keeps focus. */
  busy: boolean;
  /** A request is in flight: the button shows it is working. */
  pending?: boolean;
  children: ReactNode;
}

/**
 * The submit button. While busy it is `aria-disabled` rather than `disabled`: a disabled button
 * drops keyboard focus to the page, and the person who just pressed it would have to find their
 * place again. Until hydration it is truly disabled, so Enter in server-rendered markup cannot
 * submit the form natively and put the password in a request React never sees.
 */
export function SubmitButton({ busy, pending = false, children }: SubmitButtonProps) {
  const hydrated = useSyncExternalStore(subscribeNever, () => true, () => false);
  return (
    <button
      type="submit"
      disabled={!hydrated}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) event.preventDefault();
      }}
      data-part="submit"
      data-pending={pending ? '' : undefined}
    >
      {pending ? <span data-part="spinner" aria-hidden="true" /> : null}
      {children}
    </button>
  );
}
