import { clientTrustState, clientTrustStrategies } from '../domain/client-trust.js';
import type { FirstFactorStrategy, SecondFactorStrategy, SignInRecord, UserRecord, VerificationRecord } from '../domain/state.js';
import { firstFactorStrategies, maskEmail, maskPhone, secondFactorStrategies, smsFactorPhones } from '../domain/users.js';
import type { View } from './view.js';

const VERIFICATION_OBJECT: Record<VerificationRecord['strategy'], string> = {
  password: 'verification_password',
  reset_password_email_code: 'verification_otp',
  totp: 'verification_totp',
  backup_code: 'verification_backup_code',
  phone_code: 'verification_otp',
  email_code: 'verification_otp',
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

/**
 * clerk-js's `resetPasswordEmailCode.sendCode()` takes `email_address_id` from here. The address is
 * the user's only one, so its primary.
 */
export function serializeFirstFactor(user: UserRecord, strategy: FirstFactorStrategy) {
  if (strategy === 'reset_password_email_code') {
    return { strategy, safe_identifier: maskEmail(user.email), email_address_id: user.emailId, primary: true };
  }
  return { strategy };
}

/**
 * Shapes the SDKs read: `mfa.sendPhoneCode()` takes `phone_number_id` from here (the first entry:
 * one per reserved number, the default one first), clerk-js 6's `mfa.sendEmailCode()` takes
 * `email_address_id`.
 */
export interface SecondFactorJson {
  strategy: SecondFactorStrategy;
  phone_number_id?: string;
  email_address_id?: string;
  safe_identifier?: string;
}

export function serializeSecondFactors(user: UserRecord, strategy: SecondFactorStrategy): SecondFactorJson[] {
  if (strategy === 'phone_code') {
    return smsFactorPhones(user).map((phone) => ({ strategy, phone_number_id: phone.id, safe_identifier: maskPhone(phone.number) }));
  }
  if (strategy === 'email_code') return [{ strategy, email_address_id: user.emailId, safe_identifier: maskEmail(user.email) }];
  return [{ strategy }];
}

/**
 * Clerk lists second factors only once the first factor has passed: the user's MFA factors, or
 * under Client Trust what can prove the device.
 */
function secondFactorsOf(user: UserRecord | undefined, status: SignInRecord['status']) {
  if (!user) return null;
  const strategies = status === 'needs_client_trust'
    ? clientTrustStrategies()
    : status === 'needs_second_factor' || status === 'complete' ? secondFactorStrategies(user) : [];
  return strategies.length > 0 ? strategies.flatMap((strategy) => serializeSecondFactors(user, strategy)) : null;
}

export function serializeSignIn(view: View, signIn: SignInRecord) {
  const user = signIn.userId ? view.state.users.get(signIn.userId) : undefined;
  return {
    object: 'sign_in_attempt',
    id: signIn.id,
    status: signIn.status,
    supported_identifiers: ['email_address'],
    supported_first_factors: user ? firstFactorStrategies(user).map((strategy) => serializeFirstFactor(user, strategy)) : null,
    supported_second_factors: secondFactorsOf(user, signIn.status),
    first_factor_verification: serializeVerification(signIn.firstFactor),
    second_factor_verification: serializeVerification(signIn.secondFactor),
    identifier: signIn.identifier,
    user_data: user ? { first_name: null, last_name: null, image_url: '', has_image: false } : null,
    created_session_id: signIn.createdSessionId,
    abandon_at: signIn.abandonAt,
    // Parsed by clerk-js 6 as `clientTrustState`; clerk-js 5 ignores it.
    client_trust_state: clientTrustState(view.state.clients.get(signIn.clientId), user),
  };
}
