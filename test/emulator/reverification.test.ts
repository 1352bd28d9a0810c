import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/emulator/index.js';
import { totpCodeAt } from '../../local/emulator/domain/totp.js';
import { control, demoRow, FapiClient, startWithClock, type RecordedAnswer, type Sdk } from './helpers.js';
import { answerViolations, FapiSpec } from './openapi.js';

const spec = new FapiSpec(fileURLToPath(new URL('../../local/emulator/spec/clerk-fapi-2025-11-10.yml', import.meta.url)));
const START = Date.UTC(2026, 0, 15, 12, 0, 0);
const MINUTE = 60_000;

let server: Awaited<ReturnType<typeof startWithClock>>;
let recorded: RecordedAnswer[] = [];

beforeAll(async () => {
  server = await startWithClock(START);
});
afterAll(() => server.close());
beforeEach(() => {
  server.clock.now = START;
  server.emulator.reset();
  recorded = [];
});
afterEach(() => {
  expect(answerViolations(spec, recorded)).toEqual([]);
});

const passMinutes = (minutes: number) => {
  server.clock.now += minutes * MINUTE;
};

/** The calls clerk-js's `Session` resource makes, and `setActive({ session })` after `complete`. */
const verify = (fapi: FapiClient, sessionId: string, action: string, body: Record<string, string>) =>
  fapi.call('POST', `/client/sessions/${sessionId}/verify${action ? `/${action}` : ''}`, body);
const touch = (fapi: FapiClient, sessionId: string) =>
  fapi.call('POST', `/client/sessions/${sessionId}/touch`, { active_organization_id: '', intent: 'select_session' });

function claimsOf(jwt: string) {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8'));
}

