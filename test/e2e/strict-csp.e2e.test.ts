import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { demoUrl, expectSignedIn, isLocal, lastCode, launchBrowser, resetBackend, submitPassword, totpFor, unusedBackupCodes } from './support.js';

// The built demo and a server-rendered sign-in page, both served under a policy with nothing inline,
// signed in to with every factor on the real Clerk SDK; the browser must refuse nothing of the
// library's or the pages'. Written out here rather than imported from local/, so a weaker policy
// served there fails the test.
const STRICT_POLICY = "default-src 'self'; style-src 'self'; script-src 'self'; worker-src 'self' blob:";

/**
 * Workers clerk-js starts on every page load (6 and 5 alike, through @clerk/shared's worker timers):
 * two named `clerk-timers`, from `blob:` URLs, for its session-token poller and its captcha heartbeat.
 * They are why the policy names `worker-src 'self' blob:`, as Clerk advises: without it `script-src
 * 'self'` governs workers and refuses `blob:`, silently (Chromium refuses asynchronously), and clerk-js 5
 * then stops refreshing the `__session` cookie in the background.
 */
const CLERK_TIMERS_WORKER = 'clerk-timers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const generation = inject('generation');

interface Violation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  sample: string;
}

interface StartedWorker {
  scheme: string;
  name: string;
}

type Reporter = { __cspViolationSeen?: (violation: Violation) => void; __workerStarted?: (worker: StartedWorker) => void };

/**
 * Runs in every document before any of its own scripts, and before the parser meets the server's
 * markup: keeps each refusal in `window.__cspViolations` and hands it to the test at once (signing
 * out reloads the page, which would take the window's array with it), and notes every Worker the
 * page starts (its URL's scheme and its name), passing the construction through unchanged.
 */
function recordViolations() {
  const page = window as unknown as Reporter & { __cspViolations: Violation[] };
  page.__cspViolations = [];
  window.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const violation = { directive: event.violatedDirective, blockedURI: event.blockedURI, sourceFile: event.sourceFile, line: event.lineNumber, sample: event.sample };
      page.__cspViolations.push(violation);
      page.__cspViolationSeen?.(violation);
    },
    true,
  );
  window.Worker = new Proxy(window.Worker, {
    construct(target, args: [string | URL, WorkerOptions?], newTarget) {
      page.__workerStarted?.({ scheme: new URL(String(args[0]), location.href).protocol, name: args[1]?.name ?? '' });
      return Reflect.construct(target, args, newTarget);
    },
  });
}

let ssrServer: ChildProcess | undefined;
let ssrUrl = '';

/** Builds the server-rendered page for this column and serves it on a free port (local/ssr/start.mjs). */
async function startSsrPage(): Promise<string> {
  const env = { ...process.env };
  // The React 18 column renders and hydrates with React 18.3 on both sides, as its demo does.
  if (generation === 'core-3-react18') env.DEMO_REACT18_MODULES = await (await import('../support/react18.mjs')).ensureReact18();
  const child = spawn(process.execPath, ['local/ssr/start.mjs', '--mode', generation, '--port', '0'], { cwd: root, env });
  ssrServer = child;
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      const url = /Server-rendered sign-in page \([^)]*\): (http:\/\/localhost:\d+)\//.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the server-rendered page exited with ${code}:\n${output}`)));
  });
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
// What this test's page loads reported: refusals, workers started, console lines about the policy
// (Chromium logs every refusal too), React's hydration errors, and requests that left the machine.
const violations: Violation[] = [];
const startedWorkers: StartedWorker[] = [];
const policyMessages: string[] = [];
const hydrationErrors: string[] = [];
const outsideRequests: string[] = [];

beforeAll(async () => {
  [ssrUrl, browser] = await Promise.all([startSsrPage(), launchBrowser()]);
  context = await browser.newContext();
  await context.exposeFunction('__cspViolationSeen', (violation: Violation) => void violations.push(violation));
  await context.exposeFunction('__workerStarted', (worker: StartedWorker) => void startedWorkers.push(worker));
  await context.addInitScript(recordViolations);
  page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyMessages.push(`${message.type()}: ${message.text()}`);
    // React 19 names it; React 18's production build gives its error numbers 418, 423 and 425.
    if (message.type() === 'error' && /hydrat|react\.dev\/errors\/4(18|23|25)|error #4(18|23|25)/i.test(message.text())) hydrationErrors.push(message.text());
  });
  page.on('pageerror', (error) => hydrationErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (!isLocal(request.url())) outsideRequests.push(request.url());
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (ssrServer?.pid && ssrServer.exitCode === null) {
    ssrServer.removeAllListeners('exit');
    ssrServer.kill('SIGTERM');
  }
});

beforeEach(() => {
  for (const list of [violations, startedWorkers, policyMessages, hydrationErrors, outsideRequests]) list.length = 0;
});

/**
 * Nothing refused and nothing logged about the policy since the test began, and every worker the page
 * started one of clerk-js's timers. Returns how many of those there were.
 */
function expectNoViolations(): number {
  const clerkWorkers = startedWorkers.filter((worker) => worker.scheme === 'blob:' && worker.name === CLERK_TIMERS_WORKER);
  expect(violations, 'securitypolicyviolation events').toEqual([]);
  expect(policyMessages, 'console messages about the Content Security Policy').toEqual([]);
  expect(startedWorkers, 'workers the page started, all of them clerk-js timers').toEqual(clerkWorkers);
  expect(hydrationErrors, 'hydration errors and uncaught errors').toEqual([]);
  expect(outsideRequests, 'requests that left this machine').toEqual([]);
  return clerkWorkers.length;
}

