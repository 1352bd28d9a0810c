import { fileURLToPath } from 'node:url';
import { configDefaults, defineProject, type TestProjectConfiguration } from 'vitest/config';

/** The Clerk generations every end-to-end scenario runs on: one column each, one set of tests. */
export const E2E_GENERATIONS = ['core-3', 'core-2', 'core-3-react18'] as const;
export type E2EGeneration = (typeof E2E_GENERATIONS)[number];

/**
 * Files a column skips. The fault matrix is about what Clerk's two generations answer and how the
 * forms meet it; React 18 under Core 3 adds a minute of faults and nothing to learn.
 */
const ONLY_CLERK_GENERATIONS: Partial<Record<E2EGeneration, string[]>> = {
  'core-3-react18': ['test/e2e/fault-matrix.e2e.test.ts'],
};

/**
 * End-to-end: the built demo page, the unmodified Clerk SDK of one generation, and the local backend,
 * in Chromium. The project's name carries the generation; its global setup builds and serves that
 * variant of the demo.
 */
export function e2eProject(generation: E2EGeneration): TestProjectConfiguration {
  return defineProject({
    test: {
      name: `e2e-${generation}`,
      // Keeps `include` relative to the repository whether run alone or as a project of the root config.
      root: fileURLToPath(new URL('../..', import.meta.url)),
      environment: 'node',
      include: ['test/e2e/**/*.e2e.test.ts'],
      exclude: [...configDefaults.exclude, ...(ONLY_CLERK_GENERATIONS[generation] ?? [])],
      globalSetup: ['test/e2e/globalSetup.ts'],
      provide: { generation },
      // One backend, one browser at a time per column: every test resets the backend and counts its requests.
      fileParallelism: false,
      testTimeout: 45_000,
      hookTimeout: 60_000,
    },
  });
}
