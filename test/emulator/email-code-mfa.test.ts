import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/emulator/index.js';
import { control, demoRow, FapiClient, startServer } from './helpers.js';

let server: Awaited<ReturnType<typeof startServer>>;
let fapi: FapiClient;

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.emulator.reset();
  // clerk-js 6 is the generation with `signIn.mfa.sendEmailCode()` / `verifyEmailCode()`.
  fapi = new FapiClient(server.origin, 'cookie', undefined, 'core3');
});

describe('given a user with an email code as second factor (email@example.com)', () => {
  it('answers the right password with needs_second_factor, listing email_code with its address id', async () => {
    const { body } = await fapi.signIn('email@example.com', DEMO_PASSWORD);
    expect(body.response.status).toBe('needs_second_factor');
    expect(body.response.supported_second_factors).toEqual([
      { strategy: 'email_code', email_address_id: expect.stringMatching(/^idn_/), safe_identifier: 'e****@example.com' },
    ]);
    expect(body.client.sessions).toEqual([]);
  });

  it('"sends" a code on prepare, readable as lastEmailCode, and completes with it', async () => {
    const signIn = (await fapi.signIn('email@example.com', DEMO_PASSWORD)).body.response;
    const prepared = await fapi.prepareSecondFactor(signIn.id, { strategy: 'email_code', email_address_id: signIn.supported_second_factors[0].email_address_id });
    expect(prepared.body.response.second_factor_verification).toMatchObject({ object: 'verification_otp', strategy: 'email_code', status: 'unverified' });

    const code = (await demoRow(server.origin, 'email@example.com'))?.lastEmailCode;
    expect(code).toMatch(/^\d{6}$/);
    const { body } = await fapi.attemptSecondFactor(signIn.id, 'email_code', code!);
    expect(body.response.status).toBe('complete');
    expect(body.client.sessions[0].factor_verification_age[1]).toBe(0);
  });

  it('accepts only the latest code sent, and a code only once', async () => {
    const signIn = (await fapi.signIn('email@example.com', DEMO_PASSWORD)).body.response;
    await fapi.prepareSecondFactor(signIn.id, { strategy: 'email_code' });
    const first = (await demoRow(server.origin, 'email@example.com'))!.lastEmailCode!;
    let second = first;
    // Two random codes may coincide; resend until they differ.
    while (second === first) {
      await fapi.prepareSecondFactor(signIn.id, { strategy: 'email_code' });
      second = (await demoRow(server.origin, 'email@example.com'))!.lastEmailCode!;
    }
    expect((await fapi.attemptSecondFactor(signIn.id, 'email_code', first)).body.errors[0].code).toBe('form_code_incorrect');
    expect((await fapi.attemptSecondFactor(signIn.id, 'email_code', second)).body.response.status).toBe('complete');
    expect((await fapi.attemptSecondFactor(signIn.id, 'email_code', second)).body.errors[0].code).toBe('verification_already_verified');
  });

  it('answers a wrong code with 422 form_code_incorrect on param code', async () => {
    const signIn = (await fapi.signIn('email@example.com', DEMO_PASSWORD)).body.response;
    await fapi.prepareSecondFactor(signIn.id, { strategy: 'email_code' });
    const { status, body } = await fapi.attemptSecondFactor(signIn.id, 'email_code', '000000');
    expect(status).toBe(422);
    expect(body.errors[0]).toMatchObject({ code: 'form_code_incorrect', meta: { param_name: 'code' } });
    expect(body.meta.client.sign_in.status).toBe('needs_second_factor');
  });

  it('refuses an SMS code, which this user does not have', async () => {
    const signIn = (await fapi.signIn('email@example.com', DEMO_PASSWORD)).body.response;
    expect((await fapi.prepareSecondFactor(signIn.id, { strategy: 'phone_code' })).body.errors[0].code).toBe('strategy_for_user_invalid');
  });
});

describe('given emailCodeMfa through the control surface', () => {
  it('lists email_code between SMS and backup codes', async () => {
    await control(server.origin, 'POST', '/users', { email: 'all@example.com', totp: true, phone: '+15555550111', emailCodeMfa: true, backupCodes: ['abcd1234'] });
    const signIn = (await fapi.signIn('all@example.com', DEMO_PASSWORD)).body.response;
    expect(signIn.supported_second_factors.map((factor: { strategy: string }) => factor.strategy)).toEqual(['totp', 'phone_code', 'email_code', 'backup_code']);
  });
});
