import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/emulator/index.js';
import { control, demoRow, FapiClient, startServer, startWithClock, type RecordedAnswer, type Sdk } from './helpers.js';
import { FapiSpec } from './openapi.js';

let server: Awaited<ReturnType<typeof startServer>>;
const spec = new FapiSpec(fileURLToPath(new URL('../../local/emulator/spec/clerk-fapi-2025-11-10.yml', import.meta.url)));
/** Every FAPI answer a test in this file receives; each is checked against the spec after the test. */
let recorded: RecordedAnswer[] = [];

const NEW_PASSWORD = 'correct-horse-battery-staple';

/** How clerk-js sends it: `signOutOfOtherSessions` defaults to true. */
const resetBody = (password: string, signOutOfOtherSessions = true) => ({ password, sign_out_of_other_sessions: String(signOutOfOtherSessions) });

/** `signIn.create({ identifier })`, then `resetPasswordEmailCode.sendCode()` with the factor's address id. */
async function sendResetCode(fapi: FapiClient, email: string) {
  const signIn = (await fapi.signIn(email)).body.response;
  const factor = signIn.supported_first_factors.find((candidate: { strategy: string }) => candidate.strategy === 'reset_password_email_code');
  const sent = await fapi.prepareFirstFactor(signIn.id, { strategy: 'reset_password_email_code', email_address_id: factor.email_address_id });
  return { signIn, sent, code: (await demoRow(server.origin, email))!.lastEmailCode! };
}

/** Up to `needs_new_password`: the code sent and verified. */
async function verifiedResetFor(fapi: FapiClient, email: string) {
  const { signIn, code } = await sendResetCode(fapi, email);
  const verified = await fapi.attemptFirstFactor(signIn.id, { strategy: 'reset_password_email_code', code });
  expect(verified.body.response.status).toBe('needs_new_password');
  return signIn.id as string;
}

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.emulator.reset();
  recorded = [];
});
afterEach(() => {
  for (const answer of recorded) {
    const { pair, errors } = spec.validate(answer.method, answer.path, answer.status, answer.body);
    // No schema for this status in the spec: an error answer must still be Clerk's error envelope.
    if (errors === null) expect(answer.status >= 400 && spec.clerkErrors()(answer.body), `${pair} has no schema and is no ClerkErrors envelope`).toBe(true);
    else expect(errors, pair).toEqual([]);
  }
});

