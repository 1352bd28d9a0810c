// Proof that the visual comparison catches a design change. Runs two stories of the storybook project
// twice, without ever writing a baseline:
//   1. as they are: must pass (so a failure below is caused by the change, not by running a subset);
//   2. with one design token changed (--mfa-accent, in both themes, to colours that still pass axe):
//      every screenshot comparison must fail, and nothing else may.
// Then checks that the committed baselines are byte-for-byte unchanged.
//
//   node test/storybook/prove-visual-bites.mjs
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const baselineDir = join(root, 'stories', '__screenshots__');
const subjects = [
  { file: 'stories/PasswordStep.stories.tsx', story: 'Filled', slug: 'filled' },
  { file: 'stories/SecondFactorStep.stories.tsx', story: 'Backup Code Mode', slug: 'backup-code-mode' },
];
// Light: a blue instead of indigo; dark: a light blue. Both keep the button text above 4.5:1, so the
// a11y check passes and only the pictures can tell the difference.
const TOKEN_CHANGE = ":root { --mfa-accent: #1f5fcf !important; } :root[data-theme='dark'] { --mfa-accent: #8ab4ff !important; }";

function fail(message) {
  console.error(`prove-visual-bites: FAILED: ${message}`);
  process.exit(1);
}

function baselineHashes() {
  const hashes = new Map();
  for (const dir of readdirSync(baselineDir)) {
    for (const name of readdirSync(join(baselineDir, dir))) {
      hashes.set(`${dir}/${name}`, createHash('sha256').update(readFileSync(join(baselineDir, dir, name))).digest('hex'));
    }
  }
  return hashes;
}

// A missing baseline would be written by the run (with the changed token in it): refuse instead.
for (const { file, slug } of subjects) {
  for (const theme of ['light', 'dark']) {
    const baseline = join(baselineDir, file.replace('stories/', ''), `${slug}-${theme}-chromium-linux.png`);
    if (!existsSync(baseline)) fail(`no baseline ${baseline}; run \`npx vitest run --project storybook --update\` first`);
  }
}
const before = baselineHashes();
// Reports and diff images go to a git-ignored folder inside the project: Vitest's browser server refuses
// to write screenshots outside it.
const scratch = join(root, '.vitest', 'prove-visual-bites');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });

function runSubjects(label, extraEnv) {
  const outputFile = join(scratch, `${label}.json`);
  const namePattern = `^(${subjects.map(({ story }) => story).join('|')})$`;
  const started = Date.now();
  const run = spawnSync(
    'npx',
    ['--no-install', 'vitest', 'run', '--project', 'storybook', '-t', namePattern, '--reporter=json', `--outputFile=${outputFile}`, ...subjects.map(({ file }) => file)],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ...extraEnv, MFA_VISUAL_DIFF_DIR: join(scratch, `${label}-diffs`) } },
  );
  if (!existsSync(outputFile)) fail(`${label} run wrote no report:\n${run.stdout}\n${run.stderr}`);
  const report = JSON.parse(readFileSync(outputFile, 'utf8'));
  const tests = report.testResults.flatMap((file) => file.assertionResults).filter((test) => test.status !== 'skipped' && test.status !== 'pending');
  console.log(`${label}: ${tests.map((test) => `${test.title} ${test.status}`).join(', ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (tests.length !== subjects.length) fail(`${label} run ran ${tests.length} stories, expected ${subjects.length}`);
  return tests;
}

try {
  const control = runSubjects('unchanged', {});
  for (const test of control) {
    if (test.status !== 'passed') fail(`"${test.title}" fails without any change:\n${test.failureMessages.join('\n')}`);
  }

  const changed = runSubjects('accent-changed', { MFA_VISUAL_CSS_OVERRIDE: TOKEN_CHANGE });
  for (const test of changed) {
    const messages = test.failureMessages.join('\n');
    if (test.status !== 'failed') fail(`"${test.title}" still passes with --mfa-accent changed: the comparison does not bite`);
    if (/toHaveNoViolations|color-contrast/.test(messages)) fail(`"${test.title}" failed on axe, not on the picture:\n${messages}`);
    for (const theme of ['light', 'dark']) {
      const slug = subjects.find(({ story }) => story === test.title)?.slug;
      const mismatch = new RegExp(`does not match the stored reference[\\s\\S]*?${slug}-${theme}-chromium-linux\\.png`);
      if (!mismatch.test(messages)) fail(`"${test.title}" did not report a ${theme} screenshot mismatch:\n${messages}`);
    }
  }

  const after = baselineHashes();
  const touched = [...new Set([...before.keys(), ...after.keys()])].filter((key) => before.get(key) !== after.get(key));
  if (touched.length > 0) fail(`committed baselines changed: ${touched.join(', ')}`);
  console.log('prove-visual-bites: OK: unchanged stories match their baselines, a changed --mfa-accent fails both themes, baselines untouched');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