interface Target {
  name: string;
  url: () => string;
  /** The page can take input: Clerk has loaded (the demo shows its form only then). */
  ready: (page: Page) => Promise<void>;
}

const TARGETS: Target[] = [
  {
    name: 'the built demo',
    url: () => demoUrl(),
    ready: (page) => page.getByLabel('Email address').waitFor(),
  },
  {
    name: 'the server-rendered page',
    url: () => ssrUrl,
    ready: (page) => page.locator('main[data-clerk="loaded"]').waitFor(),
  },
];

/** A fresh start on `target`: its backend back to the seed, no cookies, no storage, the page loaded with Clerk. */
async function open(target: Target) {
  await resetBackend(target.url());
  if (page.url() !== 'about:blank' && new URL(page.url()).origin === target.url()) {
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  }
  await context.clearCookies();
  const response = await page.goto(target.url());
  await target.ready(page);
  return response!;
}

/** Signs out; clerk-js then loads its after-sign-out URL, this page, anew. */
async function signOut(target: Target) {
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await reloaded;
  await target.ready(page);
}

/** The code the backend last sent, once the request that sends it has arrived. */
async function sentCode(email: string, channel: 'lastSmsCode' | 'lastEmailCode', origin: string): Promise<string> {
  let code: string | null = null;
  await expect.poll(async () => (code = await lastCode(email, channel, origin).catch(() => null))).not.toBeNull();
  return code!;
}

describe.each(TARGETS)('$name under the strict policy', (target) => {
  it('is served with the policy, and the browser enforces it', async () => {
    const response = await open(target);
    expect(response.headers()['content-security-policy']).toBe(STRICT_POLICY);
    expect(await page.getByTestId('clerk-generation').innerText()).toMatch(generation === 'core-2' ? /Core 2/ : /Core 3/);
    expect(await page.getByTestId('react-version').innerText()).toMatch(generation === 'core-3-react18' ? /^React 18\.3\./ : /^React 19\./);
    if (target.name === 'the server-rendered page') {
      // The first step is in the server's markup, before any script runs, and has no inline style.
      const html = await (await fetch(target.url())).text();
      expect(html).toMatch(/<div data-part="flow" data-step="password"><form [^>]*data-step="password"/);
      expect(html).toContain('>Email address</label>');
      expect(html).toContain('>Password</label>');
      expect(html).toMatch(/<button type="submit"[^>]*>Continue<\/button>/);
      // Rendered by the same React as hydrates it.
      expect(html).toMatch(generation === 'core-3-react18' ? /React <!-- -->18\.3\./ : /React <!-- -->19\./);
      expect(html).not.toMatch(/\sstyle=/i);
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/i);
      expect(html).not.toMatch(/<style/i);
    }
    // Clerk's two timer workers started, and the policy let them (see CLERK_TIMERS_WORKER).
    expect(expectNoViolations()).toBe(2);

    // The recorder sees what the policy refuses: an inline style attribute and an inline script.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<p style="color: red">probe</p>');
      const script = document.createElement('script');
      script.textContent = 'window.__inlineScriptRan = true';
      document.body.append(script);
    });
    const refused = () => violations.map((violation) => `${violation.directive} ${violation.blockedURI}`);
    await expect.poll(() => refused().sort()).toEqual(['script-src-elem inline', 'style-src-attr inline']);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations.length)).toBe(violations.length);
    expect(await page.evaluate(() => (window as unknown as { __inlineScriptRan?: boolean }).__inlineScriptRan)).toBeUndefined();
  });

  it('signs in with the password alone, then with an authenticator code', async () => {
    await open(target);
    await submitPassword(page, 'plain@example.com');
    await expectSignedIn(page, 'plain@example.com');
    await signOut(target);
    await submitPassword(page, 'totp@example.com');
    // The sixth digit submits by itself.
    await page.getByLabel('Authenticator code').fill(await totpFor('totp@example.com', target.url()));
    await expectSignedIn(page, 'totp@example.com');
    expectNoViolations();
  });

  it('signs in with an SMS code, then with an email code', async () => {
    await open(target);
    await submitPassword(page, 'sms@example.com');
    await page.getByLabel('SMS code').fill(await sentCode('sms@example.com', 'lastSmsCode', target.url()));
    await expectSignedIn(page, 'sms@example.com');
    await signOut(target);
    await submitPassword(page, 'email@example.com');
    await page.getByLabel('Email code').fill(await sentCode('email@example.com', 'lastEmailCode', target.url()));
    await expectSignedIn(page, 'email@example.com');
    expectNoViolations();
  });

  it('signs in with a backup code', async () => {
    await open(target);
    const [backupCode] = await unusedBackupCodes('mfa@example.com', target.url());
    await submitPassword(page, 'mfa@example.com');
    await page.getByRole('checkbox', { name: 'Use a backup code' }).click();
    await page.getByLabel('Backup code', { exact: true }).fill(backupCode!);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expectSignedIn(page, 'mfa@example.com');
    expectNoViolations();
  });
});
