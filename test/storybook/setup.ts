// Visual regression for every story, in both themes. Storybook's plugin turns each story into a test
// that renders it, runs its play function and the a11y addon's axe check (light theme, the default
// global). After that test body, this hook:
//   1. photographs the story as it was left (light);
//   2. runs the whole story again with the toolbar global `theme: 'dark'` (fresh double, play function
//      again, the a11y addon's check again, now against the dark colours) and photographs that;
//   3. for the steps' and the MFA forms' stories, in each theme, switches the language of the story as
//      it was left (as an app's ClerkProvider localization changes: state kept, the play function's
//      English queries already done) to German (long words) and Arabic (right to left), and photographs
//      each; then photographs them at 375 px in both themes.
// A story taller than the test frame is photographed whole (photographWhole below).
// Baselines live in `stories/__screenshots__/<file>/<story>-<theme>-chromium-linux.png`.
import { afterEach, beforeAll, expect, inject } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { localeOf } from '../../.storybook/locales.js';
import type { SignInDouble } from '../doubles/signInDouble.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** CSS added to every story before its screenshots; empty except in prove-visual-bites.mjs. */
    visualCssOverride: string;
  }
}

/** What Storybook's plugin leaves on the test context: the composed story it ran. */
interface ComposedStory {
  id: string;
  globals: Record<string, unknown>;
  run(extraContext?: { globals?: Record<string, unknown> }): Promise<void>;
}

beforeAll(async () => {
  // Load every weight the stylesheet uses up front: `document.fonts.ready` only waits for fonts that a
  // rendered glyph has already asked for.
  await Promise.all(['400', '500', '600'].map((weight) => document.fonts.load(`${weight} 16px Inter`)));
  // Arabic comes from a system font, which the browser loads on the first Arabic glyph it meets: met
  // here, in every weight, so no screenshot catches the page between two fallback fonts.
  const warmUp = document.createElement('div');
  warmUp.setAttribute('aria-hidden', 'true');
  warmUp.style.cssText = 'position:fixed;inset-inline-start:-9999px;font-family:Inter,system-ui,sans-serif';
  warmUp.innerHTML = ['400', '500', '600'].map((weight) => `<span style="font-weight:${weight}">تسجيل الدخول ٠١٢ Anmelden</span>`).join('');
  document.body.append(warmUp);
  await new Promise((resolve) => setTimeout(resolve, 300));
  warmUp.remove();
  const override = inject('visualCssOverride');
  if (override) {
    const style = document.createElement('style');
    style.dataset.visualOverride = '';
    style.textContent = override;
    document.head.append(style);
  }
});

/**
 * The story's own box. In the Vitest runner a story does not render into `#storybook-root`: it goes into
 * an anonymous `<div>` appended to `<body>` (full page width). Inside it, the preview's theme decorator
 * renders `[data-story-canvas]`, a fixed-width, padded box in the theme's page colour: a tight crop.
 */
function storyCanvas(): Element {
  const canvases = document.querySelectorAll('body > div:not([class]):not([id]) > [data-story-canvas]');
  expect(canvases, 'exactly one rendered story canvas').toHaveLength(1);
  return canvases[0]!;
}

/**
 * The steps' and the MFA forms' stories; the parts are shown at desktop width only. The MFA forms read
 * the same simulated ClerkProvider localization as the steps (.storybook/signInDecorator.tsx), so they
 * switch language in place the same way.
 */
const PHONE_BASELINES = /^(components-(passwordstep|secondfactorstep|clienttruststep|resetpasswordstep|newpasswordstep|signinflow)|mfa-(totpsetup|mfasettings|smsmfasetup))--/;
/** The languages every step's and MFA form's story is also photographed in: the longest words, and right to left. */
const LOCALE_BASELINES = ['de-DE', 'ar-SA'] as const;

/** The simulated Clerk of the story on screen (.storybook/signInDecorator.tsx); its localization reaches the MFA forms too. */
const storySignIn = () => (globalThis as { storySignIn?: SignInDouble }).storySignIn!;

/** Lets React apply a change and the browser lay it out. */
const settle = () => new Promise<void>((resolve) => setTimeout(() => requestAnimationFrame(() => resolve()), 150));

/** Switches the story on screen to `tag`'s language and direction (English, left to right, for `en-US`). */
async function showIn(tag: string) {
  const { dir, localization } = localeOf(tag);
  // A focused field keeps its caret in view when the direction flips under it, shifting what holds it
  // sideways; a page opened in that direction would not be. Focus leaves while the language changes.
  const focused = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  focused?.blur();
  storySignIn().setLocalization(localization);
  const canvas = storyCanvas();
  canvas.setAttribute('lang', tag);
  canvas.setAttribute('dir', dir);
  await settle();
  focused?.focus({ preventScroll: true });
  await settle();
}

