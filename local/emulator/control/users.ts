import { isLocked, lockSecondsLeft } from '../domain/lockout.js';
import { DEMO_PASSWORD } from '../domain/seed.js';
import { isSessionTaskKey, SESSION_TASK_KEYS } from '../domain/session-tasks.js';
import { findUserByEmail, type EmulatorState, type SessionTaskKey, type UserRecord } from '../domain/state.js';
import { newTotpSecret } from '../domain/totp.js';
import { createUserRecord } from '../domain/users.js';

/** Body of `POST /__emulator/users`. */
export interface AddUserInput {
  email: string;
  password?: string;
  description?: string;
  totp?: boolean;
  backupCodes?: string[];
  phone?: string;
  /** A code to the email address as a second factor. */
  emailCodeMfa?: boolean;
  /** `needs_client_trust` on a client this user has not finished a sign-in on. */
  clientTrust?: boolean;
  /** Tasks each new session starts with; the session is `pending` until they are done. */
  tasks?: SessionTaskKey[];
  locked?: { expiresInSeconds: number | null };
}

export class ControlInputError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function validate(input: unknown): AddUserInput {
  const body = (input ?? {}) as Record<string, unknown>;
  const fail = (message: string) => new ControlInputError(400, message);
  if (typeof body.email !== 'string' || !body.email.includes('@')) throw fail('email must be an email address');
  if (body.password !== undefined && (typeof body.password !== 'string' || body.password === '')) throw fail('password must be a non-empty string');
  for (const flag of ['totp', 'emailCodeMfa', 'clientTrust'] as const) {
    if (body[flag] !== undefined && typeof body[flag] !== 'boolean') throw fail(`${flag} must be a boolean`);
  }
  if (body.phone !== undefined && (typeof body.phone !== 'string' || !/^\+\d{6,15}$/.test(body.phone))) throw fail('phone must be in E.164 form, e.g. +15555550100');
  const codes = body.backupCodes;
  if (codes !== undefined && (!Array.isArray(codes) || !codes.every((code) => typeof code === 'string' && code !== ''))) {
    throw fail('backupCodes must be an array of non-empty strings');
  }
  const tasks = body.tasks;
  if (tasks !== undefined && (!Array.isArray(tasks) || !tasks.every(isSessionTaskKey) || new Set(tasks).size !== tasks.length)) {
    throw fail(`tasks must be an array of distinct keys out of ${SESSION_TASK_KEYS.join(', ')}`);
  }
  const locked = body.locked as { expiresInSeconds?: unknown } | undefined;
  if (locked !== undefined && (typeof locked !== 'object' || locked === null ||
      !(locked.expiresInSeconds === null || (typeof locked.expiresInSeconds === 'number' && locked.expiresInSeconds >= 0)))) {
    throw fail('locked must be { expiresInSeconds: number | null }');
  }
  return body as unknown as AddUserInput;
}

export function describeUser(user: UserRecord, now: number) {
  const locked = isLocked(user, now);
  return {
    id: user.id,
    email: user.email,
    emailAddressId: user.emailId,
    password: user.password,
    description: user.description,
    totpSecret: user.totp?.secret ?? null,
    backupCodes: [...user.backupCodes],
    phone: user.phones[0]?.number ?? null,
    phoneNumberId: user.phones[0]?.id ?? null,
    emailCodeMfa: user.emailCodeMfa,
    clientTrust: user.clientTrust,
    tasks: [...user.tasks],
    locked,
    lockoutExpiresInSeconds: locked ? lockSecondsLeft(user, now) : null,
  };
}

export function addUser(state: EmulatorState, input: unknown, now: number): UserRecord {
  const body = validate(input);
  if (findUserByEmail(state, body.email)) throw new ControlInputError(409, `${body.email} already exists`);
  const user = createUserRecord(
    {
      email: body.email,
      password: body.password ?? DEMO_PASSWORD,
      description: body.description ?? 'Added through the control surface',
      totpSecret: body.totp ? newTotpSecret() : null,
      backupCodes: body.backupCodes ?? [],
      phone: body.phone ?? null,
      emailCodeMfa: body.emailCodeMfa,
      clientTrust: body.clientTrust,
      tasks: body.tasks,
      lockedForSeconds: body.locked?.expiresInSeconds,
    },
    now,
  );
  state.users.set(user.id, user);
  return user;
}
