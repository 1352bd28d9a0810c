import { attemptsRemaining, isLocked, lockSecondsLeft } from '../domain/lockout.js';
import type { UserRecord } from '../domain/state.js';
import { primaryPhone, secondFactorStrategies } from '../domain/users.js';
import { serializePhoneNumber } from './phone-number.js';
import type { View } from './view.js';

const TEN_MINUTES = 10 * 60 * 1000;

/** Addresses are seeded as already verified; a verification code long since used. */
function verifiedOtp(strategy: 'email_code', createdAt: number) {
  return { object: 'verification_otp', status: 'verified', strategy, attempts: 1, expire_at: createdAt + TEN_MINUTES };
}

export function serializeEmailAddress(user: UserRecord) {
  return {
    id: user.emailId,
    object: 'email_address',
    email_address: user.email,
    reserved: false,
    verification: verifiedOtp('email_code', user.createdAt),
    linked_to: [],
    matches_sso_connection: false,
    created_at: user.createdAt,
    updated_at: user.updatedAt,
  };
}

export function serializePublicUserData(user: UserRecord) {
  return {
    first_name: null,
    last_name: null,
    image_url: '',
    has_image: false,
    identifier: user.email,
    user_id: user.id,
    username: null,
  };
}

export function serializeUser(view: View, user: UserRecord) {
  const strategies = secondFactorStrategies(user);
  const locked = isLocked(user, view.now);
  return {
    id: user.id,
    object: 'user',
    username: null,
    first_name: null,
    last_name: null,
    // Empty rather than Clerk's CDN avatar: the emulator must work offline.
    image_url: '',
    has_image: false,
    primary_email_address_id: user.emailId,
    primary_phone_number_id: primaryPhone(user)?.id ?? null,
    primary_web3_wallet_id: null,
    password_enabled: true,
    two_factor_enabled: strategies.length > 0,
    totp_enabled: strategies.includes('totp'),
    backup_code_enabled: strategies.includes('backup_code'),
    email_addresses: [serializeEmailAddress(user)],
    phone_numbers: user.phones.map((phone) => serializePhoneNumber(phone)),
    web3_wallets: [],
    passkeys: [],
    organization_memberships: [],
    external_accounts: [],
    saml_accounts: [],
    enterprise_accounts: [],
    password_last_updated_at: user.passwordUpdatedAt,
    public_metadata: {},
    unsafe_metadata: {},
    external_id: null,
    last_sign_in_at: user.lastSignInAt,
    banned: false,
    locked,
    lockout_expires_in_seconds: locked ? lockSecondsLeft(user, view.now) : null,
    verification_attempts_remaining: attemptsRemaining(user),
    created_at: user.createdAt,
    updated_at: user.updatedAt,
    delete_self_enabled: false,
    create_organization_enabled: false,
    create_organizations_limit: 0,
    last_active_at: user.lastSignInAt,
    mfa_enabled_at: user.mfaEnabledAt,
    mfa_disabled_at: user.mfaDisabledAt,
    legal_accepted_at: null,
  };
}
