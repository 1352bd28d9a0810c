/** The emulator's in-memory records. Serializers in resources/ turn them into FAPI JSON. */

/**
 * A phone number on the user. Only a verified one can be reserved for second factor, and only a
 * reserved one is an SMS second factor at sign-in (seeded numbers are all three).
 */
export interface PhoneRecord {
  id: string;
  /** E.164, e.g. `+15555550155`. */
  number: string;
  /** The code that proves the number: null until one is sent (seeded numbers: verified long ago). */
  verification: VerificationRecord | null;
  /** The code last sent to verify the number (`POST /me/phone_numbers/:id/prepare_verification`). */
  sentCode: SentCodeRecord | null;
  reservedForSecondFactor: boolean;
  /** The SMS factor sign-in offers first; one reserved number at most has it. */
  defaultSecondFactor: boolean;
  createdAt: number;
  updatedAt: number;
}

/**
 * An authenticator app (`POST /me/totp`). Unverified until a code from the app proves the secret
 * was added (`attempt_verification`); only then is it a second factor.
 */
export interface TotpRecord {
  id: string;
  secret: string;
  verified: boolean;
  createdAt: number;
  updatedAt: number;
}

/** Clerk's session task keys (`SessionTask['key']` in the SDKs), in the order Clerk asks for them. */
export type SessionTaskKey = 'reset-password' | 'setup-mfa' | 'choose-organization';

