import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/emulator/index.js';
import { ALLOWED_ORIGIN, control, FapiClient, startServer } from './helpers.js';

let server: Awaited<ReturnType<typeof startServer>>;
let fapi: FapiClient;
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

describe('given a malformed fault', () => {
  it('answers 400 with the reason', async () => {
    const { status, body } = await inject({ path: '/client', kind: 'explode' });
    expect(status).toBe(400);
    expect(body.error).toMatch(/kind must be one of/);
  });
});
