import { useState } from 'react';

/**
 * What every flow on one Clerk client shares. A client has one sign-in, so two flows on a page (a
 * header form and a page form, say) are two views of it: a submit in one while the other's request
 * is open would be a second attempt on the same sign-in, and both starting the session would touch
 * it twice and report it twice.
 */
export interface ClientSlot {
  /** The request in flight on this client, from whichever flow sent it. */
  inFlight: Promise<unknown> | null;
  /** The session start under way or done, by the sign-in it completes. */
  sessionStart: { signIn: string; outcome: Promise<unknown> } | null;
}

const slots = new WeakMap<object, ClientSlot>();

const emptySlot = (): ClientSlot => ({ inFlight: null, sessionStart: null });

/** The slot of the Clerk client `clerk`; without one, a slot of this component's own. */
export function useClientSlot(clerk: object | undefined): ClientSlot {
  const [own] = useState(emptySlot);
  if (!clerk) return own;
  let slot = slots.get(clerk);
  if (!slot) slots.set(clerk, (slot = emptySlot()));
  return slot;
}
