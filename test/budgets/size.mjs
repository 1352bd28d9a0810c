// Size budget of the library's own JavaScript, peers excluded (the host app has them).
// The build keeps every source module its own file, so what an app pays depends on what it imports.
// For each entry and each component an app may import alone, bundles the import as an app's bundler
// would (Vite's production build: peers external, tree-shaken through the package's `sideEffects`,
// split, minified), then compresses what the page loads up front as a server sends it, and what loads
// on demand apart. Prints the figures and the modules that weigh most; fails when an import passes its budget.
//
//   npm run size                 figures and budgets
//   npm run size -- --why Name   also lists the modules the import of Name pulls in, heaviest first
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';

const KIB = 1024;
const PEERS = /^(react|react-dom|react-hook-form)(\/|$)|^@clerk\/|^@radix-ui\//;
const EVERYTHING = null;

/**
 * gzip budgets in KiB, per entry and import, a little above today's figures so that growth is a
 * decision. Every sign-in step carries the hardened controller (timeouts, lockouts per account, one
 * request per Clerk client, the session start), the error wording of both generations and the root
 * with its appearance; `SignInFlow` is every step, so it costs nearly the whole library.
 */
// Raised twice, each for a feature every sign-in form needs, not drift: by 1–1.75 KiB for "Forgot
// password" (two steps, the reset calls on the controller, Clerk's password rules, their strings), and
// by 0.75–1 KiB for Clerk's `localization` (the map from Clerk's keys and this library's own strings
// carried beside them, read on every root, and a client-side verdict checked again when the language changes).
// The MFA setup forms are their own imports with their own strings (`setupStrings.ts`), so a sign-in
// page does not carry them. `SignInFlow` grew by about 0.5 KiB for the `setup-mfa` task (its enrolment,
// about 8 KiB, loads on demand when the task appears); "everything" by about 6.25 KiB with `<TotpSetup>`,
// its backup codes and `<MfaSettings>` with reverification (the QR code's encoder, about 4 KiB, on demand).
// Then by about 2.75 KiB for `<SmsMfaSetup>` and the task's choice of methods (the phone library,
// about 43 KiB gzip of libphonenumber-js's smallest metadata, loads on demand when a number is typed).
// Measured with Vite's own build since these budgets moved off esbuild, which also emits and links the
// chunks of dynamic imports in modules it has shaken away (a PasswordStep "carrying" the enrolment).
// Lowered when the strings were split by namespace (each component names the ones it speaks, and
// Clerk's keys sit beside their English): PasswordStep 12.31 → 11.12 KiB, SecondFactorStep 13.95 →
// 13.17, TotpSetup 12.03 → 10.35; SignInFlow (every step's words either way) 19.46 → 19.72 and
// everything 28.13 → 28.54, the cost of reading by namespace.
const BUDGETS = {
  'index.js': [
    [['PasswordStep'], 11.5],
    [['SecondFactorStep'], 13.5],
    [['SignInFlow'], 20],
    [['TotpSetup'], 10.5],
    [EVERYTHING, 28.75],
  ],
  'core-2.js': [
    [['PasswordStep'], 11.75],
    [['SecondFactorStep'], 13.75],
    [['SignInFlow'], 20.25],
    [['TotpSetup'], 10.5],
    [EVERYTHING, 29],
  ],
};

// Pay for what you use: an import carries up front the words of the forms it shows and no others.
// Each namespace is recognised by its own strings (those no other namespace shares).
const SETUP_NAMESPACES = ['totpSetup', 'backupCodes', 'smsSetup', 'mfaSettings', 'reverify'];
const LATER_STEPS = ['clientTrustStep', 'resetPassword', 'sessionTask'];
const FOREIGN_WORDS = {
  PasswordStep: ['secondFactorStep', ...LATER_STEPS, ...SETUP_NAMESPACES],
  SecondFactorStep: ['passwordStep', ...LATER_STEPS, ...SETUP_NAMESPACES],
  TotpSetup: ['passwordStep', ...LATER_STEPS, 'smsSetup', 'mfaSettings', 'reverify'],
};

const { values: options } = parseArgs({ options: { why: { type: 'string' } } });
const dist = new URL('../../dist/', import.meta.url);
const kib = (bytes) => `${(bytes / KIB).toFixed(2)} KiB`;
const label = (names) => (names ? names.join(', ') : 'everything');

const app = mkdtempSync(join(tmpdir(), 'size-'));
process.on('exit', () => rmSync(app, { recursive: true, force: true }));

