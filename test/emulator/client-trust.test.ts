import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/emulator/index.js';
import { control, demoRow, FapiClient, startServer, type Sdk } from './helpers.js';

let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.emulator.reset());

/** The Client Trust step as either SDK drives it: prepare (`mfa.sendEmailCode()`), then attempt. */
async function confirmByEmail(fapi: FapiClient, signIn: { id: string; supported_second_factors: Array<{ email_address_id?: string }> }) {
  const emailAddressId = signIn.supported_second_factors[0]!.email_address_id!;
  const prepared = await fapi.prepareSecondFactor(signIn.id, { strategy: 'email_code', email_address_id: emailAddressId });
  expect(prepared.status).toBe(200);
  const code = (await demoRow(fapi.origin, 'trust@example.com'))?.lastEmailCode;
  expect(code).toMatch(/^\d{6}$/);
  return fapi.attemptSecondFactor(signIn.id, 'email_code', code!);
}

describe.each<Sdk>(['core2', 'core3'])('given trust@example.com on a client it never signed in on (%s)', (sdk) => {
  it('answers the right password with needs_client_trust, offering an email code to the masked address', async () => {
    const fapi = new FapiClient(server.origin, 'cookie', undefined, sdk);
    const { status, body } = await fapi.signIn('trust@example.com', DEMO_PASSWORD);
    expect(status).toBe(200);
    expect(body.response).toMatchObject({ status: 'needs_client_trust', created_session_id: null, client_trust_state: 'new' });
    expect(body.response.supported_second_factors).toEqual([
      { strategy: 'email_code', email_address_id: expect.stringMatching(/^idn_/), safe_identifier: 't****@example.com' },
    ]);
    expect(body.client.sessions).toEqual([]);
  });

  it('"sends" a code on prepare_second_factor and completes the sign-in with it', async () => {
    const fapi = new FapiClient(server.origin, 'cookie', undefined, sdk);
    const signIn = (await fapi.signIn('trust@example.com', DEMO_PASSWORD)).body.response;
    const { status, body } = await confirmByEmail(fapi, signIn);
    expect(status).toBe(200);
    expect(body.response).toMatchObject({ status: 'complete', created_session_id: expect.stringMatching(/^sess_/) });
    expect(body.client.sessions[0]).toMatchObject({ id: body.response.created_session_id, status: 'active' });
  });
});

describe('given a client that completed a sign-in for trust@example.com', () => {
  it('skips Client Trust on that client from then on, but not on another client', async () => {
    const trusted = new FapiClient(server.origin);
    await confirmByEmail(trusted, (await trusted.signIn('trust@example.com', DEMO_PASSWORD)).body.response);
    await trusted.call('DELETE', '/client/sessions');

    const again = await trusted.signIn('trust@example.com', DEMO_PASSWORD);
    expect(again.body.response).toMatchObject({ status: 'complete', client_trust_state: 'known' });

    const stranger = new FapiClient(server.origin);
    expect((await stranger.signIn('trust@example.com', DEMO_PASSWORD)).body.response.status).toBe('needs_client_trust');
  });

  it('forgets the trust on reset', async () => {
    const fapi = new FapiClient(server.origin);
    await confirmByEmail(fapi, (await fapi.signIn('trust@example.com', DEMO_PASSWORD)).body.response);
    server.emulator.reset();
    expect((await fapi.signIn('trust@example.com', DEMO_PASSWORD)).body.response.status).toBe('needs_client_trust');
  });
});

describe('given a wrong or missing Client Trust code', () => {
  it('answers a wrong code with 422 form_code_incorrect on param code and stays at needs_client_trust', async () => {
    const fapi = new FapiClient(server.origin);
    const signIn = (await fapi.signIn('trust@example.com', DEMO_PASSWORD)).body.response;
    await fapi.prepareSecondFactor(signIn.id, { strategy: 'email_code' });
    const { status, body } = await fapi.attemptSecondFactor(signIn.id, 'email_code', '000000');
    expect(status).toBe(422);
    expect(body.errors[0]).toMatchObject({ code: 'form_code_incorrect', meta: { param_name: 'code' } });
    expect(body.meta.client.sign_in.status).toBe('needs_client_trust');
  });

  it('counts wrong codes towards the lockout', async () => {
    const fapi = new FapiClient(server.origin);
    const signIn = (await fapi.signIn('trust@example.com', DEMO_PASSWORD)).body.response;
    await fapi.prepareSecondFactor(signIn.id, { strategy: 'email_code' });
    const statuses = [];
    for (let attempt = 0; attempt < 10; attempt++) statuses.push((await fapi.attemptSecondFactor(signIn.id, 'email_code', '000000')).status);
    expect(statuses).toEqual([422, 422, 422, 422, 422, 422, 422, 422, 422, 403]);
    expect((await demoRow(server.origin, 'trust@example.com'))?.locked).toBe(true);
  });

  it('refuses an attempt before any code was sent, and a strategy that cannot prove the device', async () => {
    const fapi = new FapiClient(server.origin);
    const signIn = (await fapi.signIn('trust@example.com', DEMO_PASSWORD)).body.response;
    expect((await fapi.attemptSecondFactor(signIn.id, 'email_code', '123456')).body.errors[0].code).toBe('verification_missing');
    expect((await fapi.attemptSecondFactor(signIn.id, 'totp', '123456')).body.errors[0].code).toBe('strategy_for_user_invalid');
    expect((await fapi.prepareSecondFactor(signIn.id, { strategy: 'phone_code' })).body.errors[0].code).toBe('strategy_for_user_invalid');
    const wrongAddress = await fapi.prepareSecondFactor(signIn.id, { strategy: 'email_code', email_address_id: 'idn_other' });
    expect(wrongAddress.body.errors[0]).toMatchObject({ code: 'form_param_value_invalid', meta: { param_name: 'email_address_id' } });
  });
});

describe('given Client Trust switched on through the control surface', () => {
  it('asks a user without MFA for an email code on a new client', async () => {
    const created = await control(server.origin, 'POST', '/users', { email: 'new-trust@example.com', clientTrust: true });
    expect(created.body.clientTrust).toBe(true);
    const signIn = (await new FapiClient(server.origin).signIn('new-trust@example.com', DEMO_PASSWORD)).body.response;
    expect(signIn.status).toBe('needs_client_trust');
    expect(signIn.supported_second_factors).toEqual([{ strategy: 'email_code', email_address_id: created.body.emailAddressId, safe_identifier: 'n********@example.com' }]);
  });

  it.each([
    [{ totp: true }, ['totp']],
    [{ phone: '+15555550190' }, ['phone_code']],
  ])('lets MFA win over Client Trust (%j)', async (factors, strategies) => {
    await control(server.origin, 'POST', '/users', { email: 'both@example.com', clientTrust: true, ...factors });
    const signIn = (await new FapiClient(server.origin).signIn('both@example.com', DEMO_PASSWORD)).body.response;
    expect(signIn.status).toBe('needs_second_factor');
    expect(signIn.supported_second_factors.map((factor: { strategy: string }) => factor.strategy)).toEqual(strategies);
  });
});

describe('given plain@example.com (Client Trust off)', () => {
  it('signs in with the password alone on any new client', async () => {
    for (const fapi of [new FapiClient(server.origin), new FapiClient(server.origin)]) {
      expect((await fapi.signIn('plain@example.com', DEMO_PASSWORD)).body.response).toMatchObject({ status: 'complete', client_trust_state: 'known' });
    }
  });
});
