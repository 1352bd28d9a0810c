/** The emulator's in-memory records. Serializers in resources/ turn them into FAPI JSON. */

export interface PhoneRecord {
  id: string;
  number: string;
  createdAt: number;
}

export interface UserRecord {
  id: string;
  email: string;
  emailId: string;
  /** Kept in clear text: the demo panel shows it. */
  password: string;
  description: string;
  totpSecret: string | null;
  /** Unused backup codes only; a code is removed when it is spent. */
  backupCodes: string[];
  phone: PhoneRecord | null;
  /** `until: null` means the lock never expires. */
  lock: { until: number | null } | null;
  failedAttempts: number;
  lastSmsCode: string | null;
  lastSignInAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export type SignInStatus = 'needs_identifier' | 'needs_first_factor' | 'needs_second_factor' | 'complete';
export type FactorStrategy = 'password' | 'totp' | 'backup_code' | 'phone_code';

export interface VerificationRecord {
  strategy: FactorStrategy;
  status: 'unverified' | 'verified';
  attempts: number;
  expireAt: number | null;
}

export interface PhoneCodeRecord {
  code: string;
  phoneNumberId: string;
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
  phoneCode: PhoneCodeRecord | null;
  createdSessionId: string | null;
  createdAt: number;
  abandonAt: number;
}

export type SessionStatus = 'active' | 'ended' | 'removed';

export interface SessionRecord {
  id: string;
  clientId: string;
  userId: string;
  status: SessionStatus;
  /** The second-factor time is null when the user has no MFA (Clerk reports -1 then). */
  secondFactorAt: number | null;
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
  createdAt: number;
  updatedAt: number;
}

export type FaultKind = 'status' | 'drop' | 'latency' | 'rate_limit' | 'locked';

export interface FaultRecord {
  id: string;
  path: string;
  method: string | null;
  kind: FaultKind;
  status: number;
  ms: number;
  retryAfter: number;
  lockoutSeconds: number | null;
  /** null = until cleared */
  remaining: number | null;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  at: number;
}

export interface EmulatorState {
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
