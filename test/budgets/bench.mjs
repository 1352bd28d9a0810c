// Side-by-side benchmark: Clerk's prebuilt <SignIn/> and this library's <SignInFlow>, on Core 2 and on
// Core 3, each page a minimal app built for production (local/bench/), all served by one server with
// one local Clerk backend, measured in one Chromium, runs interleaved (A, B, C, …, A, B, C, …).
//
// Per page: the JavaScript and CSS the browser loads at start-up (taken from its network log: every
// script and stylesheet requested until the network is quiet after the form is usable, each file
// compressed on its own as a server would send it, gzip level 9 and brotli quality 11), first
// contentful paint, time until the form accepts input with Clerk loaded (the email field visible and
// enabled, and ClerkProvider reporting loaded), and main-thread script time (CDP Performance.getMetrics
// ScriptDuration over the page load), at full speed, with the CPU slowed 4×, and slowed 4× behind a
// slow network (see PROFILES). Ratios are to the
// prebuilt page of the same generation. Before timing, each page signs in once (password, then an
// authenticator code) to prove it works against the backend.
//
//   npm run bench                    all pages, 7 rounds; writes test/budgets/bench-results.md
//   npm run bench -- --runs 3 --pages core-3-flow,core-3-prebuilt   a quick look (results file untouched)
//   npm run bench:readme             copies the results file's tables into README.md between the markers
//   npm run bench -- --budget        bytes only, the four pages of the side-by-side table: fails when a
//                                    <SignInFlow> page passes half its prebuilt page's bytes (npm test runs it)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';

const configFile = fileURLToPath(new URL('../../local/bench/vite.config.ts', import.meta.url));
const distDir = fileURLToPath(new URL('../../local/bench/dist/', import.meta.url));
const resultsFile = fileURLToPath(new URL('./bench-results.md', import.meta.url));
const readmeFile = fileURLToPath(new URL('../../README.md', import.meta.url));
const README_START = '<!-- bench:start -->';
const README_END = '<!-- bench:end -->';

const EMAIL = 'totp@example.com';
const PASSWORD = 'demo-password-2026';
/**
 * Conditions each page is loaded under. The slowed network (150 ms added to every request, 1.6 Mbit/s
 * down, 750 kbit/s up: the round trip and bandwidth of Lighthouse's mobile profile, applied by Chromium
 * per request) shows what the bytes cost, which a localhost run hides.
 */
const PROFILES = [
  { label: '1×', cpu: 1 },
  { label: '4×', cpu: 4 },
  { label: '4×, slow network', cpu: 4, network: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 } },
];

/**
 * The pages, in the order they run in each round. `base` names the prebuilt page of the same
 * generation that ratios are taken against; `table` puts a page in the side-by-side table or among
 * the other ways of loading Clerk.
 */
const PAGES = [
  { name: 'core-2-prebuilt', table: 'main', base: 'core-2-prebuilt', kind: 'prebuilt', what: 'Core 2 prebuilt `<SignIn/>`', loads: 'clerk-react 5; clerk-js 5 full browser script (`clerk.browser.js`) and its UI chunks' },
  { name: 'core-3-prebuilt', table: 'main', base: 'core-3-prebuilt', kind: 'prebuilt', what: 'Core 3 prebuilt `<SignIn/>`', loads: '@clerk/react 6; clerk-js 6 browser script and @clerk/ui browser script with its chunks' },
  { name: 'core-2-flow-script', table: 'main', base: 'core-2-prebuilt', kind: 'flow', what: 'Core 2 `<SignInFlow>`', loads: 'clerk-react 5; clerk-js 5 headless browser script (`clerkJSVariant="headless"`, as the README shows)' },
  { name: 'core-3-flow-script', table: 'main', base: 'core-3-prebuilt', kind: 'flow', what: 'Core 3 `<SignInFlow>`', loads: '@clerk/react 6; clerk-js 6 browser script, `prefetchUI={false}` (as the README shows)' },
  { name: 'core-3-flow-script-preload', table: 'other', base: 'core-3-prebuilt', kind: 'flow', what: 'Core 3 `<SignInFlow>`', loads: 'clerk-js 6 browser script, `prefetchUI={false}`, and `<link rel="preload">` for it in the page' },
  { name: 'core-2-flow', table: 'other', base: 'core-2-prebuilt', kind: 'flow', what: 'Core 2 `<SignInFlow>`', loads: 'clerk-js 5 `headless` entry bundled (as the demo)' },
  { name: 'core-3-flow', table: 'other', base: 'core-3-prebuilt', kind: 'flow', what: 'Core 3 `<SignInFlow>`', loads: 'clerk-js 6 `no-rhc` entry bundled into the app' },
  { name: 'core-3-flow-main', table: 'other', base: 'core-3-prebuilt', kind: 'flow', what: 'Core 3 `<SignInFlow>`', loads: 'clerk-js 6 main entry (`@clerk/clerk-js`) bundled' },
  { name: 'core-3-flow-headless-runtime', table: 'other', base: 'core-3-prebuilt', kind: 'flow', what: 'Core 3 `<SignInFlow>`', loads: 'clerk-js 6 `no-rhc` bundled, `experimental.runtimeEnvironment: \'headless\'`' },
  { name: 'core-3-prebuilt-bundled-ui', table: 'other', base: 'core-3-prebuilt', kind: 'prebuilt', what: 'Core 3 prebuilt `<SignIn/>`', loads: '@clerk/ui bundled (`ui` prop); clerk-js 6 browser script' },
];

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    pages: { type: 'string' },
    readme: { type: 'boolean', default: false },
    budget: { type: 'boolean', default: false },
  },
});

