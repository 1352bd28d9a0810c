import type { DomainContext } from '../domain/context.js';
import { FapiError, statusError, tooManyRequests, unknownCode, userLocked } from '../domain/errors.js';
import { newId } from '../domain/ids.js';
import { startAnotherSignIn } from '../domain/sign-in-flow.js';
import type { EmulatorState, FaultKind, FaultRecord } from '../domain/state.js';
import { serializeClient } from '../resources/client.js';
import { serializeSignIn } from '../resources/sign-in.js';
import type { View } from '../resources/view.js';
import type { FapiAnswer } from '../routes/route.js';

const KINDS: readonly FaultKind[] = ['status', 'drop', 'latency', 'rate_limit', 'locked', 'malformed', 'unknown_code', 'other_sign_in'];

/** What each kind answers unless `status` says otherwise: a broken body arrives as a success, an unknown code as a form error. */
const DEFAULT_STATUS: Partial<Record<FaultKind, number>> = { malformed: 200, unknown_code: 422 };

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
  const kind = body.kind as FaultKind;
  if (body.method !== undefined && typeof body.method !== 'string') throw new Error('method must be a string');
  const lockout = body.lockoutSeconds;
  if (lockout !== undefined && lockout !== null && (typeof lockout !== 'number' || lockout < 0)) {
    throw new Error('lockoutSeconds must be a non-negative number or null');
  }
  const times = body.times === undefined ? null : optionalNumber(body.times, 'times', 1);
  const status = optionalNumber(body.status, 'status', DEFAULT_STATUS[kind] ?? 500);
  if (status < 100 || status > 599) throw new Error('status must be an HTTP status');
  if (kind === 'unknown_code' && status < 400) throw new Error('an unknown_code fault answers an error: status must be 400 or more');
  return {
    id: newId('fault'),
    path: body.path,
    method: typeof body.method === 'string' ? body.method.toUpperCase() : null,
    kind,
    status,
    ms: optionalNumber(body.ms, 'ms', 1000),
    retryAfter: body.retryAfter === null ? null : optionalNumber(body.retryAfter, 'retryAfter', 30),
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

/**
 * The error answer a fault stands for. 'drop', 'malformed' and 'other_sign_in' are no error: the
 * caller handles them (it owns the socket, and the state they need is read after any delay).
 */
export function faultError(fault: FaultRecord): FapiError {
  switch (fault.kind) {
    case 'rate_limit':
      return tooManyRequests(fault.retryAfter);
    case 'locked':
      return userLocked(fault.lockoutSeconds);
    case 'unknown_code':
      return unknownCode(fault.status);
    default:
      return statusError(fault.status);
  }
}

/**
 * A body cut off mid-way, as a proxy that closes early or a truncated cache entry delivers it:
 * the start of a real sign-in answer, with a content length that matches, so only the parse fails.
 */
export const MALFORMED_BODY = '{"response":{"object":"sign_in_attempt","id":"sia_';

/** Calls about the sign-in itself, whose answer is a sign-in. */
const SIGN_IN_CALL = /^\/client\/sign_ins(?:\/|$)/;

/**
 * The answer for another sign-in: another sign-in has just started on the same client (another tab,
 * say), and the answer carries it in `client.sign_in`. A call about the sign-in is not carried out:
 * its `response` is that other sign-in. Any other call (a session's `touch`) is carried out as usual
 * and the other sign-in starts just after it, so the client it answers has that sign-in.
 * Well-formed in every respect.
 */
export function answerWithOtherSignIn(ctx: DomainContext & { view: View }, path: string, routeAnswer: () => FapiAnswer): FapiAnswer {
  if (SIGN_IN_CALL.test(path)) {
    const signIn = startAnotherSignIn(ctx);
    const client = ctx.identity.client();
    return { body: { response: serializeSignIn(ctx.view, signIn), client: client && serializeClient(ctx.view, client) } };
  }
  const answer = routeAnswer();
  startAnotherSignIn(ctx);
  const client = ctx.identity.client();
  const body = answer.body as Record<string, unknown> | null;
  if (!client || !body || typeof body !== 'object' || !('client' in body)) return answer;
  return { ...answer, body: { ...body, client: serializeClient(ctx.view, client) } };
}
