import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, DEMO_PASSWORD } from '../../local/emulator/index.js';
import { ALLOWED_ORIGIN, control, FapiClient, startServer, startWithClock } from './helpers.js';

let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.emulator.reset());

describe('given dev-browser mode', () => {
  it('hands out an opaque id and keys the client on __clerk_db_jwt, without cookies', async () => {
    const browser = await new FapiClient(server.origin, 'dev_browser').init();
    expect((await browser.call('GET', '/client')).body.response).toBeNull();
    const signIn = await browser.signIn('plain@example.com', DEMO_PASSWORD);
    expect(signIn.headers.get('set-cookie')).toBeNull();
    expect((await browser.call('GET', '/client')).body.response.sessions).toHaveLength(1);

    const otherBrowser = await new FapiClient(server.origin, 'dev_browser').init();
    expect((await otherBrowser.call('GET', '/client')).body.response).toBeNull();
  });

  it('adopts a token it no longer knows after a reset, so an open page keeps working', async () => {
    const browser = await new FapiClient(server.origin, 'dev_browser').init();
    server.emulator.reset();
    expect((await browser.call('GET', '/client')).status).toBe(200);
    expect((await browser.signIn('plain@example.com', DEMO_PASSWORD)).body.response.status).toBe('complete');
  });
});

describe('given cookie mode', () => {
  it('sets an HttpOnly __client cookie (Path=/, SameSite=Lax) when the client is created, and reads it back', async () => {
    const browser = new FapiClient(server.origin);
    const { headers } = await browser.signIn('plain@example.com', DEMO_PASSWORD);
    const cookie = headers.get('set-cookie')!;
    expect(cookie).toMatch(/^__client=[^;]+; Path=\/; HttpOnly; SameSite=Lax/);
    expect((await browser.call('GET', '/client')).body.response.sessions).toHaveLength(1);
    expect((await new FapiClient(server.origin).call('GET', '/client')).body.response).toBeNull();
  });
});

describe('given a cross-origin page', () => {
  const foreign = 'http://evil.example';

  it('reflects an allowed origin exactly, with credentials, and exposes Retry-After', async () => {
    const { headers } = await new FapiClient(server.origin).call('GET', '/environment', undefined, { origin: ALLOWED_ORIGIN });
    expect(headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(headers.get('access-control-allow-credentials')).toBe('true');
    expect(headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  it('sends no CORS headers to any other origin, on FAPI and on the control surface', async () => {
    const { status, headers } = await new FapiClient(server.origin).call('GET', '/environment', undefined, { origin: foreign });
    expect(status).toBe(200);
    expect(headers.get('access-control-allow-origin')).toBeNull();
    expect(headers.get('access-control-allow-credentials')).toBeNull();
    const demo = await fetch(`${server.origin}/__emulator/demo`, { headers: { origin: foreign } });
    expect(demo.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no cross-origin page at all by default', async () => {
    const { origin, close } = await startWithClock();
    try {
      const { headers } = await new FapiClient(origin).call('GET', '/environment', undefined, { origin: ALLOWED_ORIGIN });
      expect(headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await close();
    }
  });

  it('answers a preflight from an allowed origin, and refuses one from another', async () => {
    const preflight = (origin: string) => fetch(`${server.origin}/__clerk/v1/client`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    const allowed = await preflight(ALLOWED_ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    const refused = await preflight(foreign);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses an allowedOrigins entry that is not a bare origin', () => {
    expect(() => createEmulator({ allowedOrigins: ['http://localhost:5173/'] })).toThrow(/bare origins/);
  });
});

describe('given the wire conventions', () => {
  it('honours _method tunnelling (PATCH /environment arrives as POST)', async () => {
    const { status, body } = await new FapiClient(server.origin).call('PATCH', '/environment');
    expect(status).toBe(200);
    expect(body.auth_config.second_factors).toEqual(['totp', 'phone_code', 'email_code', 'backup_code']);
    expect((await control(server.origin, 'GET', '/requests')).body).toEqual([expect.objectContaining({ method: 'PATCH', path: '/environment' })]);
  });

  it('answers an unknown call with a Clerk-shaped 404 resource_not_found', async () => {
    const { status, body } = await new FapiClient(server.origin).call('POST', '/client/sign_ups', { email_address: 'x@example.com' });
    expect(status).toBe(404);
    expect(body.errors[0]).toMatchObject({ code: 'resource_not_found', message: expect.any(String), long_message: expect.any(String) });
  });

  it('leaves other URLs to the next middleware', async () => {
    expect((await fetch(`${server.origin}/index.html`)).status).toBe(404);
  });
});
