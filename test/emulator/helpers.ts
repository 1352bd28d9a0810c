import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, startEmulatorServer, type DemoUser, type Emulator } from '../../local/emulator/index.js';

/** What each SDK generation sends on every call (checked in their dist: fapiClient `buildQueryString`). */
const SDK_QUERY = {
  core2: { __clerk_api_version: '2025-11-10', _clerk_js_version: '5.128.0' },
  core3: { __clerk_api_version: '2026-08-20', _clerk_js_version: '6.40.0' },
} as const;

/** `core2`: clerk-js 5.128 (clerk-react 5); `core3`: clerk-js 6.40 (@clerk/react 6). */
export type Sdk = keyof typeof SDK_QUERY;

/** A page on another origin that the test servers allow. */
export const ALLOWED_ORIGIN = 'http://localhost:5173';

export interface Answer {
  status: number;
  // Loose on purpose: tests read into FAPI JSON by field name.
  body: any;
  headers: Headers;
}

export interface RecordedAnswer {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A stand-in for clerk-js on the wire: form bodies, `_method` tunnelling, cookie or dev-browser identity. */
export class FapiClient {
  private cookie: string | null = null;
  private devBrowser: string | null = null;

  constructor(
    readonly origin: string,
    readonly mode: 'cookie' | 'dev_browser' = 'cookie',
    private readonly recorder?: RecordedAnswer[],
    readonly sdk: Sdk = 'core2',
  ) {}

  async init(): Promise<this> {
    if (this.mode === 'dev_browser') this.devBrowser = (await this.call('POST', '/dev_browser')).body.id;
    return this;
  }

  /** `path` may carry its own query (`/me/change_password?_clerk_session_id=…`); the recorder drops it. */
  async call(method: Method, path: string, body?: Record<string, string>, extraHeaders: Record<string, string> = {}): Promise<Answer> {
    const response = await this.send(method, path, body, extraHeaders);
    const answer = { status: response.status, body: response.status === 204 ? null : await response.json(), headers: response.headers };
    this.recorder?.push({ method, path: path.split('?')[0]!, status: answer.status, body: answer.body });
    return answer;
  }

  /** The same request as `call`, answered as it came: for bodies that are not JSON. */
  async send(method: Method, path: string, body?: Record<string, string>, extraHeaders: Record<string, string> = {}): Promise<Response> {
    const url = new URL(`${this.origin}/__clerk/v1${path}`);
    for (const [key, value] of Object.entries(SDK_QUERY[this.sdk])) if (!url.searchParams.has(key)) url.searchParams.set(key, value);
    if (this.devBrowser) url.searchParams.set('__clerk_db_jwt', this.devBrowser);
    if (method === 'PATCH' || method === 'DELETE') url.searchParams.set('_method', method);
    const headers: Record<string, string> = { ...extraHeaders };
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET') headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(url, {
      method: method === 'GET' ? 'GET' : 'POST',
      headers,
      body: method === 'GET' ? undefined : new URLSearchParams(body ?? {}).toString(),
    });
    const setCookie = response.headers.getSetCookie().find((cookie) => cookie.startsWith('__client='));
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    return response;
  }

  /** clerk-js 6 adds the browser's `timezone` to the sign-in body. */
  signIn(identifier: string, password?: string): Promise<Answer> {
    if (password === undefined) return this.call('POST', '/client/sign_ins', { identifier });
    const body: Record<string, string> = { identifier, password, locale: 'en-US' };
    if (this.sdk === 'core3') body.timezone = 'Europe/Berlin';
    return this.call('POST', '/client/sign_ins', body);
  }

  /** `resetPasswordEmailCode.sendCode()` sends `strategy=reset_password_email_code` and `email_address_id`. */
  prepareFirstFactor(signInId: string, body: Record<string, string>): Promise<Answer> {
    return this.call('POST', `/client/sign_ins/${signInId}/prepare_first_factor`, body);
  }

  attemptFirstFactor(signInId: string, body: Record<string, string>): Promise<Answer> {
    return this.call('POST', `/client/sign_ins/${signInId}/attempt_first_factor`, body);
  }

  /** `resetPasswordEmailCode.submitPassword()`: `password`, `sign_out_of_other_sessions`. */
  resetPassword(signInId: string, body: Record<string, string>): Promise<Answer> {
    return this.call('POST', `/client/sign_ins/${signInId}/reset_password`, body);
  }

  prepareSecondFactor(signInId: string, body: Record<string, string>): Promise<Answer> {
    return this.call('POST', `/client/sign_ins/${signInId}/prepare_second_factor`, body);
  }

  attemptSecondFactor(signInId: string, strategy: string, code: string): Promise<Answer> {
    return this.call('POST', `/client/sign_ins/${signInId}/attempt_second_factor`, { strategy, code });
  }

  /**
   * A `/me` call as clerk-js makes it, naming the session in `_clerk_session_id`; `path` as clerk-js
   * spells it (`/me/backup_codes/` and `/me/phone_numbers/` end in a slash).
   */
  me(method: Method, path: string, sessionId: string, body?: Record<string, string>): Promise<Answer> {
    const separator = path.includes('?') ? '&' : '?';
    return this.call(method, `${path}${separator}_clerk_session_id=${sessionId}`, body);
  }

  /** `user.updatePassword()`: clerk-js names the session in `_clerk_session_id` on every `/me` call. */
  changePassword(sessionId: string | null, body: Record<string, string>): Promise<Answer> {
    const query = sessionId ? `?_clerk_session_id=${sessionId}` : '';
    return this.call('POST', `/me/change_password${query}`, body);
  }
}

export async function control(origin: string, method: string, path: string, body?: unknown): Promise<Answer> {
  const response = await fetch(`${origin}/__emulator${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

/** The demo panel's row for a user: where tests read the last "sent" SMS or email code. */
export async function demoRow(origin: string, email: string): Promise<DemoUser | undefined> {
  const rows = (await control(origin, 'GET', '/demo')).body as DemoUser[];
  return rows.find((row) => row.email === email);
}

export const startServer = () => startEmulatorServer({ port: 0, allowedOrigins: [ALLOWED_ORIGIN] });

/** An emulator on a hand-driven clock, served the way a Vite dev server would mount it. */
export async function startWithClock(start = Date.UTC(2026, 0, 15, 12, 0, 0)) {
  const clock = { now: start };
  const emulator: Emulator = createEmulator({ now: () => clock.now });
  const server = createServer((req, res) => emulator.middleware(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const close = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return { clock, emulator, origin, close };
}
