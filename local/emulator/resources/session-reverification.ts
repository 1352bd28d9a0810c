import { reverificationSecondFactors } from '../domain/reverification.js';
import type { ReverificationRecord, SessionRecord, UserRecord } from '../domain/state.js';
import { maskEmail } from '../domain/users.js';
import { serializeSession } from './session.js';
import { serializeSecondFactors, serializeVerification } from './sign-in.js';
import type { View } from './view.js';

/** What can reverify the session: the password, or a code to the (only, so primary) email address. */
function firstFactors(user: UserRecord) {
  return [
    { strategy: 'password' },
    { strategy: 'email_code', email_address_id: user.emailId, safe_identifier: maskEmail(user.email), primary: true },
  ];
}

/**
 * `Client.SessionReverification`, answered by every `/client/sessions/:id/verify…` call. clerk-js
 * reads `status` to choose the next step, and on `complete` Clerk's `<UserVerification/>` calls
 * `setActive({ session })` (a touch) before retrying the refused call.
 */
export function serializeReverification(view: View, session: SessionRecord, reverification: ReverificationRecord) {
  const user = view.state.users.get(session.userId)!;
  const secondFactors = reverificationSecondFactors(user).flatMap((strategy) => serializeSecondFactors(user, strategy));
  return {
    object: 'session_reverification',
    level: reverification.level,
    status: reverification.status,
    supported_first_factors: firstFactors(user),
    supported_second_factors: secondFactors.length > 0 ? secondFactors : null,
    first_factor_verification: serializeVerification(reverification.firstFactor),
    second_factor_verification: serializeVerification(reverification.secondFactor),
    session: serializeSession(view, session),
  };
}