export interface UserRecord {
  id: string;
  email: string;
  emailId: string;
  /** Kept in clear text: the demo panel shows it. */
  password: string;
  passwordUpdatedAt: number | null;
  description: string;
  totp: TotpRecord | null;
  /** Unused backup codes only; a code is removed when it is spent. */
  backupCodes: string[];
  /** In the order they were added; the first verified one is the primary number. */
  phones: PhoneRecord[];
  /** A code to the email address counts as a second factor (Core 3 `signIn.mfa.sendEmailCode()`). */
  emailCodeMfa: boolean;
  /** A correct password from a client this user never finished a sign-in on answers `needs_client_trust`. */
  clientTrust: boolean;
  /** Tasks every new session of this user starts with; `reset-password` is dropped once the password changes. */
  tasks: SessionTaskKey[];
  /** `until: null` means the lock never expires. */
  lock: { until: number | null } | null;
  failedAttempts: number;
  lastSmsCode: string | null;
  lastEmailCode: string | null;
  lastSignInAt: number | null;
  /** When the user last went from no second factor to one, and back (`mfa_enabled_at`, `mfa_disabled_at`). */
  mfaEnabledAt: number | null;
  mfaDisabledAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** `needs_new_password`: a "forgot password" code was verified; `POST …/reset_password` comes next. */
export type SignInStatus = 'needs_identifier' | 'needs_first_factor' | 'needs_new_password' | 'needs_second_factor' | 'needs_client_trust' | 'complete';
/** `reset_password_email_code`: the "forgot password" code to the email address (clerk-js `signIn.resetPasswordEmailCode`). */
export type FirstFactorStrategy = 'password' | 'reset_password_email_code';
export type SecondFactorStrategy = 'totp' | 'phone_code' | 'email_code' | 'backup_code';
export type FactorStrategy = FirstFactorStrategy | SecondFactorStrategy;

export interface VerificationRecord {
  strategy: FactorStrategy;
  status: 'unverified' | 'verified';
  attempts: number;
  expireAt: number | null;
}

/** A one-time code "sent" by SMS or email; only the latest one sent for a sign-in (or a phone, or a reverification) counts. */
export interface SentCodeRecord {
  strategy: 'phone_code' | 'email_code' | 'reset_password_email_code';
  code: string;
  /** The phone number's or email address's id. */
  targetId: string;
  expireAt: number;
}

export interface SignInRecord {
  id: string;
  clientId: string;
  status: SignInStatus;
  identifier: string | null;
  userId: string | null;
  firstFactor: VerificationRecord | null;
  secondFactor: VerificationRecord | null;
  sentCode: SentCodeRecord | null;
  createdSessionId: string | null;
  createdAt: number;
  abandonAt: number;
}

/** `pending`: signed in but with tasks left; the SDKs count the user as signed out until they are done. */
export type SessionStatus = 'active' | 'pending' | 'ended' | 'removed' | 'revoked';

/** What a session reverification asks for (`POST /client/sessions/:id/verify`, `level`). */
export type ReverificationLevel = 'first_factor' | 'second_factor' | 'multi_factor';

/** A reverification under way on a session (clerk-js `session.startVerification()` and the calls after it). */
export interface ReverificationRecord {
  level: ReverificationLevel;
  status: 'needs_first_factor' | 'needs_second_factor' | 'complete';
  firstFactor: VerificationRecord | null;
  secondFactor: VerificationRecord | null;
  sentCode: SentCodeRecord | null;
}

export interface SessionRecord {
  id: string;
  clientId: string;
  userId: string;
  status: SessionStatus;
  tasks: SessionTaskKey[];
  /** When a first factor was last verified: the sign-in, or a reverification since. */
  firstFactorAt: number;
  /** The second-factor time is null when no second factor was verified on this session (Clerk reports -1 then). */
  secondFactorAt: number | null;
  reverification: ReverificationRecord | null;
  createdAt: number;
  updatedAt: number;
  lastActiveAt: number;
  expireAt: number;
  abandonAt: number;
}

export interface ClientRecord {
  id: string;
  signInId: string | null;
  sessionIds: string[];
  lastActiveSessionId: string | null;
  lastAuthenticationStrategy: string | null;
  /** Users who finished a sign-in on this client: Client Trust lets them in with the password alone. */
  trustedUserIds: Set<string>;
  createdAt: number;
  updatedAt: number;
}

export type FaultKind = 'status' | 'drop' | 'latency' | 'rate_limit' | 'locked' | 'malformed' | 'unknown_code' | 'other_sign_in';

export interface FaultRecord {
  id: string;
  path: string;
  method: string | null;
  kind: FaultKind;
  status: number;
  ms: number;
  /** Seconds in `Retry-After`; null sends a 429 without the header. */
  retryAfter: number | null;
  lockoutSeconds: number | null;
  /** null = until cleared */
  remaining: number | null;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  /** `__clerk_api_version` as sent; null when the call carried none. */
  apiVersion: string | null;
  at: number;
}

/** Instance settings the control surface may change; a reset restores them. */
export interface EmulatorSettings {
  /**
   * Sensitive `/me` calls answer `session_reverification_required` when the session's last
   * verification (second factor if it has one, else first) is this many minutes old or older.
   */
  reverificationAfterMinutes: number;
}

/** Clerk's `strict` reverification: ten minutes. */
export const DEFAULT_SETTINGS: Readonly<EmulatorSettings> = Object.freeze({ reverificationAfterMinutes: 10 });

export interface EmulatorState {
  settings: EmulatorSettings;
  users: Map<string, UserRecord>;
  clients: Map<string, ClientRecord>;
  signIns: Map<string, SignInRecord>;
  sessions: Map<string, SessionRecord>;
  /** Dev-browser tokens and `__client` cookie values, both mapped to a client id (null until one exists). */
  identities: Map<string, string | null>;
  faults: FaultRecord[];
  requests: RequestLogEntry[];
}

/** What every handler shares; `state` is swapped wholesale by reset(). */
export interface EmulatorCore {
  state: EmulatorState;
  now: () => number;
  jwtSecret: Buffer;
}

export function emptyState(): EmulatorState {
  return {
    settings: { ...DEFAULT_SETTINGS },
    users: new Map(),
    clients: new Map(),
    signIns: new Map(),
    sessions: new Map(),
    identities: new Map(),
    faults: [],
    requests: [],
  };
}

export function findUserByEmail(state: EmulatorState, email: string): UserRecord | undefined {
  const wanted = email.trim().toLowerCase();
  for (const user of state.users.values()) if (user.email === wanted) return user;
  return undefined;
}

/** Active and pending sessions both count as signed in on the client (clerk-js `signedInSessions`). */
export function isSignedIn(session: SessionRecord | undefined): session is SessionRecord {
  return session?.status === 'active' || session?.status === 'pending';
}
