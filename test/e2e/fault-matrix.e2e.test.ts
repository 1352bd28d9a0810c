import type { Page, Request } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backendRequests, clearFaults, DEMO_PASSWORD, demoUrl, injectFault, lastCode, useDemoPage } from './support.js';

/**
 * Every call the library makes during a sign-in, each meeting every fault once: the form must end
 * usable, keep what was typed, send one request per intent, raise no page error, and sign in on
 * retry. One test per fault walks one account (password, then an SMS code) through every call, with
 * the fault on each call in turn; a failed check names the call and the fault, and the walk goes on.
 * A last test retries a hung sign-in before its late answer lands.
 */

const current = useDemoPage();

/** Password, then an SMS code: the one seeded account whose sign-in makes every call below. */
const EMAIL = 'sms@example.com';

type CallName = 'password' | 'prepare' | 'attempt' | 'touch';

interface Call {
  /** For messages: the call as the issue names it. */
  title: string;
  /** The fault's path (a substring of the FAPI path) and the log's suffix for this call. */
  path: string;
}

const CALLS: Record<CallName, Call> = {
  password: { title: 'creating the sign-in (POST /client/sign_ins)', path: '/client/sign_ins' },
  prepare: { title: 'sending the SMS code (prepare_second_factor)', path: '/prepare_second_factor' },
  attempt: { title: 'checking the SMS code (attempt_second_factor)', path: '/attempt_second_factor' },
  // Core 3 finalizes with the touch alone; Core 2 reloads the client first (GET /client), then touches.
  touch: { title: 'starting the session (POST /client/sessions/{id}/touch)', path: '/touch' },
};

/** The form's timeout in the hang test, and a hang comfortably past it. */
const HANG_TIMEOUT_MS = 1500;
const HANG_MS = 7000;

interface FaultCase {
  name: string;
  fault: Record<string, unknown>;
  /** What the form says once the fault has happened. */
  says: RegExp;
  /** Chromium resends a fetch whose reused connection closed unanswered: the backend may see it more than once. */
  resentByBrowser?: boolean;
  /** A 429 that names its wait: the form counts it down, refusing until it is over. */
  waitSeconds?: number;
  /** The answer comes after the form gave up on it, and is then applied by Clerk. */
  late?: boolean;
  /** Query string of the demo page for this fault's test. */
  query?: string;
}

const FAULTS: FaultCase[] = [
  { name: 'a 500', fault: { kind: 'status', status: 500, times: 1 }, says: /^Something went wrong on our side\. Try again in a moment\.$/ },
  { name: 'a 429 with Retry-After', fault: { kind: 'rate_limit', retryAfter: 3, times: 1 }, says: /^Too many attempts\. Wait a moment, then try again\.$/, waitSeconds: 3 },
  { name: 'a 429 without Retry-After', fault: { kind: 'rate_limit', retryAfter: null, times: 1 }, says: /^Too many attempts\. Wait a moment, then try again\.$/ },
  // No `times`: Chromium's resends would use it up and the page would never see the drop; cleared once seen.
  { name: 'a dropped connection', fault: { kind: 'drop' }, says: /^We could not reach the sign-in service\. Check your connection and try again\.$/, resentByBrowser: true },
  { name: 'a hang past the timeout', fault: { kind: 'latency', ms: HANG_MS, times: 1 }, says: /^The sign-in service is taking too long to answer/, late: true, query: `requestTimeoutMs=${HANG_TIMEOUT_MS}` },
  // The answer never parsed, so the form cannot tell a broken body from a broken connection.
  { name: 'a malformed JSON body', fault: { kind: 'malformed', times: 1 }, says: /^We could not reach the sign-in service|^Something went wrong/ },
  { name: 'an unknown error code', fault: { kind: 'unknown_code', times: 1 }, says: /^Something new went wrong on our side, and it has a code nobody has seen before\.$/ },
  { name: 'an answer for another sign-in', fault: { kind: 'other_sign_in', times: 1 }, says: /\S/ },
];

/** What the page fetched from Clerk, in order: the library's requests, one per `fetch`. */
interface Fetched {
  method: string;
  path: string;
  request: Request;
}

let fetched: Fetched[] = [];
let pageErrors: string[] = [];

beforeAll(() => {
  const { page } = current();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/__clerk/v1/')) return;
    // clerk-js tunnels PATCH and DELETE through POST.
    const method = url.searchParams.get('_method')?.toUpperCase() ?? request.method();
    fetched.push({ method, path: url.pathname.slice('/__clerk/v1'.length), request });
  });
  // Chromium reports an unhandled rejection as a page error too.
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
});

