import type { SecondFactorLike } from '../clerk/types.js';

/**
 * The step a person sees. `client_trust`: a correct password on a device Clerk has not seen, proved
 * by a code sent to the account. `reset_password`: the person forgot the password and proves the
 * account with a code sent to its email. `new_password`: Clerk wants a new password before the
 * sign-in goes on (after that code, or on Clerk's own `needs_new_password`). `session_task`: the
 * session started with a task still open.
 */
export type SignInStep = 'password' | 'reset_password' | 'new_password' | 'second_factor' | 'client_trust' | 'complete' | 'session_task' | 'unsupported';

/** Maps Clerk's `signIn.status` to the step a person sees. */
export function stepOf(status: string | null | undefined): SignInStep {
  switch (status) {
    case 'complete':
      return 'complete';
    case 'needs_second_factor':
      return 'second_factor';
    case 'needs_client_trust':
      return 'client_trust';
    case 'needs_new_password':
      return 'new_password';
    case null:
    case undefined:
    case 'needs_identifier':
    case 'needs_first_factor':
      return 'password';
    default:
      return 'unsupported';
  }
}

// Clerk's prebuilt order: the authenticator first, an SMS code next, backup codes last.
const FACTOR_ORDER = ['totp', 'phone_code', 'email_code', 'backup_code'];

function rank(strategy: string): number {
  const index = FACTOR_ORDER.indexOf(strategy);
  return index === -1 ? FACTOR_ORDER.length : index;
}

export function orderFactors(factors: readonly SecondFactorLike[] | null | undefined): SecondFactorLike[] {
  return [...(factors ?? [])].sort((a, b) => rank(a.strategy) - rank(b.strategy));
}
