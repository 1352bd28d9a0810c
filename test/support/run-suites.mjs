// Runs the Vitest projects as independent groups side by side, one Vitest process each, and the
// visual-bites proof after the stories. The end-to-end columns each serve their own demo and
// backend, so they can run at once; inside a column the files stay one at a time (they share a backend).
// Most of an end-to-end test is waiting on the browser and the network, so three columns beside the
// other suites fit on two cores. Each group's output is printed whole when it ends, then a summary.
//
//   node test/support/run-suites.mjs            every group
//   node test/support/run-suites.mjs e2e-core-2 only the groups whose name contains the word
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const vitest = (...projects) => ['npx', '--no-install', 'vitest', 'run', ...projects.flatMap((project) => ['--project', project])];

// Four end-to-end and browser groups keep both cores busy from start to end; the components run in
// two groups so that neither is left alone on one core at the end.
const GROUPS = [
  { name: 'components', commands: [vitest('unit', 'package', 'emulator', 'nextjs')] },
  { name: 'storybook', commands: [vitest('storybook'), ['node', 'test/storybook/prove-visual-bites.mjs']] },
  { name: 'e2e-core-3', commands: [vitest('e2e-core-3')] },
  { name: 'e2e-core-2', commands: [vitest('e2e-core-2')] },
  { name: 'e2e-core-3-react18', commands: [vitest('e2e-core-3-react18')] },
];

function run([command, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function runGroup(group) {
  const started = Date.now();
  let output = '';
  let code = 0;
  for (const command of group.commands) {
    const result = await run(command);
    // Vitest colours its output even when asked not to in some places; the summary reads plain text.
    output += result.output.replace(/\x1b\[[0-9;]*m/g, '');
    code = result.code;
    if (code !== 0) break;
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\n===== ${group.name}: ${code === 0 ? 'passed' : 'FAILED'} in ${seconds} s =====\n${output}`);
  // Vitest's own closing lines, for the summary.
  const passed = Number(output.match(/Tests\s+(?:\d+ failed \| )?(\d+) passed/)?.[1] ?? 0);
  const failed = Number(output.match(/Tests\s+(\d+) failed/)?.[1] ?? 0);
  return { name: group.name, code, seconds, passed, failed };
}

const filter = process.argv[2];
const groups = GROUPS.filter((group) => !filter || group.name.includes(filter));
const started = Date.now();
const results = await Promise.all(groups.map(runGroup));
console.log('\n===== summary =====');
for (const result of results) console.log(`${result.name.padEnd(20)} ${result.code === 0 ? 'ok    ' : 'FAILED'} ${String(result.passed).padStart(4)} passed ${String(result.failed).padStart(3)} failed ${String(result.seconds).padStart(4)} s`);
const total = results.reduce((sum, result) => ({ passed: sum.passed + result.passed, failed: sum.failed + result.failed }), { passed: 0, failed: 0 });
const broken = results.filter((result) => result.code !== 0).length;
console.log(`all suites in ${Math.round((Date.now() - started) / 1000)} s`);
// A group that failed without a failing test (a crash, a build error) still fails the run.
console.log(`${total.passed} passed, ${total.failed + (broken > 0 && total.failed === 0 ? broken : 0)} failed`);
process.exit(broken > 0 ? 1 : 0);