describe.each<Sdk>(['core2', 'core3'])('given forgot@example.com, who forgot the password (%s)', (sdk) => {
  let fapi: FapiClient;

  beforeEach(() => {
    fapi = new FapiClient(server.origin, 'cookie', recorded, sdk);
  });

  it('answers the identifier alone with needs_first_factor, offering the password and a reset code by email', async () => {
    const { status, body } = await fapi.signIn('forgot@example.com');
    expect(status).toBe(200);
    expect(body.response).toMatchObject({ status: 'needs_first_factor', identifier: 'forgot@example.com', created_session_id: null });
    expect(body.response.supported_first_factors).toEqual([
      { strategy: 'password' },
      { strategy: 'reset_password_email_code', safe_identifier: 'f*****@example.com', email_address_id: expect.stringMatching(/^idn_/), primary: true },
    ]);
  });

  it('"sends" a code on prepare_first_factor, readable as lastEmailCode, with an unverified verification', async () => {
    const { sent, code } = await sendResetCode(fapi, 'forgot@example.com');
    expect(sent.status).toBe(200);
    expect(sent.body.response.first_factor_verification).toEqual({
      object: 'verification_otp', status: 'unverified', strategy: 'reset_password_email_code', attempts: 0, expire_at: expect.any(Number),
    });
    expect(sent.body.response.first_factor_verification.expire_at).toBeGreaterThan(Date.now());
    expect(code).toMatch(/^\d{6}$/);
  });

  it('answers a wrong code with 422 form_code_incorrect on param code, still at needs_first_factor', async () => {
    const { signIn } = await sendResetCode(fapi, 'forgot@example.com');
    const { status, body } = await fapi.attemptFirstFactor(signIn.id, { strategy: 'reset_password_email_code', code: '000000' });
    expect(status).toBe(422);
    expect(body.errors).toEqual([{ code: 'form_code_incorrect', message: expect.any(String), long_message: expect.any(String), meta: { param_name: 'code' } }]);
    expect(body.meta.client.sign_in).toMatchObject({ status: 'needs_first_factor', first_factor_verification: { attempts: 1, status: 'unverified' } });
  });

  it('answers the right code with needs_new_password and a verified first factor', async () => {
    const { signIn, code } = await sendResetCode(fapi, 'forgot@example.com');
    const { status, body } = await fapi.attemptFirstFactor(signIn.id, { strategy: 'reset_password_email_code', code });
    expect(status).toBe(200);
    expect(body.response).toMatchObject({
      status: 'needs_new_password',
      first_factor_verification: { status: 'verified', strategy: 'reset_password_email_code' },
      created_session_id: null,
    });
    expect(body.client.sessions).toEqual([]);
  });

  it.each([
    ['too short', 'form_password_length_too_short', 'short1'],
    ['found in a breach', 'form_password_pwned', 'Password123'],
    ['too weak', 'form_password_not_strong_enough', 'aaaabbbb'],
    ['missing', 'form_param_missing', ''],
  ])('answers a new password that is %s with 422 %s on param password, still at needs_new_password', async (_case, code, password) => {
    const signInId = await verifiedResetFor(fapi, 'forgot@example.com');
    const { status, body } = await fapi.resetPassword(signInId, resetBody(password));
    expect(status).toBe(422);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ code, meta: { param_name: 'password' } });
    expect(body.meta.client.sign_in.status).toBe('needs_new_password');
    expect((await demoRow(server.origin, 'forgot@example.com'))?.password).toBe(DEMO_PASSWORD);
  });

  it('completes with a session on a good new password; then only the new password signs in', async () => {
    const signInId = await verifiedResetFor(fapi, 'forgot@example.com');
    const { status, body } = await fapi.resetPassword(signInId, resetBody(NEW_PASSWORD));
    expect(status).toBe(200);
    expect(body.response).toMatchObject({ status: 'complete', created_session_id: expect.stringMatching(/^sess_/) });
    const [session] = body.client.sessions;
    expect(session).toMatchObject({ id: body.response.created_session_id, status: 'active', tasks: null, last_active_token: { object: 'token' } });
    expect(session.user).toMatchObject({ password_last_updated_at: expect.any(Number) });
    expect(session.user.email_addresses[0].id).toBe(body.response.supported_first_factors[1].email_address_id);
    expect(body.client.last_active_session_id).toBe(session.id);

    await fapi.call('DELETE', '/client/sessions');
    const old = await fapi.signIn('forgot@example.com', DEMO_PASSWORD);
    expect(old.body.errors[0]).toMatchObject({ code: 'form_password_incorrect', meta: { param_name: 'password' } });
    expect((await fapi.signIn('forgot@example.com', NEW_PASSWORD)).body.response.status).toBe('complete');
  });
});

describe('given forgot-mfa@example.com, with an authenticator app', () => {
  it('asks for the second factor after the new password, and completes with the authenticator code', async () => {
    const fapi = new FapiClient(server.origin, 'cookie', recorded);
    const signInId = await verifiedResetFor(fapi, 'forgot-mfa@example.com');
    const reset = await fapi.resetPassword(signInId, resetBody(NEW_PASSWORD));
    expect(reset.body.response).toMatchObject({ status: 'needs_second_factor', supported_second_factors: [{ strategy: 'totp' }], created_session_id: null });
    expect(reset.body.client.sessions).toEqual([]);

    const { body } = await fapi.attemptSecondFactor(signInId, 'totp', server.emulator.currentTotp('forgot-mfa@example.com'));
    expect(body.response.status).toBe('complete');
    expect(body.client.sessions[0]).toMatchObject({ id: body.response.created_session_id, status: 'active' });
    expect((await demoRow(server.origin, 'forgot-mfa@example.com'))?.password).toBe(NEW_PASSWORD);
  });
});

