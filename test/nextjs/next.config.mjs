import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
// The built package under test (`npm test` builds it first), as an app installing it from npm would get it.
const entry = path.join(repoRoot, 'dist/index.js');
// Where Clerk's Frontend API answers: the test's emulator, which also serves clerk-js under /npm/.
// Rewrites are fixed at build time (routes-manifest.json), so `next build` needs it already.
const clerkOrigin = process.env.CLERK_ORIGIN;
if (!clerkOrigin) throw new Error('Set CLERK_ORIGIN (the emulator origin) before `next build`.');

/** @type {import('next').NextConfig} */
export default {
  outputFileTracingRoot: repoRoot,
  turbopack: {
    root: repoRoot,
    // Must be './'-relative to this directory: an absolute path is silently ignored.
    resolveAlias: { 'clerk-mfa-steps': './' + path.relative(here, entry) },
  },
  // The root `npm run typecheck` checks app/ (against the library's source); skip Next's second pass.
  typescript: { ignoreBuildErrors: true },
  // Clerk's proxy set-up: the browser talks to `/__clerk` on the app's own origin, Next forwards it.
  async rewrites() {
    return [{ source: '/__clerk/:path*', destination: `${clerkOrigin}/__clerk/:path*` }];
  },
};
