import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/emulator/index.js';
import { control, demoRow, FapiClient, startServer, type Sdk } from './helpers.js';

let server: Awaited<ReturnType<typeof startServer>>;

const NEW_PASSWORD = 'correct-horse-battery-staple';

function claimsOf(jwt: string) {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8'));
}

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.emulator.reset());

describe.each<Sdk>(['core2', 'core3'])('given reset@example.com signing in (%s)', (sdk) => {
  let fapi: FapiClient;
  let sessionId: string;

  beforeEach(async () => {
    fapi = new FapiClient(server.origin, 'cookie', undefined, sdk);
    const { body } = await fapi.signIn('reset@example.com', DEMO_PASSWORD);
    expect(body.response.status).toBe('complete');
    sessionId = body.response.created_session_id;
  });

  it('creates a pending session with the reset-password task, listed in the client with a token', async () => {
    const { body } = await fapi.call('GET', '/client');
    const [session] = body.response.sessions;
    expect(session).toMatchObject({ id: sessionId, status: 'pending', tasks: [{ key: 'reset-password' }] });
    expect(claimsOf(session.last_active_token.jwt)).toMatchObject({ sid: sessionId, sts: 'pending' });
    expect(body.response.last_active_session_id).toBe(sessionId);
  });

  it('lets finalize touch the pending session and mint its token, still pending', async () => {
    const touched = await fapi.call('POST', `/client/sessions/${sessionId}/touch`, { active_organization_id: '', intent: 'select_session' });
    expect(touched.body.response).toMatchObject({ status: 'pending', tasks: [{ key: 'reset-password' }] });
    const token = await fapi.call('POST', `/client/sessions/${sessionId}/tokens`, { organization_id: '' });
    expect(claimsOf(token.body.jwt).sts).toBe('pending');
  });

  it('refuses a second sign-in while the pending session lasts (single-session mode)', async () => {
    expect((await fapi.signIn('plain@example.com', DEMO_PASSWORD)).body.errors[0].code).toBe('session_exists');
  });

  it.each([
    ['too short', 'short1', 'form_password_length_too_short'],
    ['found in a breach', 'Password123', 'form_password_pwned'],
    ['too weak', 'aaaabbbb', 'form_password_not_strong_enough'],
    ['the current one', DEMO_PASSWORD, 'form_new_password_matches_current'],
    ['missing', '', 'form_param_missing'],
  ])('answers a new password that is %s with 422 %s on param new_password, leaving the task', async (_case, newPassword, code) => {
    const { status, body } = await fapi.changePassword(sessionId, { new_password: newPassword, sign_out_of_other_sessions: 'true' });
    expect(status).toBe(422);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ code, meta: { param_name: 'new_password' } });
    expect(body.meta.client.sessions[0]).toMatchObject({ status: 'pending', tasks: [{ key: 'reset-password' }] });
  });

  it('resolves the task with a good new password: the session turns active and the task is gone for good', async () => {
    const { status, body } = await fapi.changePassword(sessionId, { new_password: NEW_PASSWORD, sign_out_of_other_sessions: 'true' });
    expect(status).toBe(200);
    expect(body.response).toMatchObject({ object: 'user', password_enabled: true, password_last_updated_at: expect.any(Number) });
    expect(body.client.sessions[0]).toMatchObject({ id: sessionId, status: 'active', tasks: null });

    // What Clerk's own task screen does next: setActive({ session }) → touch, then a token.
    const touched = await fapi.call('POST', `/client/sessions/${sessionId}/touch`, { active_organization_id: '', intent: 'select_session' });
    expect(touched.body.response.status).toBe('active');
    expect(claimsOf((await fapi.call('POST', `/client/sessions/${sessionId}/tokens`)).body.jwt).sts).toBe('active');

    expect(await demoRow(server.origin, 'reset@example.com')).toMatchObject({ password: NEW_PASSWORD });
    expect((await demoRow(server.origin, 'reset@example.com'))?.tasks).toBeUndefined();
    await fapi.call('DELETE', '/client/sessions');
    expect((await fapi.signIn('reset@example.com', DEMO_PASSWORD)).body.errors[0].code).toBe('form_password_incorrect');
    const again = await fapi.signIn('reset@example.com', NEW_PASSWORD);
    expect(again.body.client.sessions[0]).toMatchObject({ status: 'active', tasks: null });
  });

  it('acts for the client\'s last active session when _clerk_session_id is left out', async () => {
    expect((await fapi.changePassword(null, { new_password: NEW_PASSWORD })).status).toBe(200);
  });
});

