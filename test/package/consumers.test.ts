import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Two throwaway apps, one per Clerk generation, each installing the packed library beside its own
// Clerk package. Both Clerk packages are optional peers, so npm must resolve each app without the
// other generation. `--package-lock-only` resolves the whole tree from registry metadata (cached
// after the first run) without downloading a tarball, and `npm ls --package-lock-only` reads that tree
// back, peers included: enough to prove what an install would bring. Reads `npm run build`'s output.

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const common = { react: '19.3.1', 'react-dom': '19.3.1', 'react-hook-form': '7.92.0' };
const apps = {
  core3: { '@clerk/react': '6.18.0', ...common },
  core2: { '@clerk/clerk-react': '5.61.11', ...common },
};

type Tree = { version?: string; dependencies?: Record<string, Tree>; problems?: string[] };
type Listing = { tree: Tree; exitCode: number; lockedPaths: string[] };

let workspace: string;
const listings: Partial<Record<keyof typeof apps, Listing>> = {};

/**
 * Every package resolved anywhere in the tree, however deep. An optional peer left out is listed as
 * `{}` (`UNMET OPTIONAL DEPENDENCY` in the text output), without a version: it is not installed.
 */
function namesIn(tree: Tree, names = new Set<string>()) {
  for (const [name, child] of Object.entries(tree.dependencies ?? {})) {
    if (!child.version) continue;
    names.add(name);
    namesIn(child, names);
  }
  return names;
}

/** The lockfile's own record of what an install would write: `node_modules/…/node_modules/<name>` paths. */
const lockedNamed = (listing: Listing, name: string) => listing.lockedPaths.filter((path) => path.endsWith(`node_modules/${name}`));

async function resolveApp(name: keyof typeof apps, tarball: string): Promise<Listing> {
  const app = join(workspace, name);
  mkdirSync(app);
  const dependencies = { ...apps[name], 'clerk-mfa-steps': `file:${tarball}` };
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, dependencies }, null, 2));
  await run('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: app });
  const lockedPaths = Object.keys(JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')).packages);
  // `npm ls` exits 1 on any problem (a missing or invalid peer, an extraneous package) and still prints the tree.
  try {
    const { stdout } = await run('npm', ['ls', '--package-lock-only', '--all', '--json'], { cwd: app, maxBuffer: 64 * 1024 * 1024 });
    return { tree: JSON.parse(stdout), exitCode: 0, lockedPaths };
  } catch (error) {
    const failed = error as { stdout?: string; code?: number };
    return { tree: JSON.parse(failed.stdout || '{}'), exitCode: failed.code ?? 1, lockedPaths };
  }
}

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'clerk-mfa-steps-consumers-'));
  await run('npm', ['pack', '--ignore-scripts', '--pack-destination', workspace], { cwd: root });
  const tarball = join(workspace, readdirSync(workspace).find((file) => file.endsWith('.tgz'))!);
  const [core3, core2] = await Promise.all([resolveApp('core3', tarball), resolveApp('core2', tarball)]);
  Object.assign(listings, { core3, core2 });
}, 180_000);

afterAll(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('given an app on Clerk Core 3 (@clerk/react 6)', () => {
  it('resolves the library with @clerk/react and no @clerk/clerk-react anywhere', () => {
    const names = namesIn(listings.core3!.tree);
    expect(names).toContain('clerk-mfa-steps');
    expect(names).toContain('@clerk/react');
    expect(names).not.toContain('@clerk/clerk-react');
    expect(lockedNamed(listings.core3!, '@clerk/clerk-react')).toEqual([]);
  });

  it('lists no peer problem', () => {
    expect(listings.core3!.tree.problems ?? []).toEqual([]);
    expect(listings.core3!.exitCode).toBe(0);
  });
});

describe('given an app on Clerk Core 2 (@clerk/clerk-react 5.61)', () => {
  it('resolves the library with @clerk/clerk-react and no @clerk/react anywhere', () => {
    const names = namesIn(listings.core2!.tree);
    expect(names).toContain('clerk-mfa-steps');
    expect(names).toContain('@clerk/clerk-react');
    expect(names).not.toContain('@clerk/react');
    expect(lockedNamed(listings.core2!, '@clerk/react')).toEqual([]);
  });

  it('lists no peer problem', () => {
    expect(listings.core2!.tree.problems ?? []).toEqual([]);
    expect(listings.core2!.exitCode).toBe(0);
  });
});
