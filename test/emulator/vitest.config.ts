import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Standalone (`npx vitest run --config test/emulator/vitest.config.ts`) and also picked up as a
// project by the root config; the explicit root keeps `include` relative to the repository either way.
export default defineConfig({
  test: {
    name: 'emulator',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['test/emulator/**/*.test.ts'],
    // The schema run validates every answer of a scripted walk through every endpoint: seconds, not
    // milliseconds, while the end-to-end columns share the two cores.
    testTimeout: 30_000,
  },
});
