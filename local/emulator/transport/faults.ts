import { FapiError, statusError, tooManyRequests, userLocked } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import type { EmulatorState, FaultKind, FaultRecord } from '../domain/state.js';

const KINDS: readonly FaultKind[] = ['status', 'drop', 'latency', 'rate_limit', 'locked'];

function optionalNumber(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number`);
  return value;
}

/** Validates a control-surface body; throws with a message meant for the test author. */
export function parseFault(input: unknown): FaultRecord {
  const body = (input ?? {}) as Record<string, unknown>;
  if (typeof body.path !== 'string') throw new Error('path must be a string (a substring of the FAPI path after /v1)');
  if (!KINDS.includes(body.kind as FaultKind)) throw new Error(`kind must be one of ${KINDS.join(', ')}`);
  if (body.method !== undefined && typeof body.method !== 'string') throw new Error('method must be a string');
  const lockout = body.lockoutSeconds;
  if (lockout !== undefined && lockout !== null && (typeof lockout !== 'number' || lockout < 0)) {
    throw new Error('lockoutSeconds must be a non-negative number or null');
  }
  const times = body.times === undefined ? null : optionalNumber(body.times, 'times', 1);
  const status = optionalNumber(body.status, 'status', 500);
  if (status < 100 || status > 599) throw new Error('status must be an HTTP status');
  return {
    id: newId('fault'),
    path: body.path,
    method: typeof body.method === 'string' ? body.method.toUpperCase() : null,
    kind: body.kind as FaultKind,
    status,
    ms: optionalNumber(body.ms, 'ms', 1000),
    retryAfter: optionalNumber(body.retryAfter, 'retryAfter', 30),
    lockoutSeconds: lockout === undefined ? 3600 : (lockout as number | null),
    remaining: times === null ? null : Math.floor(times),
  };
}

export interface FaultOutcome {
  /** Summed over every matching latency fault. */
  delayMs: number;
  /** The first matching non-latency fault decides the answer. */
  fault: FaultRecord | null;
}

/** Finds the faults for a request and uses up one of each one's `times`. */
export function takeFaults(state: EmulatorState, method: string, path: string): FaultOutcome {
  const outcome: FaultOutcome = { delayMs: 0, fault: null };
  for (const fault of state.faults) {
    if (!path.includes(fault.path) || (fault.method && fault.method !== method)) continue;
    if (fault.kind === 'latency') outcome.delayMs += fault.ms;
    else if (outcome.fault) continue;
    else outcome.fault = fault;
    if (fault.remaining !== null) fault.remaining -= 1;
  }
  state.faults = state.faults.filter((fault) => fault.remaining === null || fault.remaining > 0);
  return outcome;
}

/** The answer a fault stands for; 'drop' is handled by the caller, which owns the socket. */
export function faultError(fault: FaultRecord): FapiError {
  switch (fault.kind) {
    case 'rate_limit':
      return tooManyRequests(fault.retryAfter);
    case 'locked':
      return userLocked(fault.lockoutSeconds);
    default:
      return statusError(fault.status);
  }
}