describe.each<Sdk>(['core2', 'core3'])('given mfa@example.com, signed in with the authenticator (%s)', (sdk) => {
  let fapi: FapiClient;
  let sessionId: string;

  beforeEach(async () => {
    fapi = new FapiClient(server.origin, 'cookie', recorded, sdk);
    const signIn = (await fapi.signIn('mfa@example.com', DEMO_PASSWORD)).body.response;
    sessionId = (await fapi.attemptSecondFactor(signIn.id, 'totp', server.emulator.currentTotp('mfa@example.com'))).body.response.created_session_id;
  });

  it('counts the fresh sign-in as verified: sensitive calls go through for nine minutes', async () => {
    passMinutes(9);
    expect((await fapi.me('POST', '/me/backup_codes/', sessionId)).status).toBe(200);
  });

  it('answers each sensitive call with 403 session_reverification_required after ten minutes, changing nothing', async () => {
    passMinutes(10);
    const phoneId = (await fapi.me('GET', '/me', sessionId)).body.response.phone_numbers[0].id;
    const refusals = [
      await fapi.me('POST', '/me/backup_codes/', sessionId),
      await fapi.me('DELETE', '/me/totp', sessionId),
      await fapi.me('DELETE', `/me/phone_numbers/${phoneId}`, sessionId),
      await fapi.me('PATCH', `/me/phone_numbers/${phoneId}`, sessionId, { reserved_for_second_factor: 'false' }),
    ];
    for (const refusal of refusals) {
      expect(refusal.status).toBe(403);
      expect(refusal.body.errors).toEqual([{
        code: 'session_reverification_required',
        message: 'You need to provide additional verification to perform this operation',
        long_message: 'You need to provide additional verification to perform this operation',
        meta: {},
      }]);
    }
    const { body } = await fapi.me('GET', '/me', sessionId);
    expect(body.response).toMatchObject({ totp_enabled: true, backup_code_enabled: true, phone_numbers: [{ reserved_for_second_factor: true }] });
    expect(claimsOf(body.client.sessions[0].last_active_token.jwt).fva).toEqual([10, 10]);
  });

  it('leaves calls that add a factor alone, however old the verification', async () => {
    passMinutes(60);
    expect((await fapi.me('POST', '/me/phone_numbers/', sessionId, { phone_number: '+15555550100' })).status).toBe(200);
  });

  it('reverifies at second_factor with the authenticator, after which the retried call succeeds', async () => {
    passMinutes(15);
    expect((await fapi.me('POST', '/me/backup_codes/', sessionId)).status).toBe(403);

    const started = await verify(fapi, sessionId, '', { level: 'second_factor' });
    expect(started.status).toBe(200);
    const phoneId = started.body.response.supported_second_factors[1].phone_number_id;
    expect(started.body.response).toMatchObject({
      object: 'session_reverification', level: 'second_factor', status: 'needs_second_factor',
      supported_second_factors: [{ strategy: 'totp' }, { strategy: 'phone_code', phone_number_id: phoneId, safe_identifier: '+1********55' }, { strategy: 'backup_code' }],
      first_factor_verification: null, second_factor_verification: null, session: { id: sessionId },
    });

    const wrong = await verify(fapi, sessionId, 'attempt_second_factor', { strategy: 'totp', code: '000000' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0]).toMatchObject({ code: 'form_code_incorrect', meta: { param_name: 'code' } });
    const done = await verify(fapi, sessionId, 'attempt_second_factor', { strategy: 'totp', code: server.emulator.currentTotp('mfa@example.com') });
    expect(done.body.response).toMatchObject({ status: 'complete', second_factor_verification: { status: 'verified', strategy: 'totp' } });
    expect(done.body.response.session.factor_verification_age).toEqual([15, 0]);

    expect((await touch(fapi, sessionId)).status).toBe(200);
    expect((await fapi.me('POST', '/me/backup_codes/', sessionId)).status).toBe(200);
  });

  it('reverifies by an SMS code to the number named', async () => {
    passMinutes(15);
    const started = (await verify(fapi, sessionId, '', { level: 'second_factor' })).body.response;
    const phoneId = started.supported_second_factors[1].phone_number_id;
    const prepared = await verify(fapi, sessionId, 'prepare_second_factor', { strategy: 'phone_code', phone_number_id: phoneId });
    expect(prepared.body.response.second_factor_verification).toMatchObject({ status: 'unverified', strategy: 'phone_code', expire_at: expect.any(Number) });
    const code = (await demoRow(server.origin, 'mfa@example.com'))!.lastSmsCode!;
    expect((await verify(fapi, sessionId, 'attempt_second_factor', { strategy: 'phone_code', code })).body.response.status).toBe('complete');
    expect((await fapi.me('DELETE', `/me/phone_numbers/${phoneId}`, sessionId)).status).toBe(200);
  });

  it('does not let a password alone satisfy a session that verified a second factor (Clerk\'s strict level)', async () => {
    passMinutes(15);
    const started = await verify(fapi, sessionId, '', { level: 'first_factor' });
    expect(started.body.response).toMatchObject({ level: 'first_factor', status: 'needs_first_factor' });
    const done = await verify(fapi, sessionId, 'attempt_first_factor', { strategy: 'password', password: DEMO_PASSWORD });
    expect(done.body.response.session.factor_verification_age).toEqual([0, 15]);
    expect((await fapi.me('DELETE', '/me/totp', sessionId)).status).toBe(403);
  });

  it('reverifies at multi_factor: the password, then a backup code, which is spent', async () => {
    passMinutes(15);
    expect((await verify(fapi, sessionId, '', { level: 'multi_factor' })).body.response.status).toBe('needs_first_factor');
    const wrong = await verify(fapi, sessionId, 'attempt_first_factor', { strategy: 'password', password: 'not-it' });
    expect(wrong.body.errors[0]).toMatchObject({ code: 'form_password_incorrect', meta: { param_name: 'password' } });
    const first = await verify(fapi, sessionId, 'attempt_first_factor', { strategy: 'password', password: DEMO_PASSWORD });
    expect(first.body.response).toMatchObject({ status: 'needs_second_factor', first_factor_verification: { status: 'verified', strategy: 'password' } });
    const done = await verify(fapi, sessionId, 'attempt_second_factor', { strategy: 'backup_code', code: 'oxyo66dz' });
    expect(done.body.response).toMatchObject({ status: 'complete', session: { factor_verification_age: [0, 0] } });
    expect((await demoRow(server.origin, 'mfa@example.com'))!.backupCodes).not.toContain('oxyo66dz');
    expect((await fapi.me('DELETE', '/me/totp', sessionId)).status).toBe(200);
  });

  it('answers the steps out of order or after completion with 400, and foreign strategies with 422', async () => {
    const early = await verify(fapi, sessionId, 'attempt_second_factor', { strategy: 'totp', code: '000000' });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].code).toBe('session_verification_status_invalid');
    await verify(fapi, sessionId, '', { level: 'second_factor' });
    expect((await verify(fapi, sessionId, 'attempt_first_factor', { strategy: 'password', password: DEMO_PASSWORD })).status).toBe(400);
    expect((await verify(fapi, sessionId, 'attempt_second_factor', { strategy: 'email_code', code: '123456' })).body.errors[0].code).toBe('strategy_for_user_invalid');
    expect((await verify(fapi, sessionId, 'attempt_second_factor', { strategy: 'phone_code', code: '123456' })).body.errors[0].code).toBe('verification_missing');
    await verify(fapi, sessionId, 'attempt_second_factor', { strategy: 'totp', code: server.emulator.currentTotp('mfa@example.com') });
    const again = await verify(fapi, sessionId, 'attempt_second_factor', { strategy: 'totp', code: server.emulator.currentTotp('mfa@example.com') });
    expect(again.status).toBe(400);
    expect(again.body.errors[0].code).toBe('verification_already_verified');
  });

  it('answers a missing or unknown level with 422 on param level', async () => {
    expect((await verify(fapi, sessionId, '', {})).body.errors[0]).toMatchObject({ code: 'form_param_missing', meta: { param_name: 'level' } });
    expect((await verify(fapi, sessionId, '', { level: 'third_factor' })).body.errors[0]).toMatchObject({ code: 'form_param_value_invalid', meta: { param_name: 'level' } });
  });

  it('answers 404 for another client\'s session and 401 once the session ended', async () => {
    expect((await verify(new FapiClient(server.origin, 'cookie', recorded, sdk), sessionId, '', { level: 'second_factor' })).status).toBe(404);
    await fapi.call('POST', `/client/sessions/${sessionId}/end`);
    const ended = await verify(fapi, sessionId, '', { level: 'second_factor' });
    expect(ended.status).toBe(401);
    expect(ended.body.errors[0].code).toBe('signed_out');
  });
});