afterEach(() => {
  const errors = pageErrors;
  pageErrors = [];
  expect(errors, 'page errors and unhandled rejections').toEqual([]);
});

/**
 * Reads until `done` holds or time runs out, and returns the last reading: a cell that fails is
 * reported (softly, by the caller) and the walk goes on to the other calls.
 */
async function readUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await sleep(100);
    value = await read();
  }
  return value;
}

/** The form-level message, or '' when none shows. */
const alertText = async (page: Page) => (await page.getByRole('alert').allInnerTexts()).join(' ').trim();

const fetchesOf = (call: CallName) => fetched.filter((entry) => entry.method === 'POST' && entry.path.endsWith(CALLS[call].path));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The state of the sign-in card, read from what a person sees. */
type Screen = 'password' | 'code' | 'failed' | 'signed_in';

async function screenOf(page: Page): Promise<Screen | null> {
  if (await page.getByRole('heading', { name: 'Welcome back' }).isVisible()) return 'signed_in';
  if (await page.getByRole('button', { name: 'Try again' }).isVisible()) return 'failed';
  if (await page.getByLabel('SMS code').isVisible()) return 'code';
  if (await page.getByLabel('Password', { exact: true }).isVisible()) return 'password';
  return null;
}

/** Waits for one of `screens`, and for the form to stop working on a request. */
async function settleOn(page: Page, screens: readonly Screen[], what: string): Promise<Screen> {
  let seen: Screen | null = null;
  await expect
    .poll(async () => {
      seen = await screenOf(page);
      if (!seen || !screens.includes(seen)) return false;
      return (await page.locator('form[aria-busy="true"], [data-part="complete"][aria-busy="true"]').count()) === 0;
    }, { message: `${what}: expected the form to settle on ${screens.join(' or ')}`, timeout: 15_000 })
    .toBe(true);
  return seen!;
}

/**
 * One test's walk. `intents` counts what a person did that should cost exactly one request of a
 * call; the page's fetches and the backend's log are held to it.
 */
class Walk {
  private readonly intents: Record<CallName, number> = { password: 0, prepare: 0, attempt: 0, touch: 0 };
  constructor(
    readonly page: Page,
    readonly fault: FaultCase,
  ) {}

  label(call: CallName, what: string): string {
    return `${CALLS[call].title} × ${this.fault.name}: ${what}`;
  }

  inject(call: CallName) {
    return injectFault({ path: CALLS[call].path, method: 'POST', ...this.fault.fault });
  }

  intended(call: CallName) {
    this.intents[call] += 1;
  }

  /** One request per intent, as the page fetched it and as the backend received it. */
  async expectOneRequestPerIntent(call: CallName) {
    const expected = this.intents[call];
    expect.soft(fetchesOf(call).length, this.label(call, 'fetches by the page, one per intent')).toBe(expected);
    const received = (await backendRequests('POST', CALLS[call].path)).length;
    // A dropped connection is resent by Chromium below the page, as often as it has idle connections.
    if (this.fault.resentByBrowser) expect.soft(received, this.label(call, 'requests the backend received')).toBeGreaterThanOrEqual(expected);
    else expect.soft(received, this.label(call, 'requests the backend received, one per intent')).toBe(expected);
  }

  /** The email and password are kept and editable, and the form can be sent again. */
  async expectPasswordKept(call: CallName) {
    const email = this.page.getByLabel('Email address');
    const password = this.page.getByLabel('Password', { exact: true });
    expect.soft(await email.inputValue(), this.label(call, 'the email typed is kept')).toBe(EMAIL);
    expect.soft(await password.inputValue(), this.label(call, 'the password typed is kept')).toBe(DEMO_PASSWORD);
    expect.soft(await email.isEditable(), this.label(call, 'the email field is editable')).toBe(true);
    expect.soft(await password.isEditable(), this.label(call, 'the password field is editable')).toBe(true);
    expect.soft(await this.page.getByRole('button', { name: 'Continue' }).isEnabled(), this.label(call, 'Continue is enabled')).toBe(true);
  }

  /** The alert says what went wrong; a stated wait is counted down with `button` refusing, then lifted. */
  async expectToldAndUsable(call: CallName, button: string) {
    const { page, fault } = this;
    const said = await readUntil(() => alertText(page), (text) => fault.says.test(text), 5000);
    expect.soft(said, this.label(call, 'the form says what went wrong')).toMatch(fault.says);
    if (fault.waitSeconds) {
      const timer = page.getByRole('timer');
      expect.soft((await timer.count()) ? await timer.innerText() : '(no countdown)', this.label(call, 'the wait is counted down')).toMatch(/^You can try again in [1-3] seconds?\.$/);
      expect.soft(await page.getByRole('button', { name: button, exact: true }).isDisabled(), this.label(call, `${button} refuses during the wait`)).toBe(true);
      const after = await readUntil(() => alertText(page), (text) => text === 'You can try again now.', (fault.waitSeconds + 4) * 1000);
      expect.soft(after, this.label(call, 'the wait ends')).toBe('You can try again now.');
    }
    expect.soft(await page.getByRole('button', { name: button, exact: true }).isEnabled(), this.label(call, `${button} is enabled`)).toBe(true);
  }

