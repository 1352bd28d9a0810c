import type { SignInRecord, UserRecord, VerificationRecord } from '../state.js';
import { maskPhone, secondFactorStrategies } from '../users.js';
import type { View } from './view.js';

const VERIFICATION_OBJECT: Record<VerificationRecord['strategy'], string> = {
  password: 'verification_password',
  totp: 'verification_totp',
  backup_code: 'verification_backup_code',
  phone_code: 'verification_otp',
};

export function serializeVerification(verification: VerificationRecord | null) {
  if (!verification) return null;
  return {
    object: VERIFICATION_OBJECT[verification.strategy],
    status: verification.status,
    strategy: verification.strategy,
    attempts: verification.attempts,
    expire_at: verification.expireAt,
  };
}

/** Shapes the SDK reads: `mfa.sendPhoneCode()` takes `phone_number_id` from here. */
export function serializeSecondFactors(user: UserRecord) {
  return secondFactorStrategies(user).map((strategy) =>
    strategy === 'phone_code' && user.phone
      ? { strategy, phone_number_id: user.phone.id, safe_identifier: maskPhone(user.phone.number) }
      : { strategy },
  );
}

/** Clerk lists second factors only once the first factor has passed, and only for users with MFA. */
const PAST_FIRST_FACTOR = new Set<SignInRecord['status']>(['needs_second_factor', 'complete']);

function secondFactorsOf(user: UserRecord | undefined, status: SignInRecord['status']) {
  if (!user || !PAST_FIRST_FACTOR.has(status) || secondFactorStrategies(user).length === 0) return null;
  return serializeSecondFactors(user);
}

export function serializeSignIn(view: View, signIn: SignInRecord) {
  const user = signIn.userId ? view.state.users.get(signIn.userId) : undefined;
  return {
    object: 'sign_in_attempt',
    id: signIn.id,
    status: signIn.status,
    supported_identifiers: ['email_address'],
    supported_first_factors: user ? [{ strategy: 'password' }] : null,
    supported_second_factors: secondFactorsOf(user, signIn.status),
    first_factor_verification: serializeVerification(signIn.firstFactor),
    second_factor_verification: serializeVerification(signIn.secondFactor),
    identifier: signIn.identifier,
    user_data: user ? { first_name: null, last_name: null, image_url: '', has_image: false } : null,
    created_session_id: signIn.createdSessionId,
    abandon_at: signIn.abandonAt,
  };
}
