import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A Next.js App Router production build of test/nextjs, whose server-component page imports
// <SignInFlow> from the built package (`npm test` builds it first). The page renders per request,
// so the build compiles the React Server Component boundary and never needs a Clerk instance.
const app = fileURLToPath(new URL('.', import.meta.url));
const repoDist = fileURLToPath(new URL('../../dist', import.meta.url));
const nextBin = fileURLToPath(new URL('../../node_modules/next/dist/bin/next', import.meta.url));

function nextBuild(dist?: string) {
  rmSync(`${app}.next`, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: app,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...(dist ? { CLERK_MFA_STEPS_DIST: dist } : {}) },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a Next.js App Router build', () => {
  it('renders the package from a server component page', () => {
    const { status, output } = nextBuild();
    expect(output).not.toContain('only available in Client Components');
    expect(status, output).toBe(0);
  });

  it("fails without the package's 'use client' (the control that shows the test can fail)", () => {
    const doctored = `${app}.neg/dist`;
    rmSync(`${app}.neg`, { recursive: true, force: true });
    cpSync(repoDist, doctored, { recursive: true });
    const entry = `${doctored}/index.js`;
    writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^['"]use client['"];\n?/, ''));
    const { status, output } = nextBuild(doctored);
    expect(status).not.toBe(0);
    expect(output).toContain('This API is only available in Client Components');
  });
});
