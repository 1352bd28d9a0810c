import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/emulator/index.js';
import { totpCodeAt } from '../../local/emulator/domain/totp.js';
import { demoRow, FapiClient, startServer, type RecordedAnswer, type Sdk } from './helpers.js';
import { answerViolations, FapiSpec } from './openapi.js';

let server: Awaited<ReturnType<typeof startServer>>;
const spec = new FapiSpec(fileURLToPath(new URL('../../local/emulator/spec/clerk-fapi-2025-11-10.yml', import.meta.url)));
/** Every FAPI answer a test in this file receives; each is checked against the spec after the test. */
let recorded: RecordedAnswer[] = [];

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.emulator.reset();
  recorded = [];
});
afterEach(() => {
  expect(answerViolations(spec, recorded)).toEqual([]);
});

/** A password-only user's sign-in, straight to a session. */
async function signedIn(fapi: FapiClient, email: string): Promise<string> {
  const { body } = await fapi.signIn(email, DEMO_PASSWORD);
  expect(body.response.status).toBe('complete');
  return body.response.created_session_id;
}

/** `createTOTP()`, then `verifyTOTP()` with the code an authenticator app would show now. */
async function enrolTotp(fapi: FapiClient, sessionId: string) {
  const created = (await fapi.me('POST', '/me/totp', sessionId)).body.response;
  const verified = await fapi.me('POST', '/me/totp/attempt_verification', sessionId, { code: totpCodeAt(created.secret, Date.now()) });
  expect(verified.status).toBe(200);
  return { secret: created.secret as string, verified };
}

/** `createPhoneNumber()`, `prepareVerification()`, `attemptVerification()` with the code from the demo panel. */
async function addVerifiedPhone(fapi: FapiClient, sessionId: string, email: string, phoneNumber: string): Promise<string> {
  const id = (await fapi.me('POST', '/me/phone_numbers/', sessionId, { phone_number: phoneNumber })).body.response.id;
  await fapi.me('POST', `/me/phone_numbers/${id}/prepare_verification`, sessionId, { strategy: 'phone_code' });
  const code = (await demoRow(server.origin, email))!.lastSmsCode!;
  expect((await fapi.me('POST', `/me/phone_numbers/${id}/attempt_verification`, sessionId, { code })).status).toBe(200);
  return id;
}

const reserve = (fapi: FapiClient, sessionId: string, phoneId: string, reserved = true) =>
  fapi.me('PATCH', `/me/phone_numbers/${phoneId}`, sessionId, { reserved_for_second_factor: String(reserved) });