/** The viewport the stories are photographed at first (test/storybook/vitest.config.ts). */
const DESKTOP = { width: 1200, height: 900 };

/** Nothing reaches past the right edge of a `width`-pixel screen: the page would scroll sideways. */
function expectNoHorizontalOverflow(width: number) {
  expect(window.innerWidth, 'the viewport took the phone width').toBe(width);
  expect(document.documentElement.scrollWidth, 'page width at a phone width').toBeLessThanOrEqual(width);
  const canvas = storyCanvas();
  const wide = [canvas, ...canvas.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > width + 0.5);
  expect(wide.map((element) => element.getAttribute('data-part') ?? element.tagName), 'elements past the right edge').toEqual([]);
}

/**
 * The test frame clips what lies below its bottom edge, and a frame taller than the page that hosts it
 * is scaled down (blurred). A story taller than the frame (the authenticator setup: about 900 px, more
 * in German or with an error) is photographed whole: the hosting page and then the frame grow to the
 * story's height for the screenshot (same width, so the same layout), and return to their size after.
 */
async function photographWhole(shoot: () => Promise<unknown>) {
  const { innerWidth: width, innerHeight: height } = window;
  const needed = Math.ceil(storyCanvas().getBoundingClientRect().bottom + window.scrollY);
  if (needed <= height) {
    await shoot();
    return;
  }
  const session = cdp();
  const hostAt = (hostHeight: number) => session.send('Emulation.setDeviceMetricsOverride', { width: DESKTOP.width, height: hostHeight, deviceScaleFactor: 1, mobile: false });
  await hostAt(Math.max(DESKTOP.height, needed));
  await page.viewport(width, needed);
  try {
    await settle();
    await shoot();
  } finally {
    await page.viewport(width, height);
    await hostAt(DESKTOP.height);
  }
}

async function expectScreenshot(name: string) {
  await document.fonts.ready;
  await photographWhole(() => expect.element(page.elementLocator(storyCanvas())).toMatchScreenshot(name));
}

afterEach(async (context) => {
  const story = (context as unknown as { story?: ComposedStory }).story;
  // Not a story, or a story whose play function or axe check already failed: nothing worth comparing.
  if (!story || context.task.result?.state === 'fail') return;
  const name = story.id.split('--')[1] ?? story.id;

  // Both themes are compared even when the first differs, so one run reports every changed picture.
  const mismatches: Error[] = [];
  const compare = (screenshot: string) => expectScreenshot(screenshot).catch((error: Error) => void mismatches.push(error));

  await compare(`${name}-light`);
  const inLanguages = async (theme: 'light' | 'dark') => {
    if (!PHONE_BASELINES.test(story.id)) return;
    for (const tag of LOCALE_BASELINES) {
      await showIn(tag);
      await compare(`${name}-${tag}-${theme}`);
    }
    await showIn('en-US');
  };
  await inLanguages('light');
  // The same as picking "Dark" in the toolbar: the components get colorScheme="dark".
  const runIn = async (theme: 'light' | 'dark') => {
    await story.run({ globals: { ...story.globals, theme } });
    expect(storyCanvas().getAttribute('data-color-scheme')).toBe(theme);
  };
  try {
    await runIn('dark');
    await compare(`${name}-dark`);
    await inLanguages('dark');
  } catch (error) {
    // The play function or the axe check failed in the dark theme.
    mismatches.push(error as Error);
  }

  try {
    // Phones first: every step at 375 px in both schemes, and no story wider than a 320 px screen. The
    // story left on screen is laid out again at each width; only the change of scheme runs it anew
    // (each run repeats its play function and axe, the slow part).
    if (PHONE_BASELINES.test(story.id)) {
      await page.viewport(375, 740);
      await compare(`${name}-375-dark`);
      await runIn('light');
      await compare(`${name}-375-light`);
    }
    await page.viewport(320, 640);
    expectNoHorizontalOverflow(320);
  } catch (error) {
    mismatches.push(error as Error);
  } finally {
    await page.viewport(DESKTOP.width, DESKTOP.height);
  }

  if (mismatches.length === 1) throw mismatches[0];
  if (mismatches.length > 1) throw new Error(mismatches.map((error) => error.message).join('\n\n'));
});
