import type { SyntheticEvent } from 'react';

/**
 * The caller's handler first, then the part's own unless the caller prevented the default (as
 * Radix's `composeEventHandlers` does), so an app can add to a part's behaviour or stop it.
 */
export function composeEventHandlers<E extends SyntheticEvent>(theirs: ((event: E) => void) | undefined, ours: (event: E) => void) {
  return (event: E) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}

/** Space-separated ids for `aria-describedby`, the part's own first, without empties. */
export function joinIds(...ids: (string | null | undefined | false)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
