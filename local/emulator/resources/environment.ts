import { LOCKOUT_MAX_ATTEMPTS, LOCKOUT_SECONDS } from '../domain/lockout.js';
import { PASSWORD_SETTINGS } from '../domain/password-policy.js';

/**
 * An instance with email + password sign-in and TOTP, SMS, email-code and backup-code second factors.
 * Captcha, Protect loaders and the captcha heartbeat stay off: each would load third-party scripts.
 */
function attribute(enabled: boolean, overrides: Partial<Record<string, unknown>> = {}) {
  return {
    enabled,
    required: false,
    used_for_first_factor: false,
    first_factors: [],
    used_for_second_factor: false,
    second_factors: [],
    verifications: [],
    verify_at_sign_up: false,
    immutable: false,
    ...overrides,
  };
}

const authConfig = {
  object: 'auth_config',
  id: 'aac_emulator',
  first_name: 'off',
  last_name: 'off',
  email_address: 'required',
  phone_number: 'off',
  username: 'off',
  password: 'required',
  identification_requirements: [['email_address']],
  identification_strategies: ['email_address'],
  first_factors: ['password'],
  second_factors: ['totp', 'phone_code', 'email_code', 'backup_code'],
  email_address_verification_strategies: ['email_code'],
  single_session_mode: true,
  enhanced_email_deliverability: false,
  test_mode: false,
  url_based_session_syncing: true,
  claimed_at: null,
  reverification: false,
  native_settings: {
    object: 'native_settings',
    api_enabled: false,
    trusted_device_sign_in_enabled: false,
    trusted_device_enrollment_prompt_after_sign_in_enabled: false,
    trusted_device_enrollment_prompt_after_sign_up_enabled: false,
  },
};

const urls = ['home_url', 'sign_in_url', 'sign_up_url', 'user_profile_url', 'waitlist_url', 'oauth_consent_url',
  'after_sign_in_url', 'after_sign_up_url', 'after_sign_out_one_url', 'after_sign_out_all_url',
  'after_switch_session_url', 'after_join_waitlist_url', 'organization_profile_url', 'create_organization_url',
  'after_leave_organization_url', 'after_create_organization_url', 'logo_link_url'];

/** Also the issuer an authenticator app shows beside the account (`otpauth://totp/<issuer>:<email>`). */
export const APPLICATION_NAME = 'Clerk FAPI emulator';

const displayConfig = {
  object: 'display_config',
  id: 'display_config_emulator',
  instance_environment_type: 'development',
  application_name: APPLICATION_NAME,
  theme: {},
  preferred_sign_in_strategy: 'password',
  logo_image_url: null,
  favicon_image_url: null,
  // Relative URLs: the emulator does not know the host app's origin, and headless flows never redirect.
  ...Object.fromEntries(urls.map((key) => [key, '/'])),
  support_email: null,
  branded: false,
  experimental_force_oauth_first: false,
  clerk_js_version: null,
  show_devmode_warning: false,
  google_one_tap_client_id: null,
  help_url: null,
  privacy_policy_url: null,
  terms_url: null,
  logo_url: null,
  favicon_url: null,
  logo_image: null,
  favicon_image: null,
  captcha_public_key: null,
  captcha_widget_type: null,
  captcha_public_key_invisible: null,
  captcha_provider: null,
  captcha_oauth_bypass: [],
  captcha_heartbeat: false,
};

const userSettings = {
  attributes: {
    email_address: attribute(true, {
      required: true, used_for_first_factor: true, first_factors: ['email_code'],
      used_for_second_factor: true, second_factors: ['email_code'], verifications: ['email_code'], verify_at_sign_up: true,
    }),
    phone_number: attribute(true, { used_for_second_factor: true, second_factors: ['phone_code'], verifications: ['phone_code'] }),
    username: attribute(false),
    web3_wallet: attribute(false),
    first_name: attribute(false),
    last_name: attribute(false),
    password: attribute(true, { required: true }),
    authenticator_app: attribute(true, { used_for_second_factor: true, second_factors: ['totp'] }),
    ticket: attribute(false),
    backup_code: attribute(true, { used_for_second_factor: true, second_factors: ['backup_code'] }),
    passkey: attribute(false),
  },
  social: {},
  saml: { enabled: false },
  enterprise_sso: { enabled: false },
  sign_in: { second_factor: { required: false } },
  sign_up: { captcha_enabled: false, captcha_widget_type: 'smart', custom_action_required: false, progressive: true, mode: 'public', legal_consent_enabled: false },
  restrictions: Object.fromEntries(
    ['allowlist', 'blocklist', 'allowlist_blocklist_disabled_on_sign_in', 'block_email_subaddresses', 'block_disposable_email_domains'].map((key) => [key, { enabled: false }]),
  ),
  password_settings: PASSWORD_SETTINGS,
  username_settings: { min_length: 4, max_length: 64, allow_extended_special_characters: false, allow_numeric_usernames: false },
  actions: { delete_self: false, create_organization: false, create_organizations_limit: null },
  attack_protection: {
    user_lockout: { enabled: true, max_attempts: LOCKOUT_MAX_ATTEMPTS, duration_in_minutes: LOCKOUT_SECONDS / 60 },
    pii: { enabled: false },
    email_link: { require_same_client: false },
    enumeration_protection: { enabled: false },
  },
  passkey_settings: { allow_autofill: false, show_sign_in_button: false, satisfies_second_factor: false },
};

/** A fresh copy each call, so a caller mutating the answer cannot change the next one. */
export function environmentJson() {
  return structuredClone({
    auth_config: authConfig,
    display_config: displayConfig,
    user_settings: userSettings,
    organization_settings: {
      enabled: false,
      max_allowed_memberships: 5,
      actions: { admin_delete: false },
      domains: { enabled: false, enrollment_modes: [], default_role: 'org:member' },
      slug: { disabled: false },
      creator_role: 'org:admin',
    },
    fraud_settings: { object: 'fraud_settings', native: { device_attestation_mode: 'disabled' } },
    commerce_settings: { billing: { stripe_publishable_key: null, free_trial_requires_payment_method: false, user: { enabled: false, has_paid_plans: false }, organization: { enabled: false, has_paid_plans: false } } },
    api_keys_settings: { enabled: false, user_api_keys_enabled: false, orgs_api_keys_enabled: false },
    protect_config: { loaders: [] },
    client_debug_mode: false,
    partitioned_cookies: false,
    maintenance_mode: false,
  });
}
