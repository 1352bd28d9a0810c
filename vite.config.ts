/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';
import dts from 'vite-plugin-dts';
import { STYLESHEET_CSS_TARGET } from './local/css-target.js';
import { E2E_GENERATIONS, e2eProject } from './test/e2e/vitest.config.js';

// Everything the host app also has stays out of the bundle, subpaths included
// (`@clerk/clerk-react/experimental`, `react/jsx-runtime`, `@radix-ui/react-checkbox`), and the
// dependencies an app installs with the package (`uqr`, the QR encoder; `libphonenumber-js`, phone numbers).
/** The languages this library ships its own strings in (`src/locales/`). */
export const LOCALES = ['fr-FR', 'de-DE', 'ja-JP', 'ar-SA'] as const;

const external = [/^react($|\/)/, /^react-dom($|\/)/, /^@clerk\//, /^react-hook-form($|\/)/, /^@radix-ui\//, /^uqr$/, /^libphonenumber-js($|\/)/];

export default defineConfig(({ command, mode }) => {
  const isLibraryBuild = command === 'build' && mode !== 'demo';
  const plugins: PluginOption[] = [react()];
  // Only the library build writes declarations; Storybook and Vitest load this file too.
  if (isLibraryBuild) {
    plugins.push(dts({ tsconfigPath: './tsconfig.build.json', entryRoot: 'src', include: ['src'] }));
  }
  return {
    plugins,
    build: {
      cssTarget: STYLESHEET_CSS_TARGET,
      // Two entries, one per Clerk generation. Every source module stays its own file, so an app's
      // bundler keeps only what the imported components reach (PasswordStep alone leaves out the code
      // steps, the flow and the session task).
      // This library's own strings per language, each its own entry: a locale is bundled only when imported.
      lib: {
        entry: { index: 'src/index.ts', 'core-2': 'src/core-2.ts', ...Object.fromEntries(LOCALES.map((tag) => [`locales/${tag}`, `src/locales/${tag}.ts`])) },
        formats: ['es'],
        fileName: (_, name) => `${name}.js`,
        cssFileName: 'styles',
      },
      sourcemap: true,
      rolldownOptions: {
        external,
        // The directive starts every file: the Next.js App Router refuses hooks and context in a
        // module that does not start with it, and any module can be the first an app imports.
        output: { banner: "'use client';", preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
    test: {
      // Vitest does not clear a screenshot's time limit once the shot is taken (15 s for the stories,
      // test/storybook/vitest.config.ts): the last one keeps the process up past the default 10 s
      // allowed for closing, which then reports a hang.
      teardownTimeout: 30_000,
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['test/unit/**/*.test.{ts,tsx}'],
            setupFiles: ['test/unit/setup.ts'],
            globals: true,
            // The suites run side by side on two cores (test/support/run-suites.mjs): a test that takes
            // 300 ms alone can take seconds then. A generous limit keeps that from reading as a failure.
            testTimeout: 20_000,
          },
        },
        {
          // `npm pack` and the consumers' resolution spawn npm: seconds each under load.
          test: { name: 'package', environment: 'node', include: ['test/package/**/*.test.ts'], testTimeout: 60_000 },
        },
        {
          test: { name: 'nextjs', environment: 'node', include: ['test/nextjs/**/*.test.ts'], testTimeout: 180_000 },
        },
        'test/emulator/vitest.config.ts',
        'test/storybook/vitest.config.ts',
        ...E2E_GENERATIONS.map(e2eProject),
      ],
    },
  };
});
