import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Alias, type Plugin } from 'vite';
import { STRICT_CONTENT_SECURITY_POLICY } from '../content-security-policy.js';
import { clerkScripts } from '../clerk-scripts.js';
import { STYLESHEET_CSS_TARGET } from '../css-target.js';
import { createEmulator, DEMO_PASSWORD, SEED_USERS, type Emulator } from '../emulator/index.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Serves the local Clerk backend on the page's own origin: `/__clerk/v1/...` for the SDK and
 * `/__emulator/...` for tests and the demo panel. Same origin means no CORS and first-party cookies.
 */
export function clerkEmulator(emulator: Emulator = createEmulator()): Plugin {
  return {
    name: 'clerk-emulator',
    configureServer(server) {
      server.middlewares.use(emulator.middleware);
      server.httpServer?.once('listening', () => setTimeout(() => printAccounts(), 50));
    },
    configurePreviewServer(server) {
      server.middlewares.use(emulator.middleware);
    },
  };
}

function printAccounts() {
  const lines = SEED_USERS.map((user) => `    ${user.email.padEnd(22)} ${user.description}`);
  console.log(
    [
      '',
      '  Demo accounts (password for all: ' + DEMO_PASSWORD + ')',
      ...lines,
      '  The page shows each account\'s current authenticator code, last SMS and email codes and unused backup codes;',
      '  a "forgot password" reset code shows there as the last email code.',
      '',
    ].join('\n'),
  );
}

/**
 * The library from source, as the demo and the server-rendered page import it: edits show up without
 * a build. With `react18Modules`, React 18.3 from that folder in place of the repository's React 19.
 */
export function librarySourceAliases(react18Modules = process.env.DEMO_REACT18_MODULES): Alias[] {
  return [
    { find: /^clerk-mfa-steps\/styles\.css$/, replacement: here('../../src/styles.css') },
    { find: /^clerk-mfa-steps\/core-2$/, replacement: here('../../src/core-2.ts') },
    { find: /^clerk-mfa-steps\/locales\/([a-zA-Z-]+)$/, replacement: here('../../src/locales/$1.ts') },
    { find: /^clerk-mfa-steps$/, replacement: here('../../src/index.ts') },
    ...(react18Modules
      ? [
          { find: /^react-dom($|\/)/, replacement: `${react18Modules}/react-dom$1` },
          { find: /^react($|\/)/, replacement: `${react18Modules}/react$1` },
        ]
      : []),
  ];
}

/**
 * `mode` picks the Clerk generation: Core 3 by default, Core 2 in `core-2` mode
 * (`npm start -- --core-2`). `react18` swaps React for 18.3 from `react18Modules` (a Core 3 test column).
 */
export default defineConfig(({ command, mode }) => {
  const core2 = mode.includes('core-2');
  // The mode names the Clerk generation, not the environment: a build is a production build
  // whatever its mode (Vite would otherwise bundle React's development build, twice as slow to load).
  if (command === 'build') Object.assign(process.env, { NODE_ENV: 'production' });
  return {
  root: here('.'),
  // Clerk's browser scripts before the emulator, which answers the rest of `/__clerk`.
  plugins: [react(), clerkScripts(), clerkEmulator()],
  resolve: {
    alias: [{ find: /^#demo-clerk$/, replacement: here(core2 ? './clerk-core-2.tsx' : './clerk-core-3.tsx') }, ...librarySourceAliases()],
  },
  // Pre-bundled up front so the first page load does not stop to optimize and reload.
  optimizeDeps: {
    include: core2
      ? ['@clerk/clerk-react', '@clerk/clerk-react/experimental', 'clerk-js-core-2/headless', 'react-hook-form', '@radix-ui/react-checkbox', 'react', 'react-dom/client']
      : ['@clerk/react', 'react-hook-form', '@radix-ui/react-checkbox', 'react', 'react-dom/client'],
  },
  server: { port: 5173, strictPort: false, host: 'localhost' },
  // The built demo (the e2e columns serve it with `vite preview`) is served under the strict policy.
  // The dev server (`npm start`) is not: its hot reload needs what the policy forbids, an inline
  // module script (React Refresh's preamble) and `<style>` elements for each imported stylesheet.
  // Vite's `html.cspNonce` would only trade that for a nonce in the policy, no longer the strict one.
  preview: { host: 'localhost', headers: { 'Content-Security-Policy': STRICT_CONTENT_SECURITY_POLICY } },
  // clerk-js is one large chunk by design; the warning says nothing about this demo.
  build: { outDir: here(`dist/${mode}`), emptyOutDir: true, chunkSizeWarningLimit: 2000, cssTarget: STYLESHEET_CSS_TARGET },
  };
});
