import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';

export const DEMO_PASSWORD = 'demo-password-2026';
export const demoUrl = () => inject('demoUrl');

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run `node test/support/ensure-chromium.mjs`.');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** A call to the control surface of the backend at `backendOrigin` (the demo's own by default). */
export async function control(path: string, init?: { method?: string; body?: unknown }, backendOrigin = demoUrl()) {
  const response = await fetch(`${backendOrigin}/__emulator/${path}`, {
    method: init?.method ?? 'GET',
    headers: init?.body ? { 'content-type': 'application/json' } : undefined,
    body: init?.body ? JSON.stringify(init.body) : undefined,
  });
  if (!response.ok) throw new Error(`control ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

export const resetBackend = (backendOrigin = demoUrl()) => control('reset', { method: 'POST' }, backendOrigin);
export const injectFault = (fault: Record<string, unknown>) => control('faults', { method: 'POST', body: fault });
export const clearFaults = () => control('faults', { method: 'DELETE' });

/** FAPI requests the backend received, optionally only those whose path ends with `suffix`. */
export async function backendRequests(method?: string, suffix?: string): Promise<{ method: string; path: string }[]> {
  const all: { method: string; path: string }[] = await control('requests');
  return all.filter((request) => (!method || request.method === method) && (!suffix || request.path.endsWith(suffix)));
}

/** The account's current authenticator code from the backend's demo rows; waits out a code about to roll over. */
export async function totpFor(email: string, backendOrigin = demoUrl()): Promise<string> {
  const users: { email: string; totpCode?: string; totpSecondsLeft?: number }[] = await (await fetch(`${backendOrigin}/__emulator/demo`)).json();
  const user = users.find((candidate) => candidate.email === email);
  if (!user?.totpCode) throw new Error(`${email} has no authenticator`);
  // A code about to roll over may be refused by the time it arrives; wait for the next one.
  if ((user.totpSecondsLeft ?? 30) < 3) {
    await new Promise((resolve) => setTimeout(resolve, (user.totpSecondsLeft! + 1) * 1000));
    return totpFor(email, backendOrigin);
  }
  return user.totpCode;
}

/** The last code the backend "sent" to `email` by SMS or by email. */
export async function lastCode(email: string, channel: 'lastSmsCode' | 'lastEmailCode', backendOrigin = demoUrl()): Promise<string> {
  const users: ({ email: string } & Partial<Record<typeof channel, string>>)[] = await control('demo', undefined, backendOrigin);
  const code = users.find((user) => user.email === email)?.[channel];
  if (!code) throw new Error(`no ${channel} for ${email}`);
  return code;
}

export async function unusedBackupCodes(email: string, backendOrigin = demoUrl()): Promise<string[]> {
  const users: { email: string; backupCodes?: string[] }[] = await control('demo', undefined, backendOrigin);
  return users.find((candidate) => candidate.email === email)?.backupCodes ?? [];
}

export interface DemoPage {
  page: Page;
  context: BrowserContext;
  /** Every request the page made to somewhere other than this machine during the current test. */
  outsideRequests: string[];
}

export function isLocal(address: string): boolean {
  const url = new URL(address);
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) || ['blob:', 'data:', 'about:'].includes(url.protocol);
}

/** The demo page with Clerk loaded, in `page`, with nothing left from a previous test: no cookies, no storage. */
export async function openDemo(demo: DemoPage): Promise<void> {
  if (demo.page.url().startsWith(demoUrl())) {
    await demo.page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  }
  await demo.context.clearCookies();
  await demo.page.goto(demoUrl());
  await demo.page.getByLabel('Email address').waitFor();
}
export async function fillPassword(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
}

export async function submitPassword(page: Page, email: string, password = DEMO_PASSWORD) {
  await fillPassword(page, email, password);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** The text of the element that describes `field` (its error, then its hint). */
export async function descriptionOf(page: Page, label: string): Promise<string> {
  const input = page.getByLabel(label, { exact: true });
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(ids.split(' ').filter(Boolean).map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

export async function expectSignedIn(page: Page, email: string) {
  // Generous: the signed-in page now also loads the account's two-step verification settings, and
  // the five suites share two cores in CI (a sign-in there once took longer than 15 s).
  await page.getByRole('heading', { name: 'Welcome back' }).waitFor({ timeout: 30_000 });
  expect(await page.getByText('Signed in as').innerText()).toContain(email);
}

/**
 * Registers this file's hooks: one Chromium, one browser profile and one page for the file; per test,
 * a backend reset to its seed, the profile's cookies and storage cleared and the demo page loaded
 * anew; after each test, the check that no request left the machine. A new profile per test would
 * cost a new renderer and cold caches each time, about four times the CPU of a page load in the
 * same profile, and these tests run on two cores. Returns an accessor for the current test's page.
 */
export function useDemoPage(): () => DemoPage {
  let browser: Browser;
  let demo: DemoPage;
  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext();
    const page = await context.newPage();
    demo = { page, context, outsideRequests: [] };
    page.on('request', (request) => {
      if (!isLocal(request.url())) demo.outsideRequests.push(request.url());
    });
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    demo.outsideRequests.length = 0;
    await resetBackend();
    await openDemo(demo);
  });
  afterEach(() => {
    expect(demo.outsideRequests, 'requests that left this machine').toEqual([]);
  });
  return () => demo;
}
