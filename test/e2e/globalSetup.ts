import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import type { E2EGeneration } from './vitest.config.js';

const demoConfig = fileURLToPath(new URL('../../local/demo/vite.config.ts', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
    generation: E2EGeneration;
  }
}

let server: PreviewServer | undefined;

/** Builds this column's variant of the demo once and serves it, with the backend on the same origin. */
export async function setup(project: TestProject) {
  const generation = project.config.provide.generation as E2EGeneration;
  // The React 18 column builds the Core 3 demo with React 18.3 in place of the repository's React 19.
  // (Set for this build only: several columns' setups may run in one process.)
  const mode = generation === 'core-2' ? 'core-2' : generation;
  if (generation === 'core-3-react18') process.env.DEMO_REACT18_MODULES = await (await import('../support/react18.mjs')).ensureReact18();
  try {
    await build({ configFile: demoConfig, logLevel: 'warn', mode });
  } finally {
    delete process.env.DEMO_REACT18_MODULES;
  }
  server = await preview({ configFile: demoConfig, logLevel: 'warn', mode, preview: { port: 0, host: 'localhost' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The demo preview server did not report its URL.');
  project.provide('demoUrl', url.replace(/\/$/, ''));
}

export async function teardown() {
  await server?.close();
}
