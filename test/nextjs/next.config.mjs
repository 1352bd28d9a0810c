import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
// The built package under test; the negative control points this at a doctored copy.
const dist = path.resolve(process.env.CLERK_MFA_STEPS_DIST ?? path.join(repoRoot, 'dist'));
const entry = path.join(dist, 'index.js');
if (path.relative(repoRoot, entry).startsWith('..')) {
  // Turbopack silently ignores an alias outside its root and falls back to the repo's own dist.
  throw new Error(`CLERK_MFA_STEPS_DIST must be inside ${repoRoot}`);
}

/** @type {import('next').NextConfig} */
export default {
  outputFileTracingRoot: repoRoot,
  turbopack: {
    root: repoRoot,
    // Must be './'-relative to this directory: an absolute path is silently ignored.
    resolveAlias: { 'clerk-mfa-steps': './' + path.relative(here, entry) },
  },
  webpack(config) {
    config.resolve.alias['clerk-mfa-steps$'] = entry;
    return config;
  },
};
