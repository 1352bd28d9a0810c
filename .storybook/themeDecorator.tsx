import type { Decorator } from '@storybook/react-vite';
import { useLayoutEffect, type ReactNode } from 'react';

export type Theme = 'light' | 'dark';

/**
 * Puts the toolbar's theme on `<html data-theme>`, where the stylesheet's dark tokens apply. Always set
 * explicitly, so a designer whose OS is dark still sees the light theme when "Light" is picked.
 * `data-view` lets the page background follow the theme in the canvas but not on docs pages.
 */
function ThemeCanvas({ theme, view, children }: { theme: Theme; view: string; children: ReactNode }) {
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.dataset.view = view;
  }, [theme, view]);
  // What the visual tests photograph: a fixed width, so every story's card is the same size.
  return <div data-story-canvas="">{children}</div>;
}

export const withTheme: Decorator = (Story, { globals, viewMode }) => (
  <ThemeCanvas theme={globals.theme === 'dark' ? 'dark' : 'light'} view={viewMode}>
    <Story />
  </ThemeCanvas>
);