describe('given sign_out_of_other_sessions', () => {
  it('revokes the user\'s sessions on other clients, or keeps them when false', async () => {
    await control(server.origin, 'POST', '/users', { email: 'two@example.com' });
    const laptop = new FapiClient(server.origin);
    const phone = new FapiClient(server.origin);
    const laptopSession = (await laptop.signIn('two@example.com', DEMO_PASSWORD)).body.response.created_session_id;
    await phone.signIn('two@example.com', DEMO_PASSWORD);

    await laptop.changePassword(laptopSession, { new_password: 'first-new-password', sign_out_of_other_sessions: 'false' });
    expect((await phone.call('GET', '/client')).body.response.sessions).toHaveLength(1);

    await laptop.changePassword(laptopSession, { new_password: 'second-new-password', sign_out_of_other_sessions: 'true' });
    expect((await phone.call('GET', '/client')).body.response.sessions).toEqual([]);
    expect((await laptop.call('GET', '/client')).body.response.sessions).toHaveLength(1);
  });
});

describe('given a password change without a signed-in session', () => {
  it('answers 401 signed_out, for no session and for another client\'s session', async () => {
    const stranger = new FapiClient(server.origin);
    expect((await stranger.changePassword(null, { new_password: NEW_PASSWORD })).body.errors[0].code).toBe('signed_out');
    const owner = new FapiClient(server.origin);
    const sessionId = (await owner.signIn('plain@example.com', DEMO_PASSWORD)).body.response.created_session_id;
    const { status } = await stranger.changePassword(sessionId, { new_password: NEW_PASSWORD });
    expect(status).toBe(401);
  });

  it('checks current_password when one is sent', async () => {
    const fapi = new FapiClient(server.origin);
    const sessionId = (await fapi.signIn('plain@example.com', DEMO_PASSWORD)).body.response.created_session_id;
    const wrong = await fapi.changePassword(sessionId, { current_password: 'not-it', new_password: NEW_PASSWORD });
    expect(wrong.body.errors[0]).toMatchObject({ code: 'form_password_incorrect', meta: { param_name: 'current_password' } });
    expect((await fapi.changePassword(sessionId, { current_password: DEMO_PASSWORD, new_password: NEW_PASSWORD })).status).toBe(200);
  });
});

describe('given tasks through the control surface', () => {
  it.each([
    [['setup-mfa']],
    [['choose-organization']],
    [['reset-password', 'setup-mfa']],
  ])('starts each session pending with the tasks %j, in order', async (tasks) => {
    const created = await control(server.origin, 'POST', '/users', { email: 'tasked@example.com', tasks });
    expect(created.body.tasks).toEqual(tasks);
    const { body } = await new FapiClient(server.origin).signIn('tasked@example.com', DEMO_PASSWORD);
    expect(body.client.sessions[0]).toMatchObject({ status: 'pending', tasks: tasks.map((key) => ({ key })) });
  });

  it('keeps setup-mfa after the password changes: only reset-password is resolved by it', async () => {
    await control(server.origin, 'POST', '/users', { email: 'tasked@example.com', tasks: ['reset-password', 'setup-mfa'] });
    const fapi = new FapiClient(server.origin);
    const sessionId = (await fapi.signIn('tasked@example.com', DEMO_PASSWORD)).body.response.created_session_id;
    const { body } = await fapi.changePassword(sessionId, { new_password: NEW_PASSWORD });
    expect(body.client.sessions[0]).toMatchObject({ status: 'pending', tasks: [{ key: 'setup-mfa' }] });
  });

  it('refuses an unknown task key with 400', async () => {
    const { status, body } = await control(server.origin, 'POST', '/users', { email: 'x@example.com', tasks: ['reset-password', 'bake-cake'] });
    expect(status).toBe(400);
    expect(body.error).toMatch(/tasks must be/);
  });
});
