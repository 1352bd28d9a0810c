import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/emulator/index.js';
import { ALLOWED_ORIGIN, control, demoRow, FapiClient, startServer } from './helpers.js';
import { FapiSpec } from './openapi.js';

let server: Awaited<ReturnType<typeof startServer>>;
let fapi: FapiClient;
const spec = new FapiSpec(fileURLToPath(new URL('../../local/emulator/spec/clerk-fapi-2025-11-10.yml', import.meta.url)));
const inject = (fault: Record<string, unknown>) => control(server.origin, 'POST', '/faults', fault);

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.emulator.reset();
  fapi = new FapiClient(server.origin);
});

describe('given a status fault', () => {
  it('answers 500 internal_clerk_error by default, until cleared', async () => {
    expect((await inject({ path: '/client/sign_ins', kind: 'status' })).status).toBe(201);
    for (let round = 0; round < 2; round++) {
      const { status, body } = await fapi.signIn('plain@example.com', DEMO_PASSWORD);
      expect(status).toBe(500);
      expect(body.errors[0].code).toBe('internal_clerk_error');
    }
    await control(server.origin, 'DELETE', '/faults');
    expect((await fapi.signIn('plain@example.com', DEMO_PASSWORD)).status).toBe(200);
  });

  it('takes a status, a method filter and a number of times', async () => {
    await inject({ path: '/client', method: 'get', kind: 'status', status: 503, times: 1 });
    expect((await fapi.signIn('plain@example.com', DEMO_PASSWORD)).status).toBe(200);
    expect((await fapi.call('GET', '/client')).status).toBe(503);
    expect((await fapi.call('GET', '/client')).status).toBe(200);
  });
});

describe('given a drop fault', () => {
  it('closes the connection without an answer', async () => {
    await inject({ path: 'attempt_second_factor', kind: 'drop', times: 1 });
    const signIn = (await fapi.signIn('totp@example.com', DEMO_PASSWORD)).body.response;
    await expect(fapi.attemptSecondFactor(signIn.id, 'totp', server.emulator.currentTotp('totp@example.com'))).rejects.toThrow();
    const retry = await fapi.attemptSecondFactor(signIn.id, 'totp', server.emulator.currentTotp('totp@example.com'));
    expect(retry.body.response.status).toBe('complete');
  });
});