describe('given a step taken out of order', () => {
  let fapi: FapiClient;

  beforeEach(() => {
    fapi = new FapiClient(server.origin, 'cookie', recorded);
  });

  it('refuses a code before any was sent with 422 verification_missing', async () => {
    const signIn = (await fapi.signIn('forgot@example.com')).body.response;
    const { status, body } = await fapi.attemptFirstFactor(signIn.id, { strategy: 'reset_password_email_code', code: '123456' });
    expect(status).toBe(422);
    expect(body.errors[0].code).toBe('verification_missing');
  });

  it('refuses reset_password before the code is verified with 400 sign_in_status_invalid, changing nothing', async () => {
    const { signIn } = await sendResetCode(fapi, 'forgot@example.com');
    const { status, body } = await fapi.resetPassword(signIn.id, resetBody(NEW_PASSWORD));
    expect(status).toBe(400);
    expect(body.errors[0].code).toBe('sign_in_status_invalid');
    expect(body.meta.client.sign_in.status).toBe('needs_first_factor');
    expect((await demoRow(server.origin, 'forgot@example.com'))?.password).toBe(DEMO_PASSWORD);
  });

  it('refuses a second reset_password once the sign-in is complete', async () => {
    const signInId = await verifiedResetFor(fapi, 'forgot@example.com');
    await fapi.resetPassword(signInId, resetBody(NEW_PASSWORD));
    const again = await fapi.resetPassword(signInId, resetBody('another-new-password'));
    expect(again.status).toBe(400);
    expect(again.body.errors[0].code).toBe('verification_already_verified');
  });

  it('takes a code once: after it was verified, it is no longer valid', async () => {
    const { signIn, code } = await sendResetCode(fapi, 'forgot@example.com');
    await fapi.attemptFirstFactor(signIn.id, { strategy: 'reset_password_email_code', code });
    const again = await fapi.attemptFirstFactor(signIn.id, { strategy: 'reset_password_email_code', code });
    expect(again.status).toBe(400);
    expect(again.body.errors[0].code).toBe('sign_in_status_invalid');
  });
});

describe('given a wrong address or strategy', () => {
  it('refuses another email_address_id, and a first factor with nothing to send', async () => {
    const fapi = new FapiClient(server.origin, 'cookie', recorded);
    const signIn = (await fapi.signIn('forgot@example.com')).body.response;
    const wrongAddress = await fapi.prepareFirstFactor(signIn.id, { strategy: 'reset_password_email_code', email_address_id: 'idn_other' });
    expect(wrongAddress.status).toBe(422);
    expect(wrongAddress.body.errors[0]).toMatchObject({ code: 'form_param_value_invalid', meta: { param_name: 'email_address_id' } });
    expect((await fapi.prepareFirstFactor(signIn.id, { strategy: 'password' })).body.errors[0].code).toBe('strategy_for_user_invalid');
    expect((await fapi.prepareFirstFactor(signIn.id, { strategy: 'reset_password_phone_code' })).body.errors[0].code).toBe('strategy_for_user_invalid');
    expect((await demoRow(server.origin, 'forgot@example.com'))?.lastEmailCode).toBeUndefined();
  });

  it('answers an unknown identifier with 422 form_identifier_not_found', async () => {
    const { status, body } = await new FapiClient(server.origin, 'cookie', recorded).signIn('nobody@example.com');
    expect(status).toBe(422);
    expect(body.errors[0]).toMatchObject({ code: 'form_identifier_not_found', meta: { param_name: 'identifier' } });
  });
});

describe('given repeated wrong codes', () => {
  it('counts them towards the lockout: the tenth answers 403 user_locked, and the right code no longer helps', async () => {
    const fapi = new FapiClient(server.origin, 'cookie', recorded);
    const { signIn, code } = await sendResetCode(fapi, 'forgot@example.com');
    // Codes are random: pick a wrong one whatever the right one is.
    const wrong = code === '000000' ? '111111' : '000000';
    const statuses = [];
    for (let attempt = 0; attempt < 10; attempt++) statuses.push((await fapi.attemptFirstFactor(signIn.id, { strategy: 'reset_password_email_code', code: wrong })).status);
    expect(statuses).toEqual([422, 422, 422, 422, 422, 422, 422, 422, 422, 403]);
    const right = await fapi.attemptFirstFactor(signIn.id, { strategy: 'reset_password_email_code', code });
    expect(right.body.errors[0].code).toBe('user_locked');
  });

  it('refuses a locked user a code with 403 user_locked', async () => {
    const fapi = new FapiClient(server.origin, 'cookie', recorded);
    const signIn = (await fapi.signIn('locked@example.com')).body.response;
    const emailAddressId = signIn.supported_first_factors[1].email_address_id;
    const { status, body } = await fapi.prepareFirstFactor(signIn.id, { strategy: 'reset_password_email_code', email_address_id: emailAddressId });
    expect(status).toBe(403);
    expect(body.errors[0].code).toBe('user_locked');
  });
});

