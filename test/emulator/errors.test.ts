import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/emulator/index.js';
import { describeWait } from '../../local/emulator/domain/wait-words.js';
import { control, FapiClient, startServer, startWithClock } from './helpers.js';

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

describe('given a wrong field', () => {
  it('answers a wrong password with 422 form_password_incorrect on param password, keeping the sign-in in meta.client', async () => {
    const { status, body } = await fapi.signIn('mfa@example.com', 'wrong');
    expect(status).toBe(422);
    expect(body.errors).toEqual([{ code: 'form_password_incorrect', message: expect.any(String), long_message: expect.any(String), meta: { param_name: 'password' } }]);
    expect(body.meta.client.sign_in).toMatchObject({ status: 'needs_first_factor', identifier: 'mfa@example.com' });
  });

  it('answers an unknown email with 422 form_identifier_not_found on param identifier', async () => {
    const { status, body } = await fapi.signIn('nobody@example.com', DEMO_PASSWORD);
    expect(status).toBe(422);
    expect(body.errors[0]).toMatchObject({ code: 'form_identifier_not_found', meta: { param_name: 'identifier' } });
  });

  it('answers a password without an identifier with 422 form_param_missing', async () => {
    const { status, body } = await fapi.call('POST', '/client/sign_ins', { password: DEMO_PASSWORD });
    expect(status).toBe(422);
    expect(body.errors[0]).toMatchObject({ code: 'form_param_missing', meta: { param_name: 'identifier' } });
  });

  it.each([
    ['totp', '000000'],
    ['backup_code', 'notacode'],
    ['phone_code', '000000'],
  ])('answers a wrong %s with 422 form_code_incorrect on param code', async (strategy, code) => {
    const signIn = (await fapi.signIn('mfa@example.com', DEMO_PASSWORD)).body.response;
    if (strategy === 'phone_code') {
      await fapi.call('POST', `/client/sign_ins/${signIn.id}/prepare_second_factor`, { strategy, phone_number_id: signIn.supported_second_factors[1].phone_number_id });
    }
    const { status, body } = await fapi.attemptSecondFactor(signIn.id, strategy, code);
    expect(status).toBe(422);
    expect(body.errors[0]).toMatchObject({ code: 'form_code_incorrect', meta: { param_name: 'code' } });
    expect(body.meta.client.sign_in.status).toBe('needs_second_factor');
  });

  it('answers an empty code with 422 form_param_missing on param code', async () => {
    const signIn = (await fapi.signIn('totp@example.com', DEMO_PASSWORD)).body.response;
    const { status, body } = await fapi.attemptSecondFactor(signIn.id, 'totp', '');
    expect(status).toBe(422);
    expect(body.errors[0]).toMatchObject({ code: 'form_param_missing', meta: { param_name: 'code' } });
  });
});

describe('given repeated failures', () => {
  it('locks the user on the 10th wrong password, and refuses even the right one afterwards', async () => {
    for (let attempt = 1; attempt <= 9; attempt++) expect((await fapi.signIn('plain@example.com', `wrong-${attempt}`)).status).toBe(422);
    const tenth = await fapi.signIn('plain@example.com', 'wrong-10');
    expect(tenth.status).toBe(403);
    expect(tenth.body.errors[0]).toMatchObject({ code: 'user_locked', meta: { lockout_expires_in_seconds: 3600 } });
    expect(tenth.body.errors[0].long_message).toBe('Your account is locked. You will be able to try again in 1 hour.');

    const right = await fapi.signIn('plain@example.com', DEMO_PASSWORD);
    expect(right.status).toBe(403);
    expect(right.body.errors[0].code).toBe('user_locked');
  });

  it('counts wrong codes too', async () => {
    const signIn = (await fapi.signIn('totp@example.com', DEMO_PASSWORD)).body.response;
    const statuses = [];
    for (let attempt = 0; attempt < 10; attempt++) statuses.push((await fapi.attemptSecondFactor(signIn.id, 'totp', '000000')).status);
    expect(statuses).toEqual([422, 422, 422, 422, 422, 422, 422, 422, 422, 403]);
  });
});

describe('given a locked user', () => {
  it('answers 403 user_locked without param_name, stating the wait in words', async () => {
    const { status, body } = await fapi.signIn('locked@example.com', DEMO_PASSWORD);
    expect(status).toBe(403);
    const [error] = body.errors;
    expect(error.code).toBe('user_locked');
    expect(error.meta.param_name).toBeUndefined();
    expect(error.long_message).toMatch(/^Your account is locked\. You will be able to try again in (59 minutes|1 hour)\.$/);
    expect(error.meta.lockout_expires_in_seconds).toBeGreaterThan(3590);
  });

  it('says so in words when the lock never expires', async () => {
    await control(server.origin, 'POST', '/users', { email: 'frozen@example.com', locked: { expiresInSeconds: null } });
    const { body } = await fapi.signIn('frozen@example.com', DEMO_PASSWORD);
    expect(body.errors[0].long_message).toMatch(/does not expire/);
    expect(body.errors[0].meta.lockout_expires_in_seconds).toBeNull();
  });

  it('lets the user in once the hour has passed', async () => {
    const { clock, origin, close } = await startWithClock();
    try {
      const client = new FapiClient(origin);
      clock.now += 59 * 60 * 1000;
      expect((await client.signIn('locked@example.com', DEMO_PASSWORD)).body.errors[0].long_message).toMatch(/in 1 minute\.$/);
      clock.now += 61 * 1000;
      expect((await client.signIn('locked@example.com', DEMO_PASSWORD)).body.response.status).toBe('complete');
    } finally {
      await close();
    }
  });
});

describe('describeWait', () => {
  it.each([
    [1, '1 second'],
    [45, '45 seconds'],
    [60, '1 minute'],
    [3599, '59 minutes'],
    [3600, '1 hour'],
    [5400, '1 hour and 30 minutes'],
    [7200, '2 hours'],
  ])('puts %i s as "%s"', (seconds, words) => {
    expect(describeWait(seconds)).toBe(words);
  });
});