describe.each<Sdk>(['core2', 'core3'])('given enrol@example.com, signed in with the password alone (%s)', (sdk) => {
  let fapi: FapiClient;
  let sessionId: string;

  beforeEach(async () => {
    fapi = new FapiClient(server.origin, 'cookie', recorded, sdk);
    sessionId = await signedIn(fapi, 'enrol@example.com');
  });

  it('shows a user without any second factor at GET /me', async () => {
    const { status, body } = await fapi.me('GET', '/me', sessionId);
    expect(status).toBe(200);
    expect(body.response).toMatchObject({
      object: 'user', totp_enabled: false, backup_code_enabled: false, two_factor_enabled: false, phone_numbers: [], primary_phone_number_id: null, mfa_enabled_at: null,
    });
  });

  describe('when setting up an authenticator app', () => {
    it('answers createTOTP with an unverified secret, its otpauth URI, and no backup codes', async () => {
      const { status, body } = await fapi.me('POST', '/me/totp', sessionId);
      expect(status).toBe(200);
      const totp = body.response;
      expect(totp).toMatchObject({ object: 'totp', id: expect.any(String), secret: expect.stringMatching(/^[A-Z2-7]{32}$/), verified: false, backup_codes: null });
      expect(totp.uri).toBe(
        `otpauth://totp/Clerk%20FAPI%20emulator:enrol%40example.com?secret=${totp.secret}&issuer=Clerk%20FAPI%20emulator&algorithm=SHA1&digits=6&period=30`,
      );
      expect(body.client.sessions[0].user).toMatchObject({ totp_enabled: false, two_factor_enabled: false });
    });

    it('replaces an unverified secret on a second createTOTP', async () => {
      const first = (await fapi.me('POST', '/me/totp', sessionId)).body.response;
      const second = (await fapi.me('POST', '/me/totp', sessionId)).body.response;
      expect(second.secret).not.toBe(first.secret);
      const stale = await fapi.me('POST', '/me/totp/attempt_verification', sessionId, { code: totpCodeAt(first.secret, Date.now()) });
      expect(stale.body.errors[0]).toMatchObject({ code: 'form_code_incorrect', meta: { param_name: 'code' } });
    });

    it('answers a wrong code with 422 form_code_incorrect on param code, leaving it unverified', async () => {
      await fapi.me('POST', '/me/totp', sessionId);
      const { status, body } = await fapi.me('POST', '/me/totp/attempt_verification', sessionId, { code: '000000' });
      expect(status).toBe(422);
      expect(body.errors[0]).toMatchObject({ code: 'form_code_incorrect', meta: { param_name: 'code' } });
      expect((await fapi.me('GET', '/me', sessionId)).body.response.totp_enabled).toBe(false);
    });

    it('verifies a right code: the TOTP turns on MFA and brings ten backup codes, shown once', async () => {
      const { verified } = await enrolTotp(fapi, sessionId);
      const totp = verified.body.response;
      expect(totp).toMatchObject({ object: 'totp', verified: true, secret: null, uri: null });
      expect(totp.backup_codes).toHaveLength(10);
      expect(new Set(totp.backup_codes).size).toBe(10);
      for (const code of totp.backup_codes) expect(code).toMatch(/^[a-z0-9]{8}$/);
      expect(verified.body.client.sessions[0].user).toMatchObject({ totp_enabled: true, backup_code_enabled: true, two_factor_enabled: true, mfa_enabled_at: expect.any(Number) });
      expect((await demoRow(server.origin, 'enrol@example.com'))!.backupCodes).toEqual(totp.backup_codes);
    });

    it('refuses a second verification and a new secret once verified (400)', async () => {
      await enrolTotp(fapi, sessionId);
      const again = await fapi.me('POST', '/me/totp/attempt_verification', sessionId, { code: '123456' });
      expect(again.status).toBe(400);
      expect(again.body.errors[0].code).toBe('verification_already_verified');
      const create = await fapi.me('POST', '/me/totp', sessionId);
      expect(create.status).toBe(400);
      expect(create.body.errors[0].code).toBe('totp_already_enabled');
    });

    it('answers 404 to verifying or disabling when there is no authenticator', async () => {
      expect((await fapi.me('POST', '/me/totp/attempt_verification', sessionId, { code: '123456' })).status).toBe(404);
      expect((await fapi.me('DELETE', '/me/totp', sessionId)).body.errors[0].code).toBe('resource_not_found');
    });

    it('asks for the authenticator on the next sign-in, which it then completes', async () => {
      const { secret } = await enrolTotp(fapi, sessionId);
      await fapi.call('DELETE', '/client/sessions');
      const signIn = (await fapi.signIn('enrol@example.com', DEMO_PASSWORD)).body.response;
      expect(signIn).toMatchObject({ status: 'needs_second_factor', supported_second_factors: [{ strategy: 'totp' }, { strategy: 'backup_code' }] });
      const done = await fapi.attemptSecondFactor(signIn.id, 'totp', totpCodeAt(secret, Date.now()));
      expect(done.body.response.status).toBe('complete');
      expect(done.body.client.sessions[0].factor_verification_age).toEqual([0, 0]);
    });

    it('keeps signing in with the password alone while the authenticator is unverified', async () => {
      await fapi.me('POST', '/me/totp', sessionId);
      await fapi.call('DELETE', '/client/sessions');
      expect((await fapi.signIn('enrol@example.com', DEMO_PASSWORD)).body.response.status).toBe('complete');
      expect((await demoRow(server.origin, 'enrol@example.com'))).toMatchObject({ totpCode: expect.stringMatching(/^\d{6}$/), totpPending: true });
    });

    it('disables it: a deleted object, then no second factor and no backup codes', async () => {
      await enrolTotp(fapi, sessionId);
      const { status, body } = await fapi.me('DELETE', '/me/totp', sessionId);
      expect(status).toBe(200);
      expect(body.response).toEqual({ object: 'totp', id: expect.any(String), deleted: true });
      expect(body.client.sessions[0].user).toMatchObject({ totp_enabled: false, backup_code_enabled: false, two_factor_enabled: false, mfa_disabled_at: expect.any(Number) });
      await fapi.call('DELETE', '/client/sessions');
      expect((await fapi.signIn('enrol@example.com', DEMO_PASSWORD)).body.response.status).toBe('complete');
    });
  });

  describe('when creating backup codes', () => {
    it('refuses without a second factor for them to stand in for (400)', async () => {
      const { status, body } = await fapi.me('POST', '/me/backup_codes/', sessionId);
      expect(status).toBe(400);
      expect(body.errors[0].code).toBe('backup_codes_require_second_factor');
    });

    it('answers a new set of ten that replaces the old: old codes stop working, new ones sign in', async () => {
      const old = (await enrolTotp(fapi, sessionId)).verified.body.response.backup_codes as string[];
      const { status, body } = await fapi.me('POST', '/me/backup_codes/', sessionId);
      expect(status).toBe(200);
      expect(body.response).toMatchObject({ object: 'backup_code', id: expect.any(String) });
      const fresh = body.response.codes as string[];
      expect(fresh).toHaveLength(10);
      expect(fresh.filter((code) => old.includes(code))).toEqual([]);

      await fapi.call('DELETE', '/client/sessions');
      const signIn = (await fapi.signIn('enrol@example.com', DEMO_PASSWORD)).body.response;
      expect((await fapi.attemptSecondFactor(signIn.id, 'backup_code', old[0]!)).body.errors[0].code).toBe('form_code_incorrect');
      expect((await fapi.attemptSecondFactor(signIn.id, 'backup_code', fresh[0]!)).body.response.status).toBe('complete');
    });
  });

  describe('when adding a phone number for SMS codes', () => {
    it.each([
      ['without a plus', '5555550100'],
      ['with a leading zero country code', '+0155550100'],
      ['with spaces', '+1 555 555 0100'],
      ['too long', '+1234567890123456'],
      ['not a number', 'call me'],
    ])('answers a number %s with 422 form_param_format_invalid on param phone_number', async (_case, phoneNumber) => {
      const { status, body } = await fapi.me('POST', '/me/phone_numbers/', sessionId, { phone_number: phoneNumber });
      expect(status).toBe(422);
      expect(body.errors[0]).toMatchObject({ code: 'form_param_format_invalid', meta: { param_name: 'phone_number' } });
    });

    it('answers a missing number with form_param_missing and a taken one with form_identifier_exists', async () => {
      expect((await fapi.me('POST', '/me/phone_numbers/', sessionId, {})).body.errors[0]).toMatchObject({ code: 'form_param_missing', meta: { param_name: 'phone_number' } });
      expect((await fapi.me('POST', '/me/phone_numbers/', sessionId, { phone_number: '+15555550177' })).body.errors[0])
        .toMatchObject({ code: 'form_identifier_exists', meta: { param_name: 'phone_number' } });
    });

    it('adds an unverified number, not yet primary nor a second factor', async () => {
      const { status, body } = await fapi.me('POST', '/me/phone_numbers/', sessionId, { phone_number: '+15555550100' });
      expect(status).toBe(200);
      expect(body.response).toMatchObject({
        object: 'phone_number', phone_number: '+15555550100', verification: null, reserved_for_second_factor: false, default_second_factor: false, backup_codes: null,
      });
      expect(body.client.sessions[0].user).toMatchObject({ primary_phone_number_id: null, phone_numbers: [{ id: body.response.id }] });
    });

    it('sends a code on prepare_verification, readable as lastSmsCode, and verifies the number with it', async () => {
      const id = (await fapi.me('POST', '/me/phone_numbers/', sessionId, { phone_number: '+15555550100' })).body.response.id;
      expect((await fapi.me('POST', `/me/phone_numbers/${id}/attempt_verification`, sessionId, { code: '123456' })).body.errors[0].code).toBe('verification_missing');
      const prepared = await fapi.me('POST', `/me/phone_numbers/${id}/prepare_verification`, sessionId, { strategy: 'phone_code' });
      expect(prepared.body.response.verification).toEqual({ object: 'verification_otp', status: 'unverified', strategy: 'phone_code', attempts: 0, expire_at: expect.any(Number) });
      const code = (await demoRow(server.origin, 'enrol@example.com'))!.lastSmsCode!;
      expect(code).toMatch(/^\d{6}$/);

      const wrong = await fapi.me('POST', `/me/phone_numbers/${id}/attempt_verification`, sessionId, { code: code === '000000' ? '111111' : '000000' });
      expect(wrong.status).toBe(422);
      expect(wrong.body.errors[0]).toMatchObject({ code: 'form_code_incorrect', meta: { param_name: 'code' } });
      const right = await fapi.me('POST', `/me/phone_numbers/${id}/attempt_verification`, sessionId, { code });
      expect(right.body.response.verification).toMatchObject({ status: 'verified', attempts: 2 });
      expect(right.body.response).toMatchObject({ reserved_for_second_factor: false, backup_codes: null });
      expect(right.body.client.sessions[0].user).toMatchObject({ primary_phone_number_id: id, two_factor_enabled: false });
    });

    it('refuses to reserve an unverified number (400), and to make an unreserved one the default (400)', async () => {
      const id = (await fapi.me('POST', '/me/phone_numbers/', sessionId, { phone_number: '+15555550100' })).body.response.id;
      const unverified = await reserve(fapi, sessionId, id);
      expect(unverified.status).toBe(400);
      expect(unverified.body.errors[0].code).toBe('phone_number_not_verified');
      const verifiedId = await addVerifiedPhone(fapi, sessionId, 'enrol@example.com', '+15555550101');
      const notDefault = await fapi.me('PATCH', `/me/phone_numbers/${verifiedId}`, sessionId, { default_second_factor: 'true' });
      expect(notDefault.status).toBe(400);
      expect(notDefault.body.errors[0].code).toBe('phone_number_not_reserved');
    });

    it('reserves a verified number: it becomes the default SMS factor and brings backup codes, then signs in by SMS', async () => {
      const id = await addVerifiedPhone(fapi, sessionId, 'enrol@example.com', '+15555550100');
      const { status, body } = await reserve(fapi, sessionId, id);
      expect(status).toBe(200);
      expect(body.response).toMatchObject({ id, reserved_for_second_factor: true, default_second_factor: true });
      expect(body.response.backup_codes).toHaveLength(10);
      expect(body.client.sessions[0].user).toMatchObject({ two_factor_enabled: true, totp_enabled: false, backup_code_enabled: true });

      await fapi.call('DELETE', '/client/sessions');
      const signIn = (await fapi.signIn('enrol@example.com', DEMO_PASSWORD)).body.response;
      expect(signIn.supported_second_factors).toEqual([
        { strategy: 'phone_code', phone_number_id: id, safe_identifier: '+1********00' },
        { strategy: 'backup_code' },
      ]);
      await fapi.prepareSecondFactor(signIn.id, { strategy: 'phone_code', phone_number_id: id });
      const code = (await demoRow(server.origin, 'enrol@example.com'))!.lastSmsCode!;
      expect((await fapi.attemptSecondFactor(signIn.id, 'phone_code', code)).body.response.status).toBe('complete');
    });

    it('moves the default to another reserved number, which sign-in then offers first', async () => {
      const first = await addVerifiedPhone(fapi, sessionId, 'enrol@example.com', '+15555550100');
      const second = await addVerifiedPhone(fapi, sessionId, 'enrol@example.com', '+15555550101');
      await reserve(fapi, sessionId, first);
      const reservedSecond = await reserve(fapi, sessionId, second);
      expect(reservedSecond.body.response).toMatchObject({ default_second_factor: false, backup_codes: null });
      const { body } = await fapi.me('PATCH', `/me/phone_numbers/${second}`, sessionId, { default_second_factor: 'true' });
      expect(body.response.default_second_factor).toBe(true);
      expect(body.client.sessions[0].user.phone_numbers.map((phone: { default_second_factor: boolean }) => phone.default_second_factor)).toEqual([false, true]);

      await fapi.call('DELETE', '/client/sessions');
      const signIn = (await fapi.signIn('enrol@example.com', DEMO_PASSWORD)).body.response;
      expect(signIn.supported_second_factors.map((factor: { phone_number_id?: string }) => factor.phone_number_id)).toEqual([second, first, undefined]);
    });

    it('un-reserves the only SMS factor: MFA off, backup codes gone', async () => {
      const id = await addVerifiedPhone(fapi, sessionId, 'enrol@example.com', '+15555550100');
      await reserve(fapi, sessionId, id);
      const { status, body } = await reserve(fapi, sessionId, id, false);
      expect(status).toBe(200);
      expect(body.response).toMatchObject({ reserved_for_second_factor: false, default_second_factor: false });
      expect(body.client.sessions[0].user).toMatchObject({ two_factor_enabled: false, backup_code_enabled: false });
    });

    it('deletes a number: a deleted object, and sign-in no longer asks for SMS', async () => {
      const id = await addVerifiedPhone(fapi, sessionId, 'enrol@example.com', '+15555550100');
      await reserve(fapi, sessionId, id);
      const { status, body } = await fapi.me('DELETE', `/me/phone_numbers/${id}`, sessionId);
      expect(status).toBe(200);
      expect(body.response).toEqual({ object: 'phone_number', id, deleted: true });
      expect(body.client.sessions[0].user).toMatchObject({ phone_numbers: [], primary_phone_number_id: null, two_factor_enabled: false });
      await fapi.call('DELETE', '/client/sessions');
      expect((await fapi.signIn('enrol@example.com', DEMO_PASSWORD)).body.response.status).toBe('complete');
    });

    it('answers 404 for a number that is not this user\'s', async () => {
      const other = new FapiClient(server.origin, 'cookie', recorded, sdk);
      const otherSession = await signedIn(other, 'plain@example.com');
      const theirs = await addVerifiedPhone(other, otherSession, 'plain@example.com', '+15555550199');
      expect((await fapi.me('POST', `/me/phone_numbers/${theirs}/prepare_verification`, sessionId, { strategy: 'phone_code' })).status).toBe(404);
      expect((await reserve(fapi, sessionId, theirs)).status).toBe(404);
      expect((await fapi.me('DELETE', `/me/phone_numbers/${theirs}`, sessionId)).status).toBe(404);
    });
  });
});

