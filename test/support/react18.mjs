// React 18.3 for the one end-to-end run that proves the Core 3 entry on the oldest React it supports
// (peers: `^18.3.0 || ^19.0.0`). The repository's own node_modules keeps React 19, so React 18 lives in
// a cache folder of its own, under node_modules/ (ignored by git), for a Vite build to alias
// `react` and `react-dom` to. Installed once, then reused: a second call only reads two manifests.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = '18.3.1';
const PACKAGES = ['react', 'react-dom'];
const folder = fileURLToPath(new URL('../../node_modules/.cache/clerk-mfa-steps-react18/', import.meta.url));

const versionIn = (nodeModules, name) => {
  try {
    return JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
};
const isReady = (nodeModules) => PACKAGES.every((name) => versionIn(nodeModules, name) === VERSION);

/**
 * Makes sure the cache folder holds react@18.3.1 and react-dom@18.3.1 (with their own dependencies,
 * `scheduler` 0.23 among them) and returns its `node_modules` path.
 * @returns {Promise<string>}
 */
export async function ensureReact18() {
  const nodeModules = join(folder, 'node_modules');
  if (isReady(nodeModules)) return nodeModules;

  // Installed beside the cache and moved in whole, so a run stopped half-way, or a second process
  // installing at the same moment, never leaves a folder that looks ready and is not.
  const staging = `${folder.replace(/\/$/, '')}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  // A manifest of its own, so npm treats the folder as its project and never walks up to this repository's.
  writeFileSync(join(staging, 'package.json'), JSON.stringify({ name: 'clerk-mfa-steps-react18', private: true }, null, 2));
  execFileSync(
    'npm',
    ['install', '--prefix', staging, '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', ...PACKAGES.map((name) => `${name}@${VERSION}`)],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (!isReady(join(staging, 'node_modules'))) throw new Error(`npm did not install ${PACKAGES.join(' and ')} ${VERSION} in ${staging}`);

  if (isReady(nodeModules)) {
    rmSync(staging, { recursive: true, force: true }); // another process finished first
    return nodeModules;
  }
  rmSync(folder, { recursive: true, force: true });
  try {
    renameSync(staging, folder);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!isReady(nodeModules)) throw error;
  }
  return nodeModules;
}
