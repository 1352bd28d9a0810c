// Size budget of the library's own JavaScript, peers excluded (they are external in the build).
// For each entry, counts what an app really loads: the entry plus every chunk it imports, followed
// through relative imports (the components chunk is shared, so each entry pays for it in full).
// Each file is minified on its own and compressed on its own, as a server sends it.
// Prints the figures; fails when an entry's minified gzip total passes the budget.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { build, transform } from 'esbuild';

// Each entry carries every step (password, second factor, Client Trust, session task) and both
// generations' error shapes; splitting so that an app pays only for the steps it imports is the next step.
const BUDGET_GZIP_BYTES = 16 * 1024;
const ENTRIES = ['index.js', 'core-2.js'];

const dist = new URL('../../dist/', import.meta.url);
const read = (file) => readFileSync(new URL(file, dist));
const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;

// Static imports and re-exports only (`import … from './x.js'`, `import './x.js'`, `export … from './x.js'`):
// a dynamic `import()` is loaded later, if ever, and is not part of the first load.
const STATIC_RELATIVE_IMPORT = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g;

function chunksOf(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = read(file).toString('utf8');
    for (const [, specifier] of code.matchAll(STATIC_RELATIVE_IMPORT)) {
      visit(new URL(specifier, new URL(file, dist)).href.slice(dist.href.length));
    }
  };
  visit(entry);
  return [...seen];
}

async function measure(file) {
  const source = read(file);
  const { code } = await transform(source.toString('utf8'), { minify: true, format: 'esm', target: 'es2022' });
  const minified = Buffer.from(code);
  return {
    file,
    raw: source.length,
    minified: minified.length,
    gzip: gzipSync(minified, { level: 9 }).length,
    brotli: brotliCompressSync(minified).length,
  };
}

const COLUMNS = ['raw', 'minified', 'gzip', 'brotli'];

function printTable(title, rows) {
  const cells = rows.map((figures) => [figures.file, ...COLUMNS.map((key) => kib(figures[key]))]);
  const header = ['file', 'as shipped', 'minified', 'gzip', 'brotli'];
  const widths = header.map((name, i) => Math.max(name.length, ...cells.map((cell) => cell[i].length)));
  const line = (cell) => cell.map((text, i) => (i === 0 ? text.padEnd(widths[i]) : text.padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  for (const cell of cells) console.log(line(cell));
}

const over = [];
for (const entry of ENTRIES) {
  const files = await Promise.all(chunksOf(entry).map(measure));
  const total = { file: 'total', raw: 0, minified: 0, gzip: 0, brotli: 0 };
  for (const figures of files) for (const key of COLUMNS) total[key] += figures[key];
  printTable(`dist/${entry} and the chunks it imports (each file minified and compressed on its own)`, [...files, total]);
  console.log(`budget: ${kib(total.gzip)} of ${kib(BUDGET_GZIP_BYTES)} gzip${total.gzip > BUDGET_GZIP_BYTES ? ', EXCEEDED' : ''}`);
  if (total.gzip > BUDGET_GZIP_BYTES) over.push(entry);
}

// What an app pays when it imports only some components: the entry bundled as an app's bundler would
// (peers external, tree-shaken, minified), one file, gzip. Printed, not yet budgeted: the entries share
// one chunk, so most of the library comes along whatever is imported.
const PEERS = ['react', 'react/*', 'react-dom', 'react-dom/*', '@clerk/*', 'react-hook-form', '@radix-ui/*'];
const IMPORTS = [['PasswordStep'], ['SecondFactorStep'], ['SignInFlow'], null];
console.log('\nAn app importing only … (bundled, tree-shaken, minified, gzip)');
for (const entry of ENTRIES) {
  const figures = [];
  for (const names of IMPORTS) {
    const specifier = new URL(entry, dist).pathname;
    const contents = names ? `export { ${names.join(', ')} } from ${JSON.stringify(specifier)};` : `export * from ${JSON.stringify(specifier)};`;
    const result = await build({ stdin: { contents, loader: 'js', resolveDir: new URL('.', dist).pathname }, bundle: true, write: false, minify: true, format: 'esm', external: PEERS, logLevel: 'error' });
    figures.push(`${names ? names.join(', ') : 'everything'} ${kib(gzipSync(result.outputFiles[0].contents, { level: 9 }).length)}`);
  }
  console.log(`${entry.padEnd(10)} ${figures.join(' · ')}`);
}

const css = read('styles.css');
console.log(`\ndist/styles.css: ${kib(css.length)}, gzip ${kib(gzipSync(css, { level: 9 }).length)}, brotli ${kib(brotliCompressSync(css).length)}`);

if (over.length > 0) {
  console.error(`size budget exceeded: ${over.join(', ')}`);
  process.exit(1);
}
