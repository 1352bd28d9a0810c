import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/emulator/index.js';
import { totpCodeAt } from '../../local/emulator/domain/totp.js';
import { demoRow, FapiClient, startServer, startWithClock } from './helpers.js';

let server: Awaited<ReturnType<typeof startServer>>;
let fapi: FapiClient;

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.emulator.reset();
  fapi = new FapiClient(server.origin);
});

describe('given a user with every second factor (mfa@example.com)', () => {
  it('answers the right password with needs_second_factor, listing totp, phone_code, backup_code', async () => {
    const { status, body } = await fapi.signIn('mfa@example.com', DEMO_PASSWORD);
    expect(status).toBe(200);
    expect(body.response).toMatchObject({ object: 'sign_in_attempt', status: 'needs_second_factor', identifier: 'mfa@example.com', created_session_id: null });
    const factors = body.response.supported_second_factors;
    expect(factors.map((factor: { strategy: string }) => factor.strategy)).toEqual(['totp', 'phone_code', 'backup_code']);
    expect(factors[1]).toEqual({ strategy: 'phone_code', phone_number_id: expect.stringMatching(/^idn_/), safe_identifier: '+1********55' });
    expect(body.client.sign_in.id).toBe(body.response.id);
  });

  it('completes with the current authenticator code and puts the new session in the client', async () => {
    const signIn = (await fapi.signIn('mfa@example.com', DEMO_PASSWORD)).body.response;
    const { status, body } = await fapi.attemptSecondFactor(signIn.id, 'totp', server.emulator.currentTotp('mfa@example.com'));
    expect(status).toBe(200);
    expect(body.response.status).toBe('complete');
    const sessionId = body.response.created_session_id;
    expect(sessionId).toMatch(/^sess_/);
    expect(body.client.sessions).toHaveLength(1);
    expect(body.client.sessions[0]).toMatchObject({ id: sessionId, status: 'active', last_active_token: { object: 'token' } });
    expect(body.client.last_active_session_id).toBe(sessionId);
  });

  it('accepts a backup code once, and answers form_code_incorrect when it is used again', async () => {
    const first = (await fapi.signIn('mfa@example.com', DEMO_PASSWORD)).body.response;
    expect((await fapi.attemptSecondFactor(first.id, 'backup_code', 'OXYO66DZ')).body.response.status).toBe('complete');
    expect((await demoRow(server.origin, 'mfa@example.com'))?.backupCodes).not.toContain('oxyo66dz');

    await fapi.call('DELETE', '/client/sessions');
    const second = (await fapi.signIn('mfa@example.com', DEMO_PASSWORD)).body.response;
    const reused = await fapi.attemptSecondFactor(second.id, 'backup_code', 'oxyo66dz');
    expect(reused.status).toBe(422);
    expect(reused.body.errors[0]).toMatchObject({ code: 'form_code_incorrect', meta: { param_name: 'code' } });
  });

  it('"sends" an SMS code on prepare, readable from the demo surface, and accepts it', async () => {
    const signIn = (await fapi.signIn('mfa@example.com', DEMO_PASSWORD)).body.response;
    const phoneNumberId = signIn.supported_second_factors[1].phone_number_id;
    const prepared = await fapi.call('POST', `/client/sign_ins/${signIn.id}/prepare_second_factor`, { strategy: 'phone_code', phone_number_id: phoneNumberId });
    expect(prepared.status).toBe(200);
    expect(prepared.body.response.second_factor_verification).toMatchObject({ strategy: 'phone_code', status: 'unverified' });

    const lastSmsCode = (await demoRow(server.origin, 'mfa@example.com'))?.lastSmsCode;
    expect(lastSmsCode).toMatch(/^\d{6}$/);
    const { body } = await fapi.attemptSecondFactor(signIn.id, 'phone_code', lastSmsCode!);
    expect(body.response.status).toBe('complete');
  });

  it('refuses an SMS code attempt before any code was sent', async () => {
    const signIn = (await fapi.signIn('mfa@example.com', DEMO_PASSWORD)).body.response;
    const { status, body } = await fapi.attemptSecondFactor(signIn.id, 'phone_code', '123456');
    expect(status).toBe(422);
    expect(body.errors[0].code).toBe('verification_missing');
  });
});

describe('given users with a single second factor', () => {
  it('lists only totp for totp@example.com and only phone_code for sms@example.com', async () => {
    const totp = (await fapi.signIn('totp@example.com', DEMO_PASSWORD)).body.response;
    expect(totp.supported_second_factors).toEqual([{ strategy: 'totp' }]);
    const other = new FapiClient(server.origin);
    const sms = (await other.signIn('sms@example.com', DEMO_PASSWORD)).body.response;
    expect(sms.supported_second_factors.map((factor: { strategy: string }) => factor.strategy)).toEqual(['phone_code']);
  });

  it('refuses a strategy the user does not have', async () => {
    const signIn = (await fapi.signIn('totp@example.com', DEMO_PASSWORD)).body.response;
    const { status, body } = await fapi.attemptSecondFactor(signIn.id, 'backup_code', 'oxyo66dz');
    expect(status).toBe(422);
    expect(body.errors[0]).toMatchObject({ code: 'strategy_for_user_invalid', meta: { param_name: 'strategy' } });
  });
});

describe('given a user without a second factor (plain@example.com)', () => {
  it('completes at once with created_session_id', async () => {
    const { body } = await fapi.signIn('plain@example.com', DEMO_PASSWORD);
    expect(body.response).toMatchObject({ status: 'complete', supported_second_factors: null });
    expect(body.client.sessions[0].id).toBe(body.response.created_session_id);
  });
});

describe('given only an identifier', () => {
  it('answers needs_first_factor offering the password (and a reset code), then takes it through attempt_first_factor', async () => {
    const { body } = await fapi.signIn('plain@example.com');
    expect(body.response.status).toBe('needs_first_factor');
    expect(body.response.supported_first_factors.map((factor: { strategy: string }) => factor.strategy)).toEqual(['password', 'reset_password_email_code']);
    const attempt = await fapi.call('POST', `/client/sign_ins/${body.response.id}/attempt_first_factor`, { strategy: 'password', password: DEMO_PASSWORD });
    expect(attempt.body.response.status).toBe('complete');
  });

  it('returns the sign-in by id, and 404 resource_not_found for an unknown one', async () => {
    const created = (await fapi.signIn('plain@example.com')).body.response;
    expect((await fapi.call('GET', `/client/sign_ins/${created.id}`)).body.response.id).toBe(created.id);
    const missing = await fapi.call('GET', '/client/sign_ins/sia_unknown');
    expect(missing.status).toBe(404);
    expect(missing.body.errors[0].code).toBe('resource_not_found');
  });
});

describe('given an authenticator code near a period boundary', () => {
  it('accepts the previous period\'s code and refuses one two periods old', async () => {
    const { clock, origin, close } = await startWithClock();
    try {
      const secret = 'RZ326KSFGTQQJWNHZUPA2IUGZBTV3EVL';
      const client = new FapiClient(origin);
      const signIn = (await client.signIn('totp@example.com', DEMO_PASSWORD)).body.response;
      expect((await client.attemptSecondFactor(signIn.id, 'totp', totpCodeAt(secret, clock.now - 60_000))).status).toBe(422);
      const { body } = await client.attemptSecondFactor(signIn.id, 'totp', totpCodeAt(secret, clock.now - 30_000));
      expect(body.response.status).toBe('complete');
    } finally {
      await close();
    }
  });
});
