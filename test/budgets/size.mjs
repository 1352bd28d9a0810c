// Size budget of the library's own JavaScript, peers excluded (the host app has them).
// The build keeps every source module its own file, so what an app pays depends on what it imports.
// For each entry and each component an app may import alone, bundles the import as an app's bundler
// would (esbuild: peers external, tree-shaken through the package's `sideEffects`, minified), then
// compresses the one file as a server sends it. Prints the figures and the modules that weigh most;
// fails when an import passes its budget.
//
//   npm run size                 figures and budgets
//   npm run size -- --why Name   also lists the modules the import of Name pulls in, heaviest first
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const KIB = 1024;
const PEERS = ['react', 'react/*', 'react-dom', 'react-dom/*', '@clerk/*', 'react-hook-form', '@radix-ui/*'];
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
// page does not carry them; "everything" grew by about 2.75 KiB with `<TotpSetup>` and its backup
// codes (the QR code's encoder, about 4 KiB, loads on demand and is printed apart).
const BUDGETS = {
  'index.js': [
    [['PasswordStep'], 13],
    [['SecondFactorStep'], 14.75],
    [['SignInFlow'], 19],
    [['TotpSetup'], 10.75],
    [EVERYTHING, 22],
  ],
  'core-2.js': [
    [['PasswordStep'], 13.25],
    [['SecondFactorStep'], 15],
    [['SignInFlow'], 19.5],
    [['TotpSetup'], 10.75],
    [EVERYTHING, 22.25],
  ],
};

const { values: options } = parseArgs({ options: { why: { type: 'string' } } });
const dist = new URL('../../dist/', import.meta.url);
const kib = (bytes) => `${(bytes / KIB).toFixed(2)} KiB`;
const label = (names) => (names ? names.join(', ') : 'everything');

async function bundle(entry, names) {
  const specifier = JSON.stringify(new URL(entry, dist).pathname);
  const contents = names ? `export { ${names.join(', ')} } from ${specifier};` : `export * from ${specifier};`;
  const result = await build({
    stdin: { contents, loader: 'js', resolveDir: new URL('.', dist).pathname },
    bundle: true,
    write: false,
    // Split as an app's bundler does, so what loads only when shown (the QR code's encoder) is its
    // own chunk, counted apart from what the page loads up front.
    splitting: true,
    outdir: '/size-out',
    minify: true,
    format: 'esm',
    target: 'es2022',
    // Text as UTF-8, as current bundlers emit it, not escaped to ASCII (which triples non-Latin strings).
    charset: 'utf8',
    external: PEERS,
    metafile: true,
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  const entryPath = Object.keys(outputs).find((path) => outputs[path].entryPoint !== undefined);
  // Up front: the entry chunk and every chunk it imports statically; the rest loads on demand.
  const upFront = new Set();
  const visit = (path) => {
    if (upFront.has(path)) return;
    upFront.add(path);
    for (const { path: imported, kind } of outputs[path].imports) if (kind === 'import-statement' && outputs[imported]) visit(imported);
  };
  visit(entryPath);
  const code = (paths) => Buffer.concat(result.outputFiles.filter((file) => [...paths].some((path) => resolve(path) === file.path)).map((file) => file.contents));
  const sizeOf = (bytes) => ({ minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length });
  // On demand: what the code up front can import later (esbuild also emits chunks for imports in
  // modules it has shaken away; those never load and are not counted).
  const onDemand = new Set();
  const reach = (path) => {
    for (const { path: imported } of outputs[path].imports) {
      if (!outputs[imported] || upFront.has(imported) || onDemand.has(imported)) continue;
      onDemand.add(imported);
      reach(imported);
    }
  };
  for (const path of upFront) reach(path);
  const inputs = Object.assign({}, ...[...upFront].map((path) => outputs[path].inputs));
  return {
    ...sizeOf(code(upFront)),
    onDemand: onDemand.size > 0 ? sizeOf(code(onDemand)) : null,
    modules: Object.entries(inputs)
      .map(([path, { bytesInOutput }]) => [path.replace(/^.*?dist\//, ''), bytesInOutput])
      .filter(([, bytes]) => bytes > 0)
      .sort((a, b) => b[1] - a[1]),
  };
}

const over = [];
const header = ['import', 'minified', 'gzip', 'brotli', 'budget (gzip)', 'modules', 'on demand (gzip)'];
for (const [entry, budgets] of Object.entries(BUDGETS)) {
  const rows = [];
  for (const [names, budget] of budgets) {
    const figures = await bundle(entry, names);
    const exceeded = figures.gzip > budget * KIB;
    if (exceeded) over.push(`${entry} ${label(names)}: ${kib(figures.gzip)} > ${budget} KiB`);
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