  /**
   * Waits for Clerk's answer to the latest `call` (or for the form to give up on it), then for the
   * form to settle on one of `screens`.
   */
  async answered(call: CallName, screens: readonly Screen[]): Promise<Screen> {
    const what = this.label(call, 'the answer');
    await expect.poll(() => fetchesOf(call).length, { message: `${what}: the request is sent`, timeout: 5000 }).toBeGreaterThanOrEqual(this.intents[call]);
    const request = fetchesOf(call).at(-1)!.request;
    // The form may give up first (a hang): then its message is the answer to check, not the late one.
    await Promise.race([request.response().catch(() => null), readUntil(() => alertText(this.page), (text) => text !== '', HANG_TIMEOUT_MS + 1000)]);
    return settleOn(this.page, screens, what);
  }

  /**
   * Clears the fault, puts `next`'s in place (a call the form makes on its own may follow at once),
   * and for a late answer waits until it has landed: it then lands on an idle form, which must take
   * it in its stride.
   */
  async endFault(call: CallName, next?: CallName) {
    const faulted = fetchesOf(call).at(-1)?.request ?? null;
    await clearFaults();
    if (next) await this.inject(next);
    if (this.fault.late && faulted) {
      await faulted.response().catch(() => null);
      // Clerk applies the answer after it arrives.
      await sleep(300);
    }
  }

  async submitPassword() {
    const { page } = this;
    const email = page.getByLabel('Email address');
    if (!(await email.inputValue())) await email.fill(EMAIL);
    const password = page.getByLabel('Password', { exact: true });
    if (!(await password.inputValue())) await password.fill(DEMO_PASSWORD);
    this.intended('password');
    await page.getByRole('button', { name: 'Continue' }).click();
  }

  /** From wherever the form is, back to the code step; the step's own send is an intent. */
  async toCodeStep(call: CallName) {
    const screen = await settleOn(this.page, ['password', 'code'], this.label(call, 'going on'));
    if (screen === 'password') {
      this.intended('prepare');
      await this.submitPassword();
      await settleOn(this.page, ['code'], this.label(call, 'back to the code step'));
    }
  }

  /** Types the code last sent, which sends it; returns what was typed. */
  async typeCode(): Promise<string> {
    const code = await lastCode(EMAIL, 'lastSmsCode');
    this.intended('attempt');
    await this.page.getByLabel('SMS code').fill(code);
    return code;
  }
}