/** The most a `<SignInFlow>` page may load, as a share of the prebuilt page of its generation (gzip). */
const PAGE_BUDGET_RATIO = 0.5;

if (options.readme) {
  writeReadmeSection();
  process.exit(0);
}

const RUNS = Number(options.runs);
const selected = options.budget
  ? PAGES.filter((page) => page.table === 'main')
  : options.pages
    ? PAGES.filter((page) => options.pages.split(',').includes(page.name))
    : PAGES;
if (selected.length === 0) throw new Error(`No such page; pages: ${PAGES.map((page) => page.name).join(', ')}`);
// A partial run is a look, not a result: the results file and the README keep the full run's figures.
const fullRun = selected.length === PAGES.length && RUNS >= 7 && !options.budget;

for (const page of selected) {
  console.log(`building ${page.name}`);
  await build({ configFile, mode: page.name, logLevel: 'warn' });
}
// A same-origin empty page: each run starts here, so CPU throttling and the performance counters are
// set in the renderer that then loads the bench page, with the browser cache still cold for it.
mkdirSync(distDir, { recursive: true });
writeFileSync(`${distDir}blank.html`, '<!doctype html><title>blank</title><link rel="icon" href="data:,">');

const server = await preview({ configFile, logLevel: 'warn', preview: { port: 0, host: 'localhost' } });
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

try {
  for (const page of selected) {
    await proveSignIn(page);
    console.log(`${page.name}: signed in with password and authenticator code`);
  }
  const bytes = {};
  for (const page of selected) {
    bytes[page.name] = await measureBytes(page);
    console.log(`${page.name}: ${bytes[page.name].files} files, gzip ${kib(bytes[page.name].gzip)} KiB, brotli ${kib(bytes[page.name].brotli)} KiB`);
  }
  if (options.budget) checkPageBudget(bytes);
  else await timeAndReport(bytes);
} finally {
  await browser.close();
  await server.close();
}

/** Times every selected page, interleaved, and prints (and for a full run writes) the results. */
async function timeAndReport(bytes) {
  const samples = Object.fromEntries(selected.map((page) => [page.name, Object.fromEntries(PROFILES.map((profile) => [profile.label, []]))]));
  for (let round = 0; round < RUNS; round += 1) {
    for (const profile of PROFILES) {
      for (const page of selected) {
        const sample = await timePageLoad(page, profile);
        samples[page.name][profile.label].push(sample);
        console.log(`round ${round + 1}/${RUNS} ${profile.label.padEnd(17)} ${page.name.padEnd(28)} fcp ${ms(sample.fcp)} usable ${ms(sample.usable)} script ${ms(sample.script)}`);
      }
    }
  }
  const results = selected.map((page) => ({ page, bytes: bytes[page.name], time: medians(samples[page.name]) }));
  const chromiumVersion = browser.version();
  const markdown = resultsMarkdown(results, chromiumVersion);
  console.log(`\n${markdown}`);
  if (fullRun) {
    writeFileSync(resultsFile, markdown);
    console.log(`written to ${resultsFile}; \`npm run bench:readme\` copies it into README.md`);
  }
}