describe('given enrol@example.com, whose session never verified a second factor', () => {
  let fapi: FapiClient;
  let sessionId: string;

  beforeEach(async () => {
    fapi = new FapiClient(server.origin, 'cookie', recorded, 'core3');
    sessionId = (await fapi.signIn('enrol@example.com', DEMO_PASSWORD)).body.response.created_session_id;
  });

  it('judges by the sign-in\'s password; after enrolling, reverifies with the new authenticator', async () => {
    const created = (await fapi.me('POST', '/me/totp', sessionId)).body.response;
    await fapi.me('POST', '/me/totp/attempt_verification', sessionId, { code: totpCodeAt(created.secret, server.clock.now) });
    passMinutes(10);
    expect((await fapi.me('DELETE', '/me/totp', sessionId)).status).toBe(403);

    const started = await verify(fapi, sessionId, '', { level: 'second_factor' });
    expect(started.body.response).toMatchObject({ level: 'second_factor', status: 'needs_second_factor', supported_second_factors: [{ strategy: 'totp' }, { strategy: 'backup_code' }] });
    await verify(fapi, sessionId, 'attempt_second_factor', { strategy: 'totp', code: totpCodeAt(created.secret, server.clock.now) });
    await touch(fapi, sessionId);
    expect((await fapi.me('DELETE', '/me/totp', sessionId)).status).toBe(200);
  });

  it('falls back to first_factor without a second factor, and takes a code by email', async () => {
    const phoneId = (await fapi.me('POST', '/me/phone_numbers/', sessionId, { phone_number: '+15555550100' })).body.response.id;
    passMinutes(10);
    expect((await fapi.me('DELETE', `/me/phone_numbers/${phoneId}`, sessionId)).status).toBe(403);

    const started = await verify(fapi, sessionId, '', { level: 'second_factor' });
    expect(started.body.response).toMatchObject({ level: 'first_factor', status: 'needs_first_factor', supported_second_factors: null });
    const factor = started.body.response.supported_first_factors.find((candidate: { strategy: string }) => candidate.strategy === 'email_code');
    expect(factor).toEqual({ strategy: 'email_code', email_address_id: expect.stringMatching(/^idn_/), safe_identifier: 'e****@example.com', primary: true });
    const prepared = await verify(fapi, sessionId, 'prepare_first_factor', { strategy: 'email_code', email_address_id: factor.email_address_id });
    expect(prepared.body.response.first_factor_verification).toMatchObject({ object: 'verification_otp', status: 'unverified', strategy: 'email_code' });
    const code = (await demoRow(server.origin, 'enrol@example.com'))!.lastEmailCode!;
    const done = await verify(fapi, sessionId, 'attempt_first_factor', { strategy: 'email_code', code });
    expect(done.body.response).toMatchObject({ status: 'complete', session: { factor_verification_age: [0, -1] } });
    expect((await fapi.me('DELETE', `/me/phone_numbers/${phoneId}`, sessionId)).status).toBe(200);
  });

  it('refuses to prepare a password (nothing to send)', async () => {
    await verify(fapi, sessionId, '', { level: 'first_factor' });
    expect((await verify(fapi, sessionId, 'prepare_first_factor', { strategy: 'password' })).body.errors[0].code).toBe('strategy_for_user_invalid');
  });
});