describe('given a second send', () => {
  it('makes a new code with a new expiry, and the verification starts over', async () => {
    const { clock, origin, close } = await startWithClock();
    try {
      const fapi = new FapiClient(origin, 'cookie', recorded);
      const signIn = (await fapi.signIn('forgot@example.com')).body.response;
      const send = { strategy: 'reset_password_email_code', email_address_id: signIn.supported_first_factors[1].email_address_id };
      const first = (await fapi.prepareFirstFactor(signIn.id, send)).body.response.first_factor_verification;
      await fapi.attemptFirstFactor(signIn.id, { strategy: 'reset_password_email_code', code: 'abcdef' });
      clock.now += 60_000;
      const second = (await fapi.prepareFirstFactor(signIn.id, send)).body.response.first_factor_verification;
      expect(second.expire_at).toBe(first.expire_at + 60_000);
      expect(second.attempts).toBe(0);

      const code = (await demoRow(origin, 'forgot@example.com'))!.lastEmailCode!;
      expect((await fapi.attemptFirstFactor(signIn.id, { strategy: 'reset_password_email_code', code })).body.response.status).toBe('needs_new_password');
    } finally {
      await close();
    }
  });

  it('refuses a code once it has expired, with 422 verification_expired', async () => {
    const { clock, origin, close } = await startWithClock();
    try {
      const fapi = new FapiClient(origin, 'cookie', recorded);
      const signIn = (await fapi.signIn('forgot@example.com')).body.response;
      await fapi.prepareFirstFactor(signIn.id, { strategy: 'reset_password_email_code', email_address_id: signIn.supported_first_factors[1].email_address_id });
      clock.now += 11 * 60_000;
      const { status, body } = await fapi.attemptFirstFactor(signIn.id, { strategy: 'reset_password_email_code', code: '123456' });
      expect(status).toBe(422);
      expect(body.errors[0].code).toBe('verification_expired');
    } finally {
      await close();
    }
  });
});

describe('given sign_out_of_other_sessions', () => {
  it.each([
    [true, 0],
    [false, 1],
  ])('with %s, leaves the user %i sessions on another client', async (signOut, left) => {
    const phone = new FapiClient(server.origin, 'cookie', recorded);
    expect((await phone.signIn('forgot@example.com', DEMO_PASSWORD)).body.response.status).toBe('complete');
    const laptop = new FapiClient(server.origin, 'cookie', recorded);
    const signInId = await verifiedResetFor(laptop, 'forgot@example.com');
    expect((await laptop.resetPassword(signInId, resetBody(NEW_PASSWORD, signOut))).body.response.status).toBe('complete');
    expect((await phone.call('GET', '/client')).body.response.sessions).toHaveLength(left);
    expect((await laptop.call('GET', '/client')).body.response.sessions).toHaveLength(1);
  });
});

describe('given Client Trust on (trust@example.com) and a new client', () => {
  it('completes after the reset without asking for a Client Trust code: the reset code proved the inbox', async () => {
    const fapi = new FapiClient(server.origin, 'cookie', recorded, 'core3');
    const signInId = await verifiedResetFor(fapi, 'trust@example.com');
    const { body } = await fapi.resetPassword(signInId, resetBody(NEW_PASSWORD));
    expect(body.response).toMatchObject({ status: 'complete', client_trust_state: 'known' });
  });
});

describe('given the reset-password session task (reset@example.com)', () => {
  it('starts an active session after a forgotten-password reset: the new password resolves the task', async () => {
    const fapi = new FapiClient(server.origin, 'cookie', recorded, 'core3');
    const signInId = await verifiedResetFor(fapi, 'reset@example.com');
    const { body } = await fapi.resetPassword(signInId, resetBody(NEW_PASSWORD));
    expect(body.client.sessions[0]).toMatchObject({ status: 'active', tasks: null });
    expect((await demoRow(server.origin, 'reset@example.com'))?.tasks).toBeUndefined();
  });
});

describe('given a reset of the emulator', () => {
  it('restores the seeded password', async () => {
    const fapi = new FapiClient(server.origin, 'cookie', recorded);
    const signInId = await verifiedResetFor(fapi, 'forgot@example.com');
    await fapi.resetPassword(signInId, resetBody(NEW_PASSWORD));
    await control(server.origin, 'POST', '/reset');
    const fresh = new FapiClient(server.origin, 'cookie', recorded);
    expect((await fresh.signIn('forgot@example.com', DEMO_PASSWORD)).body.response.status).toBe('complete');
  });
});

describe('given a fault on reset_password', () => {
  it('answers the fault instead, and carries nothing out', async () => {
    const fapi = new FapiClient(server.origin, 'cookie', recorded);
    const signInId = await verifiedResetFor(fapi, 'forgot@example.com');
    await control(server.origin, 'POST', '/faults', { path: '/reset_password', kind: 'rate_limit', retryAfter: 3, times: 1 });
    const limited = await fapi.resetPassword(signInId, resetBody(NEW_PASSWORD));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect((await demoRow(server.origin, 'forgot@example.com'))?.password).toBe(DEMO_PASSWORD);
    expect((await fapi.resetPassword(signInId, resetBody(NEW_PASSWORD))).body.response.status).toBe('complete');
  });
});
