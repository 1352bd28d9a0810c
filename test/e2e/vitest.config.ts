import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// End-to-end: the built demo page, the unmodified Clerk SDK, and the local backend, in Chromium.
export default defineProject({
  test: {
    name: 'e2e',
    // Keeps `include` relative to the repository whether run alone or as a project of the root config.
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    // One backend, one browser at a time: every test resets the backend and counts its requests.
    fileParallelism: false,
    testTimeout: 45_000,
    hookTimeout: 60_000,
  },
});
