import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, SEED_USERS } from '../../local/emulator/index.js';
import { totpCodeAt } from '../../local/emulator/domain/totp.js';
import { control, demoRow, FapiClient, startServer } from './helpers.js';

let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.emulator.reset());

describe('given the seed', () => {
  it('exports the twelve seeded users and their shared password', () => {
    expect(SEED_USERS.map((user) => user.email)).toEqual([
      'mfa@example.com', 'totp@example.com', 'sms@example.com', 'locked@example.com', 'plain@example.com',
      'email@example.com', 'trust@example.com', 'reset@example.com', 'forgot@example.com', 'forgot-mfa@example.com',
      'setup-mfa@example.com', 'enrol@example.com',
    ]);
    expect(SEED_USERS[0]!.backupCodes).toHaveLength(10);
    expect(DEMO_PASSWORD).toBe('demo-password-2026');
  });

  it('computes the current TOTP code from the fixed secret', () => {
    expect(server.emulator.currentTotp('mfa@example.com')).toBe(totpCodeAt(SEED_USERS[0]!.totpSecret!, Date.now()));
    expect(() => server.emulator.currentTotp('plain@example.com')).toThrow(/no authenticator app/);
  });

  it('lists demo rows with live codes, unused backup codes and lock state', async () => {
    const rows = (await control(server.origin, 'GET', '/demo')).body;
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatchObject({ email: 'mfa@example.com', password: DEMO_PASSWORD, locked: false, totpCode: expect.stringMatching(/^\d{6}$/), backupCodes: SEED_USERS[0]!.backupCodes });
    expect(rows[0].totpSecondsLeft).toBeGreaterThanOrEqual(1);
    expect(rows[0].totpSecondsLeft).toBeLessThanOrEqual(30);
    expect(rows.find((row: { email: string }) => row.email === 'locked@example.com')).toMatchObject({ locked: true });
    expect(rows.find((row: { email: string }) => row.email === 'plain@example.com')).not.toHaveProperty('totpCode');
    expect(rows.find((row: { email: string }) => row.email === 'reset@example.com')).toMatchObject({ tasks: ['reset-password'] });
  });
});

describe('given POST /__emulator/users', () => {
  it('creates a user with the factors asked for and returns its TOTP secret', async () => {
    const { status, body } = await control(server.origin, 'POST', '/users', { email: 'New@Example.com', totp: true, backupCodes: ['abc12345'], phone: '+15555550100' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ email: 'new@example.com', password: DEMO_PASSWORD, totpSecret: expect.stringMatching(/^[A-Z2-7]{32}$/), backupCodes: ['abc12345'], phone: '+15555550100', locked: false });

    const fapi = new FapiClient(server.origin);
    const signIn = (await fapi.signIn('new@example.com', DEMO_PASSWORD)).body.response;
    expect(signIn.supported_second_factors.map((factor: { strategy: string }) => factor.strategy)).toEqual(['totp', 'phone_code', 'backup_code']);
    const { body: done } = await fapi.attemptSecondFactor(signIn.id, 'totp', server.emulator.currentTotp('new@example.com'));
    expect(done.response.status).toBe('complete');
  });

  it('refuses a duplicate (409) and a malformed body (400)', async () => {
    expect((await control(server.origin, 'POST', '/users', { email: 'plain@example.com' })).status).toBe(409);
    expect((await control(server.origin, 'POST', '/users', { email: 'x@example.com', phone: '555' })).status).toBe(400);
  });
});

describe('given the request log', () => {
  it('records method (after _method), path (after /v1) and time of every FAPI call, and clears on DELETE', async () => {
    const fapi = await new FapiClient(server.origin, 'dev_browser').init();
    await fapi.call('PATCH', '/environment');
    await fapi.call('GET', '/client');
    const { body } = await control(server.origin, 'GET', '/requests');
    expect(body.map(({ method, path }: { method: string; path: string }) => `${method} ${path}`)).toEqual(['POST /dev_browser', 'PATCH /environment', 'GET /client']);
    expect(body[0].at).toBeGreaterThan(Date.now() - 10_000);
    await control(server.origin, 'DELETE', '/requests');
    expect((await control(server.origin, 'GET', '/requests')).body).toEqual([]);
  });
});

describe('given POST /__emulator/reset', () => {
  it('restores the seed and forgets clients, added users, faults and the log', async () => {
    const fapi = new FapiClient(server.origin);
    const signIn = (await fapi.signIn('mfa@example.com', DEMO_PASSWORD)).body.response;
    await fapi.attemptSecondFactor(signIn.id, 'backup_code', 'oxyo66dz');
    await control(server.origin, 'POST', '/users', { email: 'extra@example.com' });
    await control(server.origin, 'POST', '/faults', { path: '/nothing', kind: 'status' });
    for (let attempt = 0; attempt < 10; attempt++) await new FapiClient(server.origin).signIn('totp@example.com', 'wrong');

    expect((await control(server.origin, 'POST', '/reset')).body).toEqual({ ok: true });
    expect((await fapi.call('GET', '/client')).body.response).toBeNull();
    expect((await demoRow(server.origin, 'mfa@example.com'))?.backupCodes).toContain('oxyo66dz');
    expect((await demoRow(server.origin, 'totp@example.com'))?.locked).toBe(false);
    expect(await demoRow(server.origin, 'extra@example.com')).toBeUndefined();
    expect((await control(server.origin, 'GET', '/faults')).body).toEqual([]);
    expect((await control(server.origin, 'GET', '/requests')).body).toEqual([expect.objectContaining({ path: '/client' })]);
  });
});
