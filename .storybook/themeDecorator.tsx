import type { Decorator } from '@storybook/react-vite';
import { useLayoutEffect, type ReactNode } from 'react';
import { AppearanceContext } from '../src/parts/appearance.js';
import { localeOf } from './locales.js';

export type Theme = 'light' | 'dark';

/**
 * Gives the components the toolbar's colour scheme as an app would (their `colorScheme`, through the
 * same context a `<SignInRoot colorScheme>` provides) and marks the canvas with it, so parts shown
 * on their own take it too. `<html data-theme>` only colours Storybook's page around the story, and
 * `data-view` keeps that to the canvas (not docs pages).
 */
function ThemeCanvas({ theme, view, locale, children }: { theme: Theme; view: string; locale: string; children: ReactNode }) {
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.dataset.view = view;
  }, [theme, view]);
  // What the visual tests photograph: a fixed width (up to the viewport's), so every story's card is the same size.
  return (
    <AppearanceContext.Provider value={{ colorScheme: theme }}>
      <div data-story-canvas="" data-color-scheme={theme} lang={locale} dir={localeOf(locale).dir}>
        {children}
      </div>
    </AppearanceContext.Provider>
  );
}

export const withTheme: Decorator = (Story, { globals, viewMode }) => (
  <ThemeCanvas theme={globals.theme === 'dark' ? 'dark' : 'light'} view={viewMode} locale={typeof globals.locale === 'string' ? globals.locale : 'en-US'}>
    <Story />
  </ThemeCanvas>
);
