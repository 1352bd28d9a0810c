import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/emulator/index.js';
import { control, FapiClient, startServer } from './helpers.js';

let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.emulator.reset());

describe('given clerk-js 6 (Core 3: __clerk_api_version=2026-08-20)', () => {
  it('accepts the version and the timezone in the sign-in body, and logs the version', async () => {
    const fapi = await new FapiClient(server.origin, 'dev_browser', undefined, 'core3').init();
    await fapi.call('PATCH', '/environment');
    const { status, body } = await fapi.signIn('totp@example.com', DEMO_PASSWORD);
    expect(status).toBe(200);
    expect(body.response.status).toBe('needs_second_factor');
    const log = (await control(server.origin, 'GET', '/requests')).body;
    expect(log.map((entry: { apiVersion: string }) => entry.apiVersion)).toEqual(['2026-08-20', '2026-08-20', '2026-08-20']);
  });

  it('finalizes without reloading the client: attempt, then touch and token straight away', async () => {
    const fapi = new FapiClient(server.origin, 'cookie', undefined, 'core3');
    const signIn = (await fapi.signIn('totp@example.com', DEMO_PASSWORD)).body.response;
    const done = (await fapi.attemptSecondFactor(signIn.id, 'totp', server.emulator.currentTotp('totp@example.com'))).body;
    // clerk-js 6 skips `GET /client` when the created session is already in the answer's client.
    expect(done.client.sessions.map((session: { id: string }) => session.id)).toContain(done.response.created_session_id);
    const touched = await fapi.call('POST', `/client/sessions/${done.response.created_session_id}/touch`, { active_organization_id: '', intent: 'select_session' });
    expect(touched.body.response.status).toBe('active');
    expect((await fapi.call('POST', `/client/sessions/${done.response.created_session_id}/tokens`, { organization_id: '' })).status).toBe(200);
    const paths = (await control(server.origin, 'GET', '/requests')).body.map((entry: { method: string; path: string }) => `${entry.method} ${entry.path}`);
    expect(paths).not.toContain('GET /client');
  });
});

describe('given another __clerk_api_version', () => {
  it('serves calls without one as 2025-11-10', async () => {
    const response = await fetch(`${server.origin}/__clerk/v1/environment`);
    expect(response.status).toBe(200);
  });

  it('refuses a version it does not know with a Clerk-shaped 400, so an SDK upgrade is noticed', async () => {
    const { status, body } = await new FapiClient(server.origin).call('GET', '/client?__clerk_api_version=2099-01-01');
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ code: 'api_version_unsupported', meta: { param_name: '__clerk_api_version' } });
    expect(body.errors[0].long_message).toContain('2025-11-10, 2026-05-12, 2026-08-20');
  });
});
