import { createContext, useContext, type CSSProperties, type ReactNode } from 'react';

/** Which colours a card uses: Clerk's components default to light whatever the OS says; `system` follows it. */
export type ColorScheme = 'light' | 'dark' | 'system';

/**
 * Clerk's `appearance.variables`, by both generations' names (Core 3's first, then Core 2's), so the
 * object an app gives Clerk's own components themes these the same way. Values are CSS values.
 */
export interface AppearanceVariables {
  colorPrimary?: string;
  /** Core 3; Core 2: `colorTextOnPrimaryBackground`. */
  colorPrimaryForeground?: string;
  colorTextOnPrimaryBackground?: string;
  colorDanger?: string;
  colorBackground?: string;
  /** Core 3; Core 2: `colorText`. */
  colorForeground?: string;
  colorText?: string;
  /** Core 3; Core 2: `colorTextSecondary`. */
  colorMutedForeground?: string;
  colorTextSecondary?: string;
  /** Core 3; Core 2: `colorInputBackground`. */
  colorInput?: string;
  colorInputBackground?: string;
  /** Core 3; Core 2: `colorInputText`. */
  colorInputForeground?: string;
  colorInputText?: string;
  colorBorder?: string;
  /** Clerk derives borders from it when `colorBorder` is not given. */
  colorNeutral?: string;
  colorRing?: string;
  borderRadius?: string;
  fontFamily?: string;
  fontFamilyButtons?: string;
  fontSize?: string;
  /** Core 3; Core 2: `spacingUnit`. Clerk's unit (default `1rem`); ours is a quarter of it. */
  spacing?: string;
  spacingUnit?: string;
}

export interface Appearance {
  variables?: AppearanceVariables;
}

/** How the cards look and what frames them, for every card inside (a flow's steps, or one step). */
export interface AppearanceProps {
  /** Default `'light'`, as Clerk's components. Scoped to this component, not the page. */
  colorScheme?: ColorScheme;
  /** Clerk's `appearance` object; its `variables` map to this library's tokens. */
  appearance?: Appearance;
  /** At the top of each card, above the title: the app's logo, say. */
  header?: ReactNode;
  /** At the bottom of each card: links to sign up, help, terms. */
  footer?: ReactNode;
  /** The app's name, for "to continue to {app}" under the first title. */
  appName?: string;
}

type Token = `--mfa-${string}`;

/** Each token and the variables that set it, first given wins; `shape` turns the value into the token's. */
const TOKENS: readonly [Token, readonly (keyof AppearanceVariables)[], ((value: string) => string)?][] = [
  ['--mfa-accent', ['colorPrimary']],
  ['--mfa-accent-fg', ['colorPrimaryForeground', 'colorTextOnPrimaryBackground']],
  ['--mfa-danger', ['colorDanger']],
  ['--mfa-danger-bg', ['colorDanger'], (value) => `color-mix(in srgb, ${value} 12%, var(--mfa-bg))`],
  ['--mfa-bg', ['colorBackground']],
  ['--mfa-fg', ['colorForeground', 'colorText']],
  ['--mfa-muted', ['colorMutedForeground', 'colorTextSecondary']],
  ['--mfa-input-bg', ['colorInput', 'colorInputBackground']],
  ['--mfa-input-fg', ['colorInputForeground', 'colorInputText']],
  ['--mfa-border', ['colorBorder']],
  ['--mfa-border', ['colorNeutral'], (value) => `color-mix(in srgb, ${value} 55%, var(--mfa-bg))`],
  ['--mfa-focus-ring', ['colorRing'], (value) => `0 0 0 3px ${value}`],
  ['--mfa-radius', ['borderRadius']],
  ['--mfa-font', ['fontFamily']],
  ['--mfa-button-font', ['fontFamilyButtons']],
  ['--mfa-font-size', ['fontSize']],
  ['--mfa-space', ['spacing', 'spacingUnit'], (value) => `calc(${value} / 4)`],
];

// A value ends at the declaration it belongs to: no second declaration, block or resource slipped in.
const PLAIN_CSS_VALUE = /^[^;{}<>\\]*$/;
const isPlainValue = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '' && PLAIN_CSS_VALUE.test(value) && !/url\s*\(/i.test(value);

type Rgb = readonly [number, number, number];

function rgbOf(color: string): Rgb | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  return [0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16)) as unknown as Rgb;
}

