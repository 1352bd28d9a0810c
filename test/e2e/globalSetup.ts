import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

const demoConfig = fileURLToPath(new URL('../../local/demo/vite.config.ts', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Builds the demo once and serves it, with the emulator on the same origin, for every e2e file. */
export async function setup(project: TestProject) {
  await build({ configFile: demoConfig, logLevel: 'warn', mode: 'production' });
  server = await preview({ configFile: demoConfig, logLevel: 'warn', preview: { port: 0, host: 'localhost' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The demo preview server did not report its URL.');
  project.provide('demoUrl', url.replace(/\/$/, ''));
}

export async function teardown() {
  await server?.close();
}