async function bundle(entry, names) {
  const specifier = JSON.stringify(new URL(entry, dist).pathname);
  // An app that uses what it imports, so nothing is shaken away that an app would keep.
  const contents = names ? `export { ${names.join(', ')} } from ${specifier};` : `export * from ${specifier};`;
  writeFileSync(join(app, 'main.js'), contents);
  const result = await build({
    root: app,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rollupOptions: { input: join(app, 'main.js'), external: (id) => PEERS.test(id), preserveEntrySignatures: 'strict' },
    },
  });
  const chunks = new Map((Array.isArray(result) ? result[0] : result).output.filter((output) => output.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const entryChunk = [...chunks.values()].find((chunk) => chunk.isEntry);
  // Up front: the entry chunk and every chunk it imports statically; on demand: what those import later.
  const upFront = new Set();
  const visit = (name) => {
    if (upFront.has(name) || !chunks.has(name)) return;
    upFront.add(name);
    for (const imported of chunks.get(name).imports) visit(imported);
  };
  visit(entryChunk.fileName);
  const onDemand = new Set();
  const reach = (name) => {
    for (const imported of [...chunks.get(name).imports, ...chunks.get(name).dynamicImports]) {
      if (!chunks.has(imported) || upFront.has(imported) || onDemand.has(imported)) continue;
      onDemand.add(imported);
      reach(imported);
    }
  };
  for (const name of upFront) reach(name);
  const code = (names) => Buffer.from([...names].map((name) => chunks.get(name).code).join('\n'));
  const sizeOf = (bytes) => ({ minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length });
  const modules = Object.assign({}, ...[...upFront].map((name) => chunks.get(name).modules));
  return {
    ...sizeOf(code(upFront)),
    upFrontCode: code(upFront).toString('utf8'),
    onDemand: onDemand.size > 0 ? sizeOf(code(onDemand)) : null,
    modules: Object.entries(modules)
      .map(([path, { renderedLength }]) => [path.replace(/^.*?dist\//, ''), renderedLength])
      .filter(([, bytes]) => bytes > 0)
      .sort((a, b) => b[1] - a[1]),
  };
}

/** Each namespace's own strings: in no other namespace, long enough to mean something, quoted plainly in any build. */
async function wordsByNamespace() {
  const modules = await Promise.all(['text/strings.js', 'text/setupStrings.js'].map((file) => import(new URL(file, dist).href)));
  const namespaces = modules.flatMap((module) => Object.values(module)).filter((value) => value && typeof value === 'object' && typeof value.name === 'string' && value.english);
  const leaves = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(leaves));
  const owners = new Map();
  for (const { name, english } of namespaces) for (const text of leaves(english)) owners.set(text, new Set([...(owners.get(text) ?? []), name]));
  return new Map(namespaces.map(({ name, english }) => [name, leaves(english).filter((text) => owners.get(text).size === 1 && text.length >= 12 && /^[\x20-\x7e]+$/.test(text) && !/["'\\`]/.test(text))]));
}
const words = await wordsByNamespace();

const over = [];
const header = ['import', 'minified', 'gzip', 'brotli', 'budget (gzip)', 'modules', 'on demand (gzip)'];
for (const [entry, budgets] of Object.entries(BUDGETS)) {
  const rows = [];
  for (const [names, budget] of budgets) {
    const figures = await bundle(entry, names);
    const exceeded = figures.gzip > budget * KIB;
    if (exceeded) over.push(`${entry} ${label(names)}: ${kib(figures.gzip)} > ${budget} KiB`);
    for (const namespace of (names?.length === 1 && FOREIGN_WORDS[names[0]]) || []) {
      const carried = words.get(namespace).filter((text) => ['"', "'", '`'].some((quote) => figures.upFrontCode.includes(quote + text + quote)));
      if (carried.length > 0) over.push(`${entry} ${label(names)} carries the words of \`${namespace}\`, which it never shows ("${carried[0]}", ${carried.length} in all)`);
    }
    rows.push([label(names), kib(figures.minified), kib(figures.gzip), kib(figures.brotli), `${budget.toFixed(2)} KiB${exceeded ? ' EXCEEDED' : ''}`, String(figures.modules.length), figures.onDemand ? kib(figures.onDemand.gzip) : '-']);
    if (options.why && names?.includes(options.why)) {
      console.log(`\n${entry}: what importing ${options.why} pulls in (minified bytes in the bundle)`);
      for (const [path, bytes] of figures.modules) console.log(`${String(bytes).padStart(7)}  ${path}`);
    }
  }
  const widths = header.map((name, i) => Math.max(name.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((text, i) => (i === 0 ? text.padEnd(widths[i]) : text.padStart(widths[i]))).join('  ');
  console.log(`\nAn app importing from dist/${entry} only … (bundled as an app's bundler would, peers excluded)`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

// Each language pack is its own entry, bundled only by an app that imports it.
const locales = readdirSync(new URL('locales/', dist)).filter((file) => file.endsWith('.js'));
console.log(`\nWhat each language pack adds, imported (dist/locales/; bundled, minified)`);
for (const file of locales) {
  const figures = await bundle(`locales/${file}`, null);
  console.log(`${file.replace(/\.js$/, '').padEnd(6)} ${kib(figures.minified)} minified, gzip ${kib(figures.gzip)}, brotli ${kib(figures.brotli)}`);
}

const css = readFileSync(new URL('styles.css', dist));
console.log(`\ndist/styles.css: ${kib(css.length)}, gzip ${kib(gzipSync(css, { level: 9 }).length)}, brotli ${kib(brotliCompressSync(css).length)}`);

if (over.length > 0) {
  console.error(`\nsize budget exceeded:\n  ${over.join('\n  ')}`);
  process.exit(1);
}