function luminanceOf(rgb: Rgb): number {
  const [r, g, b] = rgb.map((value) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrastOf = (a: Rgb, b: Rgb) => {
  const [light, dark] = [luminanceOf(a), luminanceOf(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

const hexOf = (rgb: Rgb) => `#${rgb.map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;

/**
 * Text that reads on `color` when the app gave no foreground for it, as Clerk derives one: black or
 * white by the colour's luminance. Only hex colours are judged; others keep the default foreground.
 */
function readableOn(color: string): string | undefined {
  const rgb = rgbOf(color);
  // Where white and black would read equally well: (1 + 0.05) / (L + 0.05) = (L + 0.05) / 0.05.
  return rgb ? (luminanceOf(rgb) > 0.179 ? '#000000' : '#ffffff') : undefined;
}

/** `color` darkened or lightened, step by step, until it reads on `background` as text (WCAG AA, 4.5:1). */
function textShadeOn(color: Rgb, background: Rgb): string {
  const toward: Rgb = luminanceOf(background) > 0.179 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 0; step <= 20; step += 1) {
    const mixed = color.map((value, i) => value + (toward[i]! - value) * (step / 20)) as unknown as Rgb;
    if (contrastOf(mixed, background) >= 4.5) return hexOf(mixed);
  }
  return hexOf(toward);
}

// The card's own backgrounds (styles.css `--mfa-bg`), light then dark.
const CARD_BACKGROUNDS: readonly [Rgb, Rgb] = [
  [255, 255, 255],
  [22, 24, 29],
];

/**
 * The accent as text (links, secondary actions): a brand colour picked for buttons often reads
 * poorly as text on the card, worst in the dark scheme. Shaded per scheme until it reads, as a
 * `light-dark()` pair, so a card in `system` follows the reader's scheme.
 */
function accentTextOf(accent: string, background: string | undefined): string | undefined {
  const rgb = rgbOf(accent);
  if (!rgb) return undefined;
  const given = background ? rgbOf(background) : undefined;
  const [light, dark] = given ? [given, given] : CARD_BACKGROUNDS;
  return `light-dark(${textShadeOn(rgb, light)}, ${textShadeOn(rgb, dark)})`;
}

/** The tokens `variables` set, as custom properties for a `style` prop. */
export function tokensOf(variables: AppearanceVariables | undefined): CSSProperties | undefined {
  if (!variables) return undefined;
  const style: Record<string, string> = {};
  for (const [token, names, shape] of TOKENS) {
    if (token in style) continue;
    const name = names.find((candidate) => Object.hasOwn(variables, candidate) && isPlainValue(variables[candidate]));
    if (name) style[token] = shape ? shape(variables[name]!) : variables[name]!;
  }
  const accent = style['--mfa-accent'];
  const onAccent = accent && !style['--mfa-accent-fg'] ? readableOn(accent) : undefined;
  if (onAccent) style['--mfa-accent-fg'] = onAccent;
  // Set whenever the accent is: the stylesheet's default refers to the default accent.
  if (accent) style['--mfa-accent-text'] = accentTextOf(accent, style['--mfa-bg']) ?? accent;
  return Object.keys(style).length > 0 ? (style as CSSProperties) : undefined;
}

export const AppearanceContext = createContext<AppearanceProps>({});

/** Sets the colour scheme and tokens for every card inside, over those of any scope around it. */
export function AppearanceScope({ children, ...own }: AppearanceProps & { children: ReactNode }) {
  const around = useContext(AppearanceContext);
  const { colorScheme, appearance, header, footer, appName } = own;
  if (colorScheme === undefined && appearance === undefined && header === undefined && footer === undefined && appName === undefined) return children;
  const value: AppearanceProps = {
    colorScheme: colorScheme ?? around.colorScheme,
    appearance: { variables: { ...around.appearance?.variables, ...appearance?.variables } },
    header: header ?? around.header,
    footer: footer ?? around.footer,
    appName: appName ?? around.appName,
  };
  return <AppearanceContext.Provider value={value}>{children}</AppearanceContext.Provider>;
}

/**
 * What a card (a step's form, the completion notice) carries: its colour scheme and the tokens the
 * app set, from the nearest scope.
 */
export function useCardAppearance() {
  const { colorScheme = 'light', appearance } = useContext(AppearanceContext);
  return { 'data-color-scheme': colorScheme, style: tokensOf(appearance?.variables) };
}

/** The app's header, footer and name for the cards, from the nearest scope. */
export function useCardFrame() {
  const { header, footer, appName } = useContext(AppearanceContext);
  return { header, footer, appName };
}
