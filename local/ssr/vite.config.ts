import { STYLESHEET_CSS_TARGET } from '../css-target.js';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { librarySourceAliases } from '../demo/vite.config.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The server-rendered sign-in page, in two builds per mode (build.mjs runs both): the browser build
 * of index.html into `dist/<mode>/client/`, then server.ts as the `ssr` entry into `dist/<mode>/server/`.
 * `mode` picks the Clerk generation as the demo's does: Core 3, or Core 2 in `core-2` mode; with
 * DEMO_REACT18_MODULES set, React 18.3 on both sides.
 */
export default defineConfig(({ mode, isSsrBuild }) => {
  const core2 = mode.includes('core-2');
  // The mode names the Clerk generation, not the environment: both builds are production builds.
  Object.assign(process.env, { NODE_ENV: 'production' });
  return {
    root: here('.'),
    plugins: [react()],
    resolve: {
      alias: [
        { find: /^#ssr-clerk$/, replacement: here(core2 ? './clerk-core-2.tsx' : './clerk-core-3.tsx') },
        { find: /^#ssr-browser-clerk$/, replacement: here(core2 ? './browser-clerk-core-2.ts' : './browser-clerk-core-3.ts') },
        ...librarySourceAliases(),
      ],
    },
    // One self-contained file for Node: React, Clerk's React SDK and the library resolve through the
    // same aliases as in the browser build (React 18.3 included), so both sides render the same tree.
    ssr: isSsrBuild ? { noExternal: true } : undefined,
    // The server bundle reads `process.env.NODE_ENV` at run time unless told; the browser's React is production.
    define: isSsrBuild ? { 'process.env.NODE_ENV': JSON.stringify('production') } : undefined,
    build: isSsrBuild
      ? { outDir: here(`dist/${mode}/server`), emptyOutDir: true, target: 'node20' }
      : { outDir: here(`dist/${mode}/client`), emptyOutDir: true, chunkSizeWarningLimit: 2000, cssTarget: STYLESHEET_CSS_TARGET },
  };
});
