import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// These read the output of `npm run build`, which `npm test` runs first.
const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url);

describe('the built package', () => {
  it("starts with 'use client', which the Next.js App Router needs to render hooks", () => {
    expect(readFileSync(dist('index.js'), 'utf8')).toMatch(/^['"]use client['"];/);
  });

  it('leaves every peer to the host app', () => {
    const code = readFileSync(dist('index.js'), 'utf8');
    const imports = [...code.matchAll(/^import .* from ["']([^"']+)["'];?$/gm)].map((match) => match[1]);
    expect(new Set(imports)).toEqual(new Set(['react', 'react/jsx-runtime', 'react-hook-form', '@clerk/clerk-react/experimental', '@radix-ui/react-checkbox']));
  });

  it('ships declarations without the stylesheet import', () => {
    const types = readFileSync(dist('index.d.ts'), 'utf8');
    expect(types).toContain('SignInFlow');
    expect(types).not.toContain('.css');
    expect(existsSync(dist('styles.css'))).toBe(true);
  });

  it('packs only the build, the readme, the licence and the manifest', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
    const files = pack.files.map((file: { path: string }) => file.path);
    expect(files.every((path: string) => path.startsWith('dist/') || ['package.json', 'README.md', 'LICENSE'].includes(path))).toBe(true);
    expect(files.some((path: string) => path.endsWith('.test.ts'))).toBe(false);
  });
});