/** Fails the run when a `<SignInFlow>` page loads more than its share of the prebuilt page's bytes. */
function checkPageBudget(bytes) {
  const over = [];
  for (const page of selected.filter(({ kind }) => kind === 'flow')) {
    const ratio = bytes[page.name].gzip / bytes[page.base].gzip;
    const verdict = ratio > PAGE_BUDGET_RATIO ? 'EXCEEDED' : 'within';
    console.log(`${page.name}: ${ratio.toFixed(2)}× the bytes of ${page.base} (budget ${PAGE_BUDGET_RATIO}×, ${verdict})`);
    if (ratio > PAGE_BUDGET_RATIO) over.push(page.name);
  }
  if (over.length > 0) {
    console.error(`page budget exceeded: ${over.join(', ')}`);
    process.exitCode = 1;
  }
}

/** The email field, found by its label as a person finds it: Clerk's prebuilt form and the library's both say "Email address". */
function usableAt() {
  const label = [...document.querySelectorAll('label')].find((element) => element.textContent?.trim().startsWith('Email address'));
  const input = label?.control;
  const usable =
    document.documentElement.dataset.clerkLoaded === 'true' &&
    input instanceof HTMLInputElement &&
    !input.disabled &&
    !input.readOnly &&
    input.getClientRects().length > 0 &&
    getComputedStyle(input).visibility !== 'hidden';
  return usable ? performance.now() : false;
}

async function newPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page, problems };
}

function check(name, problems) {
  if (problems.length > 0) throw new Error(`${name}:\n  ${problems.join('\n  ')}`);
}

async function proveSignIn({ name, kind }) {
  const { context, page, problems } = await newPage();
  try {
    await page.goto(`${origin}/${name}/`);
    await page.waitForFunction(usableAt, null, { timeout: 30_000 });
    await page.getByLabel('Email address').fill(EMAIL);
    if (kind === 'prebuilt') {
      // Clerk's form asks for the identifier first, then the password on its own step.
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.getByText('Two-step verification').first().waitFor({ timeout: 15_000 });
      // Clerk's code input takes typed digits and submits the sixth.
      await page.locator('input[autocomplete="one-time-code"]').first().focus();
      await page.keyboard.type(await totpCode());
    } else {
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.getByLabel('Authenticator code').fill(await totpCode());
    }
    await page.locator('[data-bench="signed-in"]').waitFor({ timeout: 15_000 });
    check(name, problems);
  } catch (error) {
    await page.screenshot({ path: `${distDir}${name}-sign-in-failure.png` }).catch(() => {});
    throw new Error(`${name}: the sign-in did not complete (screenshot in local/bench/dist/): ${error.message}`);
  } finally {
    await context.close();
  }
}

/** The account's current authenticator code from the backend's demo rows, waiting out a code about to roll over. */
async function totpCode() {
  const users = await (await fetch(`${origin}/__emulator/demo`)).json();
  const user = users.find((candidate) => candidate.email === EMAIL);
  if (!user?.totpCode) throw new Error(`${EMAIL} has no authenticator code`);
  if ((user.totpSecondsLeft ?? 30) < 3) {
    await new Promise((resolve) => setTimeout(resolve, (user.totpSecondsLeft + 1) * 1000));
    return totpCode();
  }
  return user.totpCode;
}

/** Every script and stylesheet the page requests until the network has been quiet for a second after the form is usable. */
async function measureBytes({ name }) {
  const { context, page, problems } = await newPage();
  const bodies = new Map();
  let pending = 0;
  let lastActivity = Date.now();
  page.on('request', () => {
    pending += 1;
    lastActivity = Date.now();
  });
  const settle = () => {
    pending -= 1;
    lastActivity = Date.now();
  };
  page.on('requestfailed', settle);
  page.on('requestfinished', async (request) => {
    const type = request.resourceType();
    // Blob URLs (clerk-js starts its timer worker from one) are made in the page, not loaded.
    if ((type === 'script' || type === 'stylesheet') && /^https?:/.test(request.url())) {
      const response = await request.response();
      if (response) bodies.set(request.url(), response.body());
    }
    settle();
  });
  try {
    await page.goto(`${origin}/${name}/`);
    await page.waitForFunction(usableAt, null, { timeout: 30_000 });
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (pending > 0 || Date.now() - lastActivity < 1000)) await page.waitForTimeout(100);
    check(name, problems);
    const files = await Promise.all([...bodies.values()]);
    return {
      files: files.length,
      gzip: files.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
      brotli: files.reduce((sum, body) => sum + brotliCompressSync(body).length, 0),
    };
  } finally {
    await context.close();
  }
}

