// Benchmark of the demo page as an app would ship it: a production build (React, @clerk/react, this
// library; clerk-js 6's browser script is served beside it and not counted here, `npm run bench` counts
// everything the browser loads), its JavaScript and CSS by gzip size, and the time
// from navigation to a usable sign-in form in headless Chromium against the local backend.
// Prints figures; times on shared 2-core machines are noisy, so it reports the median of several runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';

const RUNS = 7;
const configFile = fileURLToPath(new URL('../../local/demo/vite.config.ts', import.meta.url));
// A production build of the demo in its default mode: Core 3.
const outDir = fileURLToPath(new URL('../../local/demo/dist/production/assets', import.meta.url));

await build({ configFile, logLevel: 'warn' });
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
let total = 0;
for (const file of readdirSync(outDir).filter((name) => /\.(js|css)$/.test(name))) {
  const gzip = gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  total += gzip;
  console.log(`${file.padEnd(40)} gzip ${kib(gzip)}`);
}
console.log(`demo page JS + CSS: gzip ${kib(total)} (fonts excluded)`);

const server = await preview({ configFile, logLevel: 'warn', preview: { port: 0, host: 'localhost' } });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const times = [];
for (let run = 0; run < RUNS; run += 1) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const start = Date.now();
  await page.goto(url);
  await page.getByLabel('Email address').waitFor();
  times.push(Date.now() - start);
  await context.close();
}
times.sort((a, b) => a - b);
console.log(`navigation to usable sign-in form (Clerk loaded), median of ${RUNS}: ${times[Math.floor(RUNS / 2)]} ms (min ${times[0]}, max ${times.at(-1)})`);
await browser.close();
await server.close();
