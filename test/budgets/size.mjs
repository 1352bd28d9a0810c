// Size budget of the library's own JavaScript, peers excluded (they are external in the build).
// Prints the figures; fails when the minified gzip size passes the budget.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { transform } from 'esbuild';

const BUDGET_GZIP_BYTES = 9 * 1024;

const source = readFileSync(new URL('../../dist/index.js', import.meta.url), 'utf8');
const css = readFileSync(new URL('../../dist/styles.css', import.meta.url));
const { code: minified } = await transform(source, { minify: true, format: 'esm', target: 'es2022' });
const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
const gzip = gzipSync(minified, { level: 9 }).length;

console.log(`dist/index.js as shipped: ${kib(source.length)}, gzip ${kib(gzipSync(source, { level: 9 }).length)}`);
console.log(`dist/index.js minified:   ${kib(minified.length)}, gzip ${kib(gzip)}, brotli ${kib(brotliCompressSync(minified).length)}`);
console.log(`dist/styles.css:          ${kib(css.length)}, gzip ${kib(gzipSync(css, { level: 9 }).length)}`);
console.log(`budget: ${kib(gzip)} of ${kib(BUDGET_GZIP_BYTES)} gzip (minified JS, peers excluded)`);
if (gzip > BUDGET_GZIP_BYTES) {
  console.error('size budget exceeded');
  process.exit(1);
}
