import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// These read the output of `npm run build`, which `npm test` runs first.
const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url);
const read = (file: string) => readFileSync(dist(file), 'utf8');

// Static `import … from 'x'`, `import 'x'` and `export … from 'x'`, over several lines too.
const specifiersOf = (code: string) =>
  [...code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?["']([^"']+)["']/g)].map((match) => match[1]!);

/** The bare imports of an entry and of every module it reaches through relative imports: what the host app must provide. */
function peersLoadedBy(entry: string) {
  const seen = new Set<string>();
  const peers = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of specifiersOf(read(file))) {
      if (specifier.startsWith('.')) visit(new URL(specifier, dist(file)).href.slice(dist('').href.length));
      else peers.add(specifier);
    }
  };
  visit(entry);
  return { peers, files: seen };
}

const entries = ['index.js', 'core-2.js'];
const emitted = readdirSync(dist(''), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
const adapters = ['clerk/core3.js', 'clerk/core2.js'];
const clerk = (specifier: string) => specifier.startsWith('@clerk/');
const shared = ['react', 'react/jsx-runtime', 'react-hook-form', '@radix-ui/react-checkbox'];

describe('the built package', () => {
  it('emits both entries and each source module as its own file, so an app keeps only what it imports', () => {
    expect(emitted).toEqual(expect.arrayContaining([...entries, 'steps/PasswordStep.js', 'steps/SignInFlow.js', 'flow/controller.js']));
    for (const entry of entries) expect(specifiersOf(read(entry))).toContain('./steps/PasswordStep.js');
    // A password step alone reaches no code step, no flow and no session task.
    const { files } = peersLoadedBy('steps/PasswordStep.js');
    expect([...files].filter((file) => /SecondFactorStep|ClientTrustStep|SignInFlow|SessionTaskStep|CodeField/.test(file))).toEqual([]);
  });

  it("starts every file with 'use client', which the Next.js App Router needs to render hooks", () => {
    expect(emitted.filter((file) => !/^['"]use client['"];/.test(read(file)))).toEqual([]);
  });

  it('loads Core 3 from the main entry, and nothing of Core 2', () => {
    expect(peersLoadedBy('index.js').peers).toEqual(new Set([...shared, '@clerk/react']));
  });

  it('loads Core 2 from clerk-mfa-steps/core-2, and nothing of Core 3', () => {
    expect(peersLoadedBy('core-2.js').peers).toEqual(new Set([...shared, '@clerk/clerk-react', '@clerk/clerk-react/experimental']));
  });

  it('ships each language pack as its own entry: plain data, importing nothing, behind the `./locales/*` export', async () => {
    const packs = emitted.filter((file) => file.startsWith('locales/'));
    expect(packs.sort()).toEqual(['locales/ar-SA.js', 'locales/de-DE.js', 'locales/fr-FR.js', 'locales/ja-JP.js']);
    for (const pack of packs) expect(specifiersOf(read(pack)), pack).toEqual([]);
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(manifest.exports['./locales/*']).toEqual({ types: './dist/locales/*.d.ts', default: './dist/locales/*.js' });
    const { mfaDeDE } = await import(dist('locales/de-DE.js').href);
    expect(mfaDeDE.mfaSteps.durations.locale).toBe('de-DE');
  });

  it('imports Clerk only in the adapter of each generation, so either generation can load every other module alone', () => {
    const importers = emitted.filter((file) => specifiersOf(read(file)).some(clerk));
    expect(importers.sort()).toEqual([...adapters].sort());
  });

  it.each(['index.d.ts', 'core-2.d.ts'])('ships %s without the stylesheet import', (file) => {
    const types = read(file);
    expect(types).toContain('SignInFlow');
    expect(types).not.toContain('.css');
    expect(existsSync(dist('styles.css'))).toBe(true);
  });

  it('ships the colour tokens as light-dark() pairs, not lowered into fallbacks that never resolve on :root', () => {
    const css = read('styles.css');
    expect(css).toMatch(/--mfa-bg:\s*light-dark\(/);
    expect(css).not.toContain('--lightningcss-');
  });

  it('declares its types without importing either Clerk package, both being optional peers', () => {
    const declarations = readdirSync(dist(''), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.d.ts'));
    // Comments may show an app's own imports (`import { frFR } from '@clerk/localizations'`); only code counts.
    const code = (file: string) => read(file).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const imports = declarations.flatMap((file) => [...code(file).matchAll(/(?:from\s*|import\()\s*["'](@clerk\/[^"']+)["']/g)].map((m) => `${file}: ${m[1]}`));
    expect(imports).toEqual([]);
  });

  it('packs only the build, the readme, the licence and the manifest', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
    const files = pack.files.map((file: { path: string }) => file.path);
    expect(files.every((path: string) => path.startsWith('dist/') || ['package.json', 'README.md', 'LICENSE'].includes(path))).toBe(true);
    expect(files.some((path: string) => path.endsWith('.test.ts'))).toBe(false);
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/core-2.js', 'dist/index.d.ts', 'dist/core-2.d.ts', 'dist/styles.css']));
  });
});
