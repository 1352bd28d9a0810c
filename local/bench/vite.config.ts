import { STYLESHEET_CSS_TARGET } from '../css-target.js';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { clerkEmulator } from '../demo/vite.config.js';
import { clerkScripts } from '../clerk-scripts.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The bench pages, each a minimal app of its own. `vite build --mode <page>` builds one page into
 * `dist/<page>/`, served under `/<page>/`; `vite preview` serves all of `dist/` on one origin with the
 * emulator and Clerk's browser scripts (`clerkScripts()`), so every page meets the same backend.
 */
export const BENCH_PAGES = [
  'core-2-prebuilt',
  'core-3-prebuilt',
  'core-3-prebuilt-bundled-ui',
  'core-2-flow',
  'core-2-flow-script',
  'core-3-flow',
  'core-3-flow-main',
  'core-3-flow-script',
  'core-3-flow-script-preload',
  'core-3-flow-headless-runtime',
] as const;

export default defineConfig(({ command, mode }) => {
  if (command === 'build') {
    if (!(BENCH_PAGES as readonly string[]).includes(mode)) throw new Error(`Build one bench page: --mode ${BENCH_PAGES.join(' | ')}`);
    // The mode names the page: the build is a production build whatever its mode, as an app ships it.
    Object.assign(process.env, { NODE_ENV: 'production' });
  }
  return {
    root: command === 'build' ? here(mode) : here('.'),
    base: command === 'build' ? `/${mode}/` : '/',
    plugins: [react(), clerkScripts(), clerkEmulator()],
    resolve: {
      // The library from source, as the demo uses it.
      alias: [
        { find: /^clerk-mfa-steps\/styles\.css$/, replacement: here('../../src/styles.css') },
        { find: /^clerk-mfa-steps\/core-2$/, replacement: here('../../src/core-2.ts') },
        { find: /^clerk-mfa-steps$/, replacement: here('../../src/index.ts') },
      ],
    },
    preview: { host: 'localhost' },
    // clerk-js bundled is one large chunk by design; the warning says nothing here.
    build: { outDir: command === 'build' ? here(`dist/${mode}`) : here('dist'), emptyOutDir: true, chunkSizeWarningLimit: 4000, cssTarget: STYLESHEET_CSS_TARGET },
  };
});
