/**
 * The look of the share cards and of the site's icons, in one place: the site's light palette
 * (src/styles/global.css), its check-mark icon (public/favicon.svg) and the card's layout.
 * astro-og-canvas draws the card from these numbers and fit.ts measures the title with the same
 * ones, so the two agree on where a line breaks.
 */

export type Rgb = [r: number, g: number, b: number];

/** --bg, --fg and --accent of the light theme (a flat background also keeps the PNG small and quick to encode). */
export const BACKGROUND: Rgb = [253, 252, 250];
export const INK: Rgb = [29, 29, 31];
export const ACCENT: Rgb = [11, 92, 173];

export const CARD_STYLE = {
  /** Space between the card's edges and its content (astro-og-canvas's `padding`). */
  padding: 64,
  /** The bar on the card's inline-start edge: left in left-to-right languages, right in Hebrew. */
  border: 20,
  /** Width and height of the icon at the card's top inline-start corner. */
  logo: 104,
  /** Title font sizes to try, largest first; a title that fits none is shortened at the last. */
  titleSizes: [80, 68, 60, 52],
  titleLineHeight: 1.2,
  /** The site's name under the title. */
  siteSize: 40,
  siteLineHeight: 1.3,
} as const;

/**
 * The icon of public/favicon.svg, in its 32×32 view box: a rounded square with a check mark.
 * tests/unit/og/icons.test.ts checks that the SVG still draws this.
 */
export const MARK = {
  viewBox: 32,
  radius: 6,
  fill: '#0b5cad',
  path: 'M9 16.5l4.5 4.5L23 11',
  stroke: '#fff',
  strokeWidth: 3.5,
} as const;