describe('given a latency fault', () => {
  it('delays the answer, which is otherwise unchanged', async () => {
    await inject({ path: '/environment', kind: 'latency', ms: 150 });
    const started = performance.now();
    const { status } = await fapi.call('GET', '/environment');
    expect(status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe('given a rate_limit fault', () => {
  it('answers 429 too_many_requests with Retry-After, exposed to an allowed origin only', async () => {
    await inject({ path: '/client/sign_ins', kind: 'rate_limit', retryAfter: 7, times: 2 });
    const { status, body, headers } = await fapi.call('POST', '/client/sign_ins', { identifier: 'plain@example.com' }, { origin: ALLOWED_ORIGIN });
    expect(status).toBe(429);
    expect(body.errors[0].code).toBe('too_many_requests');
    expect(headers.get('retry-after')).toBe('7');
    expect(headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(headers.get('access-control-expose-headers')).toBe('Retry-After');

    const foreign = await fapi.call('POST', '/client/sign_ins', { identifier: 'plain@example.com' }, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(429);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreign.headers.get('access-control-expose-headers')).toBeNull();
  });
});

describe('given a rate_limit fault with retryAfter null', () => {
  it('answers 429 too_many_requests without a Retry-After header', async () => {
    await inject({ path: '/client/sign_ins', kind: 'rate_limit', retryAfter: null, times: 1 });
    const { status, body, headers } = await fapi.call('POST', '/client/sign_ins', { identifier: 'plain@example.com' }, { origin: ALLOWED_ORIGIN });
    expect(status).toBe(429);
    expect(body.errors[0]).toMatchObject({ code: 'too_many_requests', long_message: expect.not.stringMatching(/\d/) });
    expect(headers.get('retry-after')).toBeNull();
    expect((await fapi.signIn('plain@example.com', DEMO_PASSWORD)).status).toBe(200);
  });
});

describe('given a malformed fault', () => {
  it('answers 200 with a JSON content type and a truncated body, and carries nothing out', async () => {
    const signIn = (await fapi.signIn('sms@example.com', DEMO_PASSWORD)).body.response;
    const prepare = { strategy: 'phone_code', phone_number_id: signIn.supported_second_factors[0].phone_number_id };
    await inject({ path: 'prepare_second_factor', method: 'POST', kind: 'malformed', times: 1 });
    const response = await fapi.send('POST', `/client/sign_ins/${signIn.id}/prepare_second_factor`, prepare);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(text).toMatch(/^\{"response":\{"object":"sign_in_attempt"/);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    // Not carried out: no code went out.
    expect((await demoRow(server.origin, 'sms@example.com'))!.lastSmsCode).toBeFalsy();
    expect((await fapi.prepareSecondFactor(signIn.id, prepare)).status).toBe(200);
    expect((await demoRow(server.origin, 'sms@example.com'))!.lastSmsCode).toMatch(/^\d{6}$/);
  });

  it('answers the status given', async () => {
    await inject({ path: '/client/sign_ins', kind: 'malformed', status: 502, times: 1 });
    const response = await fapi.send('POST', '/client/sign_ins', { identifier: 'plain@example.com', password: DEMO_PASSWORD });
    expect(response.status).toBe(502);
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });
});

describe('given an unknown_code fault', () => {
  it('answers 422 in Clerk\'s envelope with a code nobody knows and its long message', async () => {
    await inject({ path: 'attempt_second_factor', kind: 'unknown_code', times: 1 });
    const signIn = (await fapi.signIn('totp@example.com', DEMO_PASSWORD)).body.response;
    const { status, body } = await fapi.attemptSecondFactor(signIn.id, 'totp', server.emulator.currentTotp('totp@example.com'));
    expect(status).toBe(422);
    expect(body.errors).toEqual([{ code: 'some_new_error_code', message: expect.any(String), long_message: expect.stringMatching(/^[A-Z].{20,}\.$/), meta: {} }]);
    expect(spec.clerkErrors()(body)).toBe(true);
    const retry = await fapi.attemptSecondFactor(signIn.id, 'totp', server.emulator.currentTotp('totp@example.com'));
    expect(retry.body.response.status).toBe('complete');
  });

  it('takes another error status, and refuses a success status', async () => {
    await inject({ path: '/client/sign_ins', kind: 'unknown_code', status: 400, times: 1 });
    expect((await fapi.signIn('plain@example.com', DEMO_PASSWORD)).status).toBe(400);
    const refused = await inject({ path: '/client/sign_ins', kind: 'unknown_code', status: 200 });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/status must be 400 or more/);
  });
});

describe('given an other_sign_in fault', () => {
  it('answers a well-formed sign-in that is not the one asked about, and the client now carries it', async () => {
    const signIn = (await fapi.signIn('sms@example.com', DEMO_PASSWORD)).body.response;
    await inject({ path: 'prepare_second_factor', kind: 'other_sign_in', times: 1 });
    const phoneNumberId = signIn.supported_second_factors[0].phone_number_id;
    const answer = await fapi.prepareSecondFactor(signIn.id, { strategy: 'phone_code', phone_number_id: phoneNumberId });

    expect(answer.status).toBe(200);
    const other = answer.body.response;
    expect(other).toMatchObject({ object: 'sign_in_attempt', status: 'needs_identifier', identifier: null });
    expect(other.id).not.toBe(signIn.id);
    expect(answer.body.client.sign_in).toEqual(other);
    expect(spec.validate('POST', `/client/sign_ins/${signIn.id}/prepare_second_factor`, 200, answer.body).errors).toEqual([]);
    // The request itself was not carried out: no code went out.
    expect((await demoRow(server.origin, 'sms@example.com'))!.lastSmsCode).toBeFalsy();
    // What the answer says stands: the client's sign-in is the other one from now on.
    expect((await fapi.call('GET', '/client')).body.response.sign_in.id).toBe(other.id);
  });

  it('carries out a call about a session as usual, with the other sign-in in the client it answers', async () => {
    const done = (await fapi.signIn('plain@example.com', DEMO_PASSWORD)).body.response;
    await inject({ path: '/touch', kind: 'other_sign_in', times: 1 });
    const answer = await fapi.call('POST', `/client/sessions/${done.created_session_id}/touch`, { intent: 'select_session' });
    expect(answer.status).toBe(200);
    expect(answer.body.response).toMatchObject({ object: 'session', id: done.created_session_id, status: 'active' });
    expect(answer.body.client.sign_in).toMatchObject({ object: 'sign_in_attempt', status: 'needs_identifier' });
    expect(answer.body.client.sign_in.id).not.toBe(done.id);
    expect(spec.validate('POST', `/client/sessions/${done.created_session_id}/touch`, 200, answer.body).errors).toEqual([]);
  });
});

describe('given a locked fault', () => {
  it.each([
    [120, /try again in 2 minutes\.$/],
    [null, /does not expire/],
  ])('answers 403 user_locked for lockoutSeconds=%s', async (lockoutSeconds, words) => {
    await inject({ path: '/client/sign_ins', kind: 'locked', lockoutSeconds });
    const { status, body } = await fapi.signIn('plain@example.com', DEMO_PASSWORD);
    expect(status).toBe(403);
    expect(body.errors[0]).toMatchObject({ code: 'user_locked', meta: { lockout_expires_in_seconds: lockoutSeconds } });
    expect(body.errors[0].long_message).toMatch(words);
  });
});

describe('given a fault the control surface cannot read', () => {
  it('answers 400 with the reason', async () => {
    const { status, body } = await inject({ path: '/client', kind: 'explode' });
    expect(status).toBe(400);
    expect(body.error).toMatch(/kind must be one of/);
  });
});
