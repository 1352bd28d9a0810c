import type { Preview } from '@storybook/react-vite';
// The weights the stylesheet uses (body 400, labels 500, titles and buttons 600), bundled so that
// screenshots do not depend on the fonts a machine has installed.
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '../src/styles.css';
import './preview.css';
import { signInLoader, withSignInDouble } from './signInDecorator.js';
import { STORY_LOCALES } from './locales.js';
import { withTheme } from './themeDecorator.js';

const preview: Preview = {
  tags: ['autodocs'],
  // Decorators wrap from the first outwards: the double sits inside the themed canvas.
  decorators: [withSignInDouble, withTheme],
  loaders: [signInLoader],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the components (their colorScheme)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language: Clerk’s localization with this library’s pack, as ClerkProvider gives it',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: Object.entries(STORY_LOCALES).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en-US' },
  parameters: {
    layout: 'centered',
    // The theme switch owns the background; a second, unrelated background picker would only mislead.
    backgrounds: { disable: true },
    // Any axe violation (contrast included) fails the story's test, in Storybook's panel and in Vitest.
    a11y: { test: 'error' },
    controls: { expanded: true },
    // Phones first: the narrowest phone, a common one, a tablet and a laptop.
    viewport: {
      options: {
        phone320: { name: 'Phone 320', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        phone375: { name: 'Phone 375', styles: { width: '375px', height: '740px' }, type: 'mobile' },
        tablet768: { name: 'Tablet 768', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop1280: { name: 'Desktop 1280', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
  },
};

export default preview;
