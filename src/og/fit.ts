/**
 * Makes a card's title fit. astro-og-canvas wraps the title but lets a long one run off the
 * bottom of the card; so before drawing, the title is laid out here exactly as the library will
 * lay it out (same CanvasKit paragraph, fonts, sizes and width), then set smaller and, at worst,
 * shortened with an ellipsis at a word boundary (a grapheme boundary inside a single over-long
 * word), so no letter is ever cut or drawn outside the card.
 */
import type { CanvasKit } from 'canvaskit-wasm';
import { CARD_HEIGHT, CARD_WIDTH, type CardText } from './cards.ts';
import { CARD_STYLE } from './design.ts';
import { CARD_FAMILIES } from './fonts.ts';
import type { LoadedFonts } from './canvas.ts';

const ELLIPSIS = '…';

/** A title as it will be drawn. */
export interface FittedTitle {
  title: string;
  size: number;
  /** Whether the title had to be cut short. */
  shortened: boolean;
}

/** The paragraph width astro-og-canvas lays the text out in (its inline-end side keeps an extra padding). */
export const TEXT_WIDTH = CARD_WIDTH - 3 * CARD_STYLE.padding - CARD_STYLE.border;
/** The height the text may take: between the logo (and the padding under it) and the bottom padding. */
export const TEXT_HEIGHT = CARD_HEIGHT - CARD_STYLE.padding - (2 * CARD_STYLE.padding + CARD_STYLE.logo);

/** Returns the height of the card's text block with the title at `size`, as astro-og-canvas lays it out. */
export function measureText(ck: CanvasKit, fonts: LoadedFonts, text: CardText, title: string, size: number): number {
  const rtl = text.dir === 'rtl';
  const style = (fontSize: number, heightMultiplier: number, weight: 'Bold' | 'Normal') => ({
    fontFamilies: [...CARD_FAMILIES],
    fontSize,
    fontStyle: { weight: ck.FontWeight[weight] },
    heightMultiplier,
  });
  const builder = ck.ParagraphBuilder.Make(
    new ck.ParagraphStyle({
      textAlign: rtl ? ck.TextAlign.Right : ck.TextAlign.Left,
      textDirection: rtl ? ck.TextDirection.RTL : ck.TextDirection.LTR,
      textStyle: style(size, CARD_STYLE.titleLineHeight, 'Bold'),
    }),
    fonts.manager,
  );
  // The same runs as the library: title, a small gap, the line under it.
  builder.addText(title);
  builder.pushStyle(new ck.TextStyle({ fontSize: CARD_STYLE.padding / 3, heightMultiplier: 1 }));
  builder.addText('\n\n');
  builder.pushStyle(new ck.TextStyle(style(CARD_STYLE.siteSize, CARD_STYLE.siteLineHeight, 'Normal')));
  builder.addText(text.subtitle);
  const paragraph = builder.build();
  paragraph.layout(TEXT_WIDTH);
  const height = paragraph.getHeight();
  paragraph.delete();
  builder.delete();
  return height;
}

/**
 * Returns the title at the largest size at which it fits; if it fits at none, the longest start
 * of it, cut after a whole word, that fits with an ellipsis at the smallest size.
 */
export function fitTitle(ck: CanvasKit, fonts: LoadedFonts, text: CardText, maxHeight = TEXT_HEIGHT): FittedTitle {
  const fits = (title: string, size: number) => measureText(ck, fonts, text, title, size) <= maxHeight;
  for (const size of CARD_STYLE.titleSizes) {
    if (fits(text.title, size)) return { title: text.title, size, shortened: false };
  }
  const size = CARD_STYLE.titleSizes[CARD_STYLE.titleSizes.length - 1];
  const locale = text.lang === 'mul' ? 'en' : text.lang;
  for (const cuts of [wordEnds(text.title, locale), graphemeEnds(text.title)]) {
    const best = lastThatFits(cuts, (end) => fits(shorten(text.title, end), size));
    if (best !== undefined) return { title: shorten(text.title, best), size, shortened: true };
  }
  throw new Error(`Share cards: not even one letter of the title "${text.title}" fits on the card.`);
}

/** The title up to `end`, without the spaces and punctuation before the cut, and an ellipsis. */
export function shorten(title: string, end: number): string {
  return title.slice(0, end).replace(/[\s\p{P}\p{S}\u2066-\u2069]+$/u, '') + ELLIPSIS;
}

/** Offsets just after each word of `text` (never inside a letter or a grapheme). */
function wordEnds(text: string, locale: string): number[] {
  const segments = new Intl.Segmenter(locale, { granularity: 'word' }).segment(text);
  return [...segments].filter((s) => s.isWordLike).map((s) => s.index + s.segment.length);
}

/** Offsets just after each grapheme (a letter with its marks) of `text`. */
function graphemeEnds(text: string): number[] {
  const segments = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text);
  return [...segments].map((s) => s.index + s.segment.length).filter((end) => /[^\s\p{P}\p{S}]/u.test(text.slice(0, end)));
}

/** Binary search: the last cut (in ascending order) for which `fits` holds, given it holds for a prefix of them. */
function lastThatFits(cuts: number[], fits: (end: number) => boolean): number | undefined {
  let lo = 0;
  let hi = cuts.length - 1;
  let best: number | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (fits(cuts[mid])) {
      best = cuts[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