describe('given no signed-in session', () => {
  it('answers the /me calls with 401 signed_out', async () => {
    const fapi = new FapiClient(server.origin, 'cookie', recorded);
    expect((await fapi.call('GET', '/me')).status).toBe(401);
    expect((await fapi.call('POST', '/me/totp')).body.errors[0].code).toBe('signed_out');
    expect((await fapi.call('POST', '/me/phone_numbers/', { phone_number: '+15555550100' })).status).toBe(401);
  });
});

describe.each<Sdk>(['core2', 'core3'])('given setup-mfa@example.com, whose instance requires MFA (%s)', (sdk) => {
  let fapi: FapiClient;
  let sessionId: string;

  beforeEach(async () => {
    fapi = new FapiClient(server.origin, 'cookie', recorded, sdk);
    sessionId = await signedIn(fapi, 'setup-mfa@example.com');
  });

  it('signs in to a pending session with the setup-mfa task', async () => {
    const { body } = await fapi.call('GET', '/client');
    expect(body.response.sessions[0]).toMatchObject({ id: sessionId, status: 'pending', tasks: [{ key: 'setup-mfa' }] });
    expect((await demoRow(server.origin, 'setup-mfa@example.com'))!.tasks).toEqual(['setup-mfa']);
  });

  it('resolves the task with a verified authenticator: active after the touch, and TOTP at the next sign-in', async () => {
    await fapi.call('POST', `/client/sessions/${sessionId}/touch`, { active_organization_id: '', intent: 'select_session' });
    const created = (await fapi.me('POST', '/me/totp', sessionId)).body;
    expect(created.client.sessions[0]).toMatchObject({ status: 'pending', tasks: [{ key: 'setup-mfa' }] });
    const { secret, verified } = await enrolTotp(fapi, sessionId);
    expect(verified.body.client.sessions[0]).toMatchObject({ id: sessionId, status: 'active', tasks: null });

    // What Clerk's <TaskSetupMFA/> does after showing the backup codes: setActive({ session }), a touch.
    const touched = await fapi.call('POST', `/client/sessions/${sessionId}/touch`, { active_organization_id: '', intent: 'select_session' });
    expect(touched.body.response).toMatchObject({ status: 'active', tasks: null });
    expect((await demoRow(server.origin, 'setup-mfa@example.com'))!.tasks).toBeUndefined();

    await fapi.call('DELETE', '/client/sessions');
    const signIn = (await fapi.signIn('setup-mfa@example.com', DEMO_PASSWORD)).body.response;
    expect(signIn.status).toBe('needs_second_factor');
    const done = await fapi.attemptSecondFactor(signIn.id, 'totp', totpCodeAt(secret, Date.now()));
    expect(done.body.client.sessions[0]).toMatchObject({ status: 'active', tasks: null });
  });

  it('resolves it with a reserved verified number, not with a verified one alone', async () => {
    const id = await addVerifiedPhone(fapi, sessionId, 'setup-mfa@example.com', '+15555550100');
    expect((await fapi.call('GET', '/client')).body.response.sessions[0].status).toBe('pending');
    const { body } = await reserve(fapi, sessionId, id);
    expect(body.response.backup_codes).toHaveLength(10);
    expect(body.client.sessions[0]).toMatchObject({ status: 'active', tasks: null });
  });
});