async function timePageLoad({ name }, profile) {
  const { context, page, problems } = await newPage();
  try {
    await page.goto(`${origin}/blank.html`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    if (profile.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    }
    const scriptBefore = await scriptSeconds(cdp);
    await page.goto(`${origin}/${name}/`, { waitUntil: 'commit' });
    const usable = await (await page.waitForFunction(usableAt, null, { polling: 'raf', timeout: 60_000 })).jsonValue();
    const script = (await scriptSeconds(cdp)) - scriptBefore;
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
    check(name, problems);
    return { fcp, usable, script: script * 1000 };
  } finally {
    await context.close();
  }
}

async function scriptSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? Number.NaN;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function medians(byProfile) {
  return Object.fromEntries(
    Object.entries(byProfile).map(([profile, runs]) => [profile, { fcp: median(runs.map((run) => run.fcp)), usable: median(runs.map((run) => run.usable)), script: median(runs.map((run) => run.script)) }]),
  );
}

function kib(bytes) {
  return (bytes / 1024).toFixed(1);
}

function ms(value) {
  return `${Math.round(value)} ms`;
}

function withRatio(text, value, base, isBase) {
  return isBase ? text : `${text} (${(value / base).toFixed(2)}×)`;
}

function table(results, all) {
  const header = ['page', 'files', 'JS+CSS gzip KiB', 'brotli KiB'];
  for (const { label } of PROFILES) header.push(`FCP ${label}`, `usable ${label}`, `script ${label}`);
  const rows = results.map(({ page, bytes, time }) => {
    const base = all.find((result) => result.page.name === page.base);
    const isBase = page.name === page.base || !base;
    const cells = [
      `${page.what}: ${page.loads}`,
      String(bytes.files),
      withRatio(kib(bytes.gzip), bytes.gzip, base?.bytes.gzip, isBase),
      withRatio(kib(bytes.brotli), bytes.brotli, base?.bytes.brotli, isBase),
    ];
    for (const { label } of PROFILES) {
      for (const key of ['fcp', 'usable', 'script']) cells.push(withRatio(String(Math.round(time[label][key])), time[label][key], base?.time[label][key], isBase));
    }
    return cells;
  });
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function resultsMarkdown(results, chromiumVersion) {
  const cpu = cpus();
  const main = results.filter((result) => result.page.table === 'main');
  const other = results.filter((result) => result.page.table === 'other');
  return [
    '# Benchmark: prebuilt sign-in and `<SignInFlow>`, side by side',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on ${cpu[0]?.model.trim()} (${cpu.length} cores), ${platform()} ${release()}, Node ${process.version}, Chromium ${chromiumVersion}.`,
    `Medians of ${RUNS} interleaved runs per page and condition; times in ms from navigation start, headless Chromium, one local server ` +
      'for pages, Clerk\'s scripts and the Clerk backend. Conditions: full speed on localhost (1×); the CPU slowed 4× (4×); slowed 4× and behind a ' +
      'slow network, 150 ms added per request, 1.6 Mbit/s down, 750 kbit/s up. Ratios (in brackets) are to the prebuilt page of the same generation. ' +
      'Bytes: every script and stylesheet the browser loaded at start-up (until the network was quiet after the form became usable), each ' +
      'file compressed on its own (gzip 9, brotli 11). "usable": the email field visible and enabled with Clerk loaded; "script": main-thread ' +
      'script time (CDP ScriptDuration) until then. Every page signed in once (password, then an authenticator code) before the timed runs.',
    '',
    `Versions: React ${installedVersion('react')}, @clerk/clerk-react ${installedVersion('@clerk/clerk-react')} with clerk-js ${installedVersion('clerk-js-core-2')}, ` +
      `@clerk/react ${installedVersion('@clerk/react')} with clerk-js ${installedVersion('@clerk/clerk-js')} and @clerk/ui ${installedVersion('@clerk/ui')}. ` +
      'Clerk\'s browser scripts come from the same server, at the paths Clerk\'s proxy serves them from its CDN (`/__clerk/npm/@clerk/…`), gzip-encoded as the app\'s own files.',
    '',
    '## Side by side',
    '',
    table(main, results),
    '',
    '## Other ways to load Clerk for the same pages',
    '',
    table(other, results),
    '',
  ].join('\n');
}

function installedVersion(name) {
  return JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
}

function writeReadmeSection() {
  const results = readFileSync(resultsFile, 'utf8')
    .replace(/^# .*\n\n/, '')
    .replace(/^## /gm, '### ');
  const readme = readFileSync(readmeFile, 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} section`);
  writeFileSync(readmeFile, `${readme.slice(0, start + README_START.length)}\n${results.trim()}\n${readme.slice(end)}`);
  console.log('README.md: benchmark section rewritten from test/budgets/bench-results.md');
}