describe('given the reverification control', () => {
  it('reads and sets the minutes, refuses nonsense, and a reset restores ten', async () => {
    expect((await control(server.origin, 'GET', '/reverification')).body).toEqual({ afterMinutes: 10 });
    expect((await control(server.origin, 'POST', '/reverification', { afterMinutes: 2 })).body).toEqual({ afterMinutes: 2 });
    expect((await control(server.origin, 'POST', '/reverification', { afterMinutes: 0 })).status).toBe(400);
    expect((await control(server.origin, 'POST', '/reverification', { expireVerifications: 'yes' })).status).toBe(400);
    server.emulator.reset();
    expect((await control(server.origin, 'GET', '/reverification')).body).toEqual({ afterMinutes: 10 });
  });

  it('applies a shorter limit at once', async () => {
    const fapi = new FapiClient(server.origin, 'cookie', recorded);
    const signIn = (await fapi.signIn('totp@example.com', DEMO_PASSWORD)).body.response;
    const sessionId = (await fapi.attemptSecondFactor(signIn.id, 'totp', server.emulator.currentTotp('totp@example.com'))).body.response.created_session_id;
    passMinutes(2);
    expect((await fapi.me('POST', '/me/backup_codes/', sessionId)).status).toBe(200);
    await control(server.origin, 'POST', '/reverification', { afterMinutes: 2 });
    expect((await fapi.me('POST', '/me/backup_codes/', sessionId)).status).toBe(403);
  });

  it('expires every session\'s verifications on demand, without the clock; reverification then works as usual', async () => {
    const fapi = new FapiClient(server.origin, 'cookie', recorded);
    const signIn = (await fapi.signIn('totp@example.com', DEMO_PASSWORD)).body.response;
    const sessionId = (await fapi.attemptSecondFactor(signIn.id, 'totp', server.emulator.currentTotp('totp@example.com'))).body.response.created_session_id;
    await control(server.origin, 'POST', '/reverification', { expireVerifications: true });
    expect((await fapi.me('DELETE', '/me/totp', sessionId)).status).toBe(403);
    await verify(fapi, sessionId, '', { level: 'second_factor' });
    await verify(fapi, sessionId, 'attempt_second_factor', { strategy: 'totp', code: server.emulator.currentTotp('totp@example.com') });
    expect((await fapi.me('DELETE', '/me/totp', sessionId)).status).toBe(200);
  });
});
