import type { ClientRecord, SecondFactorStrategy, UserRecord } from './state.js';

/**
 * Client Trust (on by default for Clerk apps created since 2025-11-14): a correct password from a
 * client the user never finished a sign-in on must be confirmed by a code, unless the user has MFA,
 * which wins. The emulator switches it on per user (`clientTrust`), so the other seeded accounts
 * keep signing in with the password alone.
 */
export function needsClientTrust(client: ClientRecord, user: UserRecord): boolean {
  return user.clientTrust && !client.trustedUserIds.has(user.id);
}

/** Any completed sign-in makes the client known for that user, whatever factors it took. */
export function trustClient(client: ClientRecord, user: UserRecord): void {
  client.trustedUserIds.add(user.id);
}

/** `client_trust_state` of a sign-in, as the spec describes it. */
export function clientTrustState(client: ClientRecord | undefined, user: UserRecord | undefined): 'pending' | 'new' | 'known' {
  if (!user || !client) return 'pending';
  return client.trustedUserIds.has(user.id) ? 'known' : 'new';
}

/**
 * What can prove the device: a code to the email address. Clerk falls back to an SMS code only
 * when email is off for the whole instance (its Client Trust guide); here email is always on, and
 * a user with a phone has SMS as MFA anyway, which wins over Client Trust.
 */
export function clientTrustStrategies(): SecondFactorStrategy[] {
  return ['email_code'];
}