describe.each(FAULTS)('given $name on each call in turn', (fault) => {
  it('ends usable every time, keeps what was typed, sends one request per intent, and signs in', { timeout: 120_000 }, async () => {
    const { page } = current();
    if (fault.query) {
      await page.goto(`${demoUrl()}/?${fault.query}`);
      await page.getByLabel('Email address').waitFor();
    }
    fetched = [];
    const walk = new Walk(page, fault);

    // Creating the sign-in.
    await walk.inject('password');
    await walk.submitPassword();
    await walk.answered('password', ['password']);
    await walk.expectToldAndUsable('password', 'Continue');
    await walk.expectPasswordKept('password');
    await walk.expectOneRequestPerIntent('password');
    // The code goes out as the code step appears: its fault is in place before the retry.
    await walk.endFault('password', 'prepare');
    // A late answer may have moved the sign-in on already.
    if ((await screenOf(page)) === 'password') await walk.submitPassword();
    walk.intended('prepare');

    // Sending the SMS code, which the code step does as it appears.
    let screen = await walk.answered('prepare', ['code', 'password']);
    await walk.expectOneRequestPerIntent('password');
    if (screen === 'code') {
      await walk.expectToldAndUsable('prepare', 'Verify');
      const resend = page.getByRole('button', { name: 'Send a new code', exact: true });
      expect.soft(await resend.getAttribute('aria-disabled'), walk.label('prepare', 'a new code can be asked for at once')).toBeNull();
      expect.soft(await page.getByLabel('SMS code').isEditable(), walk.label('prepare', 'the code field is editable')).toBe(true);
    } else {
      // The sign-in the code was for is gone: back to the password step, which must say why.
      await walk.expectToldAndUsable('prepare', 'Continue');
    }
    await walk.expectOneRequestPerIntent('prepare');
    await walk.endFault('prepare');
    screen = await settleOn(page, ['code', 'password'], walk.label('prepare', 'going on'));
    if (screen === 'code') {
      walk.intended('prepare');
      await page.getByRole('button', { name: 'Send a new code', exact: true }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'A new code is on its way.' }).count(), { message: walk.label('prepare', 'the new code is sent'), timeout: 5000 }).toBe(1);
    } else {
      await walk.toCodeStep('prepare');
    }
    await walk.expectOneRequestPerIntent('prepare');

    // Checking the SMS code.
    await walk.inject('attempt');
    const typed = await walk.typeCode();
    screen = await walk.answered('attempt', ['code', 'password', 'failed', 'signed_in']);
    if (fault.fault.kind !== 'other_sign_in') expect.soft(screen, walk.label('attempt', 'the form stays on the code step')).toBe('code');
    if (screen === 'code') {
      await walk.expectToldAndUsable('attempt', 'Verify');
      const code = page.getByLabel('SMS code');
      expect.soft(await code.inputValue(), walk.label('attempt', 'the code typed is kept')).toBe(typed);
      expect.soft(await code.isEditable(), walk.label('attempt', 'the code field is editable')).toBe(true);
    } else if (screen === 'password') {
      // The sign-in the code was for is gone: back to the password step, which must say why.
      await walk.expectToldAndUsable('attempt', 'Continue');
    }
    await walk.expectOneRequestPerIntent('attempt');
    // Starting the session follows the sign-in's completion on its own.
    await walk.endFault('attempt', 'touch');
    screen = await settleOn(page, ['code', 'password', 'failed', 'signed_in'], walk.label('attempt', 'going on'));
    if (screen === 'password') {
      await walk.toCodeStep('attempt');
      screen = 'code';
    }
    if (screen === 'code') {
      const code = page.getByLabel('SMS code');
      if ((await code.inputValue()) === typed) {
        walk.intended('attempt');
        await page.getByRole('button', { name: 'Verify' }).click();
      } else {
        await walk.typeCode();
      }
    }
    walk.intended('touch');

    // Starting the session.
    screen = await walk.answered('touch', ['failed', 'signed_in']);
    await walk.expectOneRequestPerIntent('attempt');
    // Clerk itself may carry on when a touch fails (the session is in the client already): then
    // there is nothing to recover from.
    if (screen === 'failed') {
      expect.soft(await page.getByRole('heading', { name: 'We could not finish signing you in.' }).isVisible(), walk.label('touch', 'the failure is named')).toBe(true);
      await walk.expectToldAndUsable('touch', 'Try again');
    }
    await walk.expectOneRequestPerIntent('touch');
    await walk.endFault('touch');
    screen = await settleOn(page, ['failed', 'signed_in'], walk.label('touch', 'going on'));
    if (screen === 'failed') {
      walk.intended('touch');
      await page.getByRole('button', { name: 'Try again' }).click();
    }
    await settleOn(page, ['signed_in'], walk.label('touch', 'signed in at last'));
    expect(await page.getByText('Signed in as').innerText()).toContain(EMAIL);
    await walk.expectOneRequestPerIntent('touch');
  });
});

describe('given a hang on creating the sign-in and a retry before its late answer', () => {
  it('signs in with the latest code sent once the late answer has landed', async () => {
    const { page } = current();
    await page.goto(`${demoUrl()}/?requestTimeoutMs=${HANG_TIMEOUT_MS}`);
    await page.getByLabel('Email address').waitFor();
    fetched = [];
    await injectFault({ path: CALLS.password.path, method: 'POST', kind: 'latency', ms: HANG_MS, times: 1 });
    await page.getByLabel('Email address').fill(EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => alertText(page), { timeout: HANG_TIMEOUT_MS + 3000 }).toMatch(/taking too long to answer/);
    // As the message says: try again, at once.
    await page.getByRole('button', { name: 'Continue' }).click();
    await settleOn(page, ['code'], 'the retry reaches the code step');
    expect(fetchesOf('password')).toHaveLength(2);
    // The first request was carried out after all, and its answer lands on the code step.
    await fetchesOf('password')[0]!.request.response();
    await sleep(500);
    await settleOn(page, ['code'], 'the late answer has landed');
    await page.getByLabel('SMS code').fill(await lastCode(EMAIL, 'lastSmsCode'));
    const screen = await settleOn(page, ['code', 'signed_in'], 'the code is checked');
    expect(screen === 'signed_in' ? '' : await alertText(page), 'what the form says to the latest code').toBe('');
    await settleOn(page, ['signed_in'], 'signed in');
  });
});
