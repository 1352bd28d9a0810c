/**
 * The browsers the stylesheet is written for: those with CSS `light-dark()` (Chrome and Edge 123,
 * Firefox 120, Safari 17.5). Below these, the CSS minifier lowers `light-dark()` into fallback variables
 * that work only where `color-scheme` is declared in the same rule; in the custom properties on `:root`
 * they never resolve, and every colour token comes out empty (no borders, no button colour).
 */
export const STYLESHEET_CSS_TARGET = ['chrome123', 'edge123', 'firefox120', 'safari17.5'];
