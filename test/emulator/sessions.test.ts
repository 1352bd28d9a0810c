import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/emulator/index.js';
import { FapiClient, startServer } from './helpers.js';

let server: Awaited<ReturnType<typeof startServer>>;
let fapi: FapiClient;
let sessionId: string;

function claimsOf(jwt: string) {
  const [, payload] = jwt.split('.');
  return JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
}

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  server.emulator.reset();
  fapi = new FapiClient(server.origin);
  sessionId = (await fapi.signIn('plain@example.com', DEMO_PASSWORD)).body.response.created_session_id;
});

describe('given a completed sign-in', () => {
  it('touch makes the session the last active one and clears client.sign_in', async () => {
    const { status, body } = await fapi.call('POST', `/client/sessions/${sessionId}/touch`, { active_organization_id: '', intent: 'select_session' });
    expect(status).toBe(200);
    expect(body.response).toMatchObject({ object: 'session', id: sessionId, status: 'active' });
    expect(body.client.sign_in).toBeNull();
    expect(body.client.last_active_session_id).toBe(sessionId);
  });

  it('mints a bare { object, jwt } token with sid, sub, iat, exp (60 s) and iss', async () => {
    const { status, body } = await fapi.call('POST', `/client/sessions/${sessionId}/tokens`, { organization_id: '' });
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['jwt', 'object']);
    expect(body.object).toBe('token');
    const claims = claimsOf(body.jwt);
    expect(claims).toMatchObject({ sid: sessionId, sub: expect.stringMatching(/^user_/), iss: `${server.origin}/__clerk` });
    expect(claims.exp - claims.iat).toBe(60);
  });

  it('lists the session with a last_active_token on reload (GET /client)', async () => {
    const { body } = await fapi.call('GET', '/client');
    expect(body.client).toBeNull();
    const [session] = body.response.sessions;
    expect(claimsOf(session.last_active_token.jwt).sid).toBe(sessionId);
    expect(session.user.email_addresses[0].email_address).toBe('plain@example.com');
    expect(body.response.last_active_session_id).toBe(sessionId);
  });

  it('returns the session by id', async () => {
    expect((await fapi.call('GET', `/client/sessions/${sessionId}`)).body.response.id).toBe(sessionId);
  });

  it('refuses a second sign-in on the same client with 400 session_exists (single-session mode)', async () => {
    const { status, body } = await fapi.signIn('mfa@example.com', DEMO_PASSWORD);
    expect(status).toBe(400);
    expect(body.errors[0].code).toBe('session_exists');
  });
});

describe('given sign-out', () => {
  it('DELETE /client/sessions ends every session and keeps the client', async () => {
    const { status, body } = await fapi.call('DELETE', '/client/sessions');
    expect(status).toBe(200);
    expect(body.response).toMatchObject({ object: 'client', sessions: [], last_active_session_id: null, sign_in: null });
    expect(body.client.id).toBe(body.response.id);
  });

  it('answers a token request for an ended session with 401 signed_out', async () => {
    await fapi.call('DELETE', '/client/sessions');
    const { status, body } = await fapi.call('POST', `/client/sessions/${sessionId}/tokens`);
    expect(status).toBe(401);
    expect(body.errors[0].code).toBe('signed_out');
  });

  it.each([
    ['end', 'ended'],
    ['remove', 'removed'],
  ])('POST /%s marks the session %s and drops it from client.sessions', async (action, status) => {
    const { body } = await fapi.call('POST', `/client/sessions/${sessionId}/${action}`);
    expect(body.response).toMatchObject({ id: sessionId, status, last_active_token: null });
    expect(body.client.sessions).toEqual([]);
  });

  it('answers 404 for another client\'s session', async () => {
    const stranger = new FapiClient(server.origin);
    const { status, body } = await stranger.call('POST', `/client/sessions/${sessionId}/touch`);
    expect(status).toBe(404);
    expect(body.errors[0].code).toBe('resource_not_found');
  });
});
