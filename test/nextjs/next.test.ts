import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpFor } from '../e2e/support.js';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { startClerkOrigin, type ClerkOrigin } from './clerk-origin.js';

// A @clerk/nextjs 7 App Router app (test/nextjs/app) that imports the built package (`npm test`
// builds it first), built once with `next build`, served by `next start`, and signed in to in Chromium.
// Clerk's Frontend API is the local emulator behind the app's own `/__clerk` (a Next rewrite), as an
// app using Clerk's proxy has it; the server <ClerkProvider> loads clerk-js from there too.
const app = fileURLToPath(new URL('.', import.meta.url));
const nextBin = fileURLToPath(new URL('../../node_modules/next/dist/bin/next', import.meta.url));
const DEMO_PASSWORD = 'demo-password-2026';

let clerk: ClerkOrigin;
let next: ChildProcess | undefined;
let appUrl: string;
let browser: Browser;

function nextEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    // A dotted host, never dialled: with a proxy URL every call goes to `/__clerk`. `pk_live_` means
    // cookie identity (the emulator's HttpOnly `__client`), as in production.
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: `pk_live_${Buffer.from('clerk.app.test$').toString('base64')}`,
    NEXT_PUBLIC_CLERK_PROXY_URL: '/__clerk',
    NEXT_PUBLIC_CLERK_TELEMETRY_DISABLED: '1',
    CLERK_ORIGIN: clerk.origin,
  };
}

/** Runs `next <args>` in the app folder until it exits; resolves with its exit code and output. */
function runNext(args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd: app, env: nextEnv() });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, output }));
  });
}

/** `next start` on a free port of `localhost`; resolves with its URL once it is ready. */
function startNext(): Promise<string> {
  return new Promise((resolve, reject) => {
    // Its own process group, so teardown ends the server and anything it spawned, and nothing else.
    next = spawn(process.execPath, [nextBin, 'start', '--port', '0', '--hostname', 'localhost'], { cwd: app, env: nextEnv(), detached: true });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      const url = /Local:\s+(http:\/\/localhost:\d+)/.exec(output)?.[1];
      if (url && output.includes('Ready')) resolve(url);
    };
    next.stdout!.on('data', onData);
    next.stderr!.on('data', onData);
    next.once('error', reject);
    next.once('exit', (code) => reject(new Error(`next start exited with ${code}:\n${output}`)));
  });
}

beforeAll(async () => {
  clerk = await startClerkOrigin();
  const started = Date.now();
  const build = await runNext(['build']);
  if (build.status !== 0) throw new Error(`next build failed:\n${build.output}`);
  console.info(`next build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  appUrl = await startNext();
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run `node test/support/ensure-chromium.mjs`.');
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (next?.pid && next.exitCode === null) {
    next.removeAllListeners('exit');
    process.kill(-next.pid, 'SIGTERM');
  }
  await clerk?.close();
});

describe('a @clerk/nextjs 7 App Router app, built and started', () => {
  it("signs a person in through the README's sample and shows them on the dashboard", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const outsideRequests: string[] = [];
    const failedResponses: string[] = [];
    const pageErrors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      const local = url.hostname === 'localhost' || ['blob:', 'data:'].includes(url.protocol);
      if (!local) outsideRequests.push(request.url());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.url()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${appUrl}/sign-in`);
    await page.getByLabel('Email address').fill('totp@example.com');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Continue' }).click();
    // The sixth digit submits by itself.
    await page.getByLabel('Authenticator code').fill(await totpFor('totp@example.com', clerk.origin));

    await page.getByText('Signed in as totp@example.com').waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    await context.close();

    expect(outsideRequests, 'requests that left this machine').toEqual([]);
    expect(failedResponses, 'answers of 400 and above').toEqual([]);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    // The server <ClerkProvider> loaded clerk-js through the proxy path, not a bundled copy.
    expect(clerk.servedScripts).toContain('clerk.browser.js');
  });

  it("makes the package a client reference where a server component imports it (its 'use client' at work)", async () => {
    // The page renders <SignInFlow> straight from a server component; it is served with the form in it.
    const html = await (await fetch(`${appUrl}/server-import`)).text();
    expect(html).toContain('Email address');
    // Next lists a module among a page's client references only when it starts with 'use client'.
    // Without it the build above fails (measured: "Failed to collect page data for /server-import",
    // `createContext is not a function`), so this costs no second build. In the README's sample the
    // boundary is the app's own SignInWithRouter, so the package is not listed there.
    const clientModules = (page: string) => {
      const manifest = readFileSync(`${app}.next/server/app/${page}/page_client-reference-manifest.js`, 'utf8');
      const scope: { __RSC_MANIFEST?: Record<string, { clientModules: object }> } = {};
      runInNewContext(manifest, scope);
      return Object.keys(scope.__RSC_MANIFEST![`/${page}/page`]!.clientModules);
    };
    expect(clientModules('server-import')).toContain('[project]/dist/index.js');
    expect(clientModules('sign-in')).not.toContain('[project]/dist/index.js');
    expect(clientModules('sign-in')).toContain('[project]/test/nextjs/app/sign-in/SignInWithRouter.tsx');
  });
});
