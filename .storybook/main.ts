import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // No usage reports leave the machine (CI here has no internet but the npm registry).
  core: { disableTelemetry: true },
  viteFinal(viteConfig) {
    // Storybook loads vite.config.ts with `command: 'build'`, which there means "library build" and adds
    // the declaration plugin; Storybook's output has no use for `.d.ts` files.
    const plugins = (viteConfig.plugins ?? []).flat().filter((plugin) => !(plugin && 'name' in plugin && plugin.name === 'unplugin-dts'));
    return { ...viteConfig, plugins };
  },
};

export default config;
