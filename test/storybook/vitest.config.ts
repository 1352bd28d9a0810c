/// <reference types="vitest/config" />
// The stories as Vitest browser tests: each story renders, runs its play function, is checked by axe
// (the a11y addon, `parameters.a11y.test = 'error'`) and is compared with its committed screenshots in
// the light and the dark theme (see setup.ts). Picked up by the root config's `test/*/vitest.config.ts`.
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const executablePath = findChromium() ?? undefined;
// Storybook's plugin gives each story this viewport. The page that hosts the test iframe gets the same
// size: with Playwright's default 1280x720 page, the 900 px tall iframe is scaled down to 80 % and every
// screenshot comes out shrunk and blurred.
const viewport = { width: 1200, height: 900 };

export default defineConfig({
  root,
  plugins: [react(), storybookTest({ configDir: fileURLToPath(new URL('../../.storybook', import.meta.url)) })],
  test: {
    name: 'storybook',
    setupFiles: ['test/storybook/setup.ts'],
    // Stories run beside the end-to-end columns on two cores; a screenshot pair can take seconds then.
    testTimeout: 30_000,
    // The hook after each story takes up to eight screenshots and runs the story again twice.
    hookTimeout: 120_000,
    // Read by setup.ts: CSS appended to every story before its screenshots. Only the proof that the
    // visual comparison bites (prove-visual-bites.mjs) sets it; a normal run compares the real look.
    provide: { visualCssOverride: process.env.MFA_VISUAL_CSS_OVERRIDE ?? '' },
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS }, contextOptions: { viewport } }),
      instances: [{ browser: 'chromium' }],
      viewport,
      expect: {
        toMatchScreenshot: {
          // Per-pixel colour tolerance, in YIQ distance. Vitest's default (0.1) lets a hue change of similar
          // brightness through (the dark accent #a5a8ff turned #8ab4ff passed); 0.05 catches it, and reruns
          // here still match (re-rendering is not bit-exact, a few edge pixels move by a shade).
          comparatorName: 'pixelmatch',
          // A screenshot counts once it agrees with the baseline, or two shots in a row agree. Beside the
          // end-to-end columns one shot can take over two seconds, and Vitest's default 5 s left no room
          // after a first shot that differed (SmsMfaSetup's EnterNumber failed once in CI as "not stable").
          // Only a page that keeps changing waits this long.
          timeout: 15_000,
          comparatorOptions: { threshold: 0.05 },
          // Failures write the actual and diff images under .vitest/ (git-ignored), or where the proof script says.
          resolveDiffPath: ({ root: projectRoot, testFileDirectory, testFileName, arg, browserName, platform, ext }) =>
            `${process.env.MFA_VISUAL_DIFF_DIR ?? `${projectRoot}/.vitest/screenshots`}/${testFileDirectory}/${testFileName}/${arg}-${browserName}-${platform}${ext}`,
        },
      },
    },
  },
});
