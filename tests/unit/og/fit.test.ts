/** Titles that do not fit are set smaller, then cut after a whole word with an ellipsis (src/og/fit.ts). */
import { beforeAll, describe, expect, test } from 'vitest';
import type { CanvasKit } from 'canvaskit-wasm';
import { getCanvasKit, loadFonts, type LoadedFonts } from '../../../src/og/canvas.ts';
import { getCardText, type CardText } from '../../../src/og/cards.ts';
import { CARD_STYLE } from '../../../src/og/design.ts';
import { fitTitle, measureText, TEXT_HEIGHT } from '../../../src/og/fit.ts';
import { resolveFonts } from '../../../src/og/fonts.ts';

let ck: CanvasKit;
let fonts: LoadedFonts;
beforeAll(async () => {
  ck = await getCanvasKit();
  fonts = loadFonts(ck, resolveFonts(process.cwd()));
});

const card = (lang: 'he' | 'de', title: string): CardText => getCardText(lang, 'guides/x/', title);
const SMALLEST = CARD_STYLE.titleSizes[CARD_STYLE.titleSizes.length - 1];
const LONG_DE =
  'Zehn Anzeichen, an denen Sie erkennen, dass es Zeit ist, sich von einem Kunden zu trennen, der ständig anruft, Rechnungen anzweifelt, spät zahlt und Ihre Ratschläge übergeht, obwohl Sie ihm schon oft geholfen haben';
const LONG_HE =
  'עשרה סימנים שמראים שהגיע הזמן להיפרד מלקוח שמתקשר כל הזמן, מערער על כל חשבונית, משלם באיחור ומתעלם מכל עצה שלכם, אף שכבר עזרתם לו פעמים רבות מאוד';

describe('fitTitle', () => {
  test('a short title keeps the largest size and every word', () => {
    expect(fitTitle(ck, fonts, card('de', 'Kunden behalten'))).toEqual({ title: 'Kunden behalten', size: CARD_STYLE.titleSizes[0], shortened: false });
  });

  test('a longer title is set smaller rather than cut', () => {
    const title = '10 Anzeichen, an denen Sie erkennen, dass es Zeit ist, einen Kunden zu feuern';
    const fitted = fitTitle(ck, fonts, card('de', title));
    expect(fitted.shortened).toBe(false);
    expect(fitted.title).toBe(title);
    expect(fitted.size).toBeLessThan(CARD_STYLE.titleSizes[0]);
  });

  test.each([
    ['de', LONG_DE],
    ['he', LONG_HE],
  ] as const)('a %s title too long for any size is cut after the last whole word that fits, with an ellipsis', (lang, title) => {
    const text = card(lang, title);
    expect(measureText(ck, fonts, text, title, SMALLEST)).toBeGreaterThan(TEXT_HEIGHT);
    const fitted = fitTitle(ck, fonts, text);
    expect(fitted).toMatchObject({ size: SMALLEST, shortened: true });
    expect(fitted.title.endsWith('…')).toBe(true);
    const kept = fitted.title.slice(0, -1);
    expect(title.startsWith(kept)).toBe(true);
    // The cut falls between words: the original goes on with a space or punctuation.
    expect(title.slice(kept.length)).toMatch(/^[\s\p{P}]/u);
    expect(measureText(ck, fonts, text, fitted.title, SMALLEST)).toBeLessThanOrEqual(TEXT_HEIGHT);
    // And it keeps as much as fits: one word more would not.
    const nextWord = /^[\s\p{P}]*[^\s\p{P}]+/u.exec(title.slice(kept.length))![0];
    expect(measureText(ck, fonts, text, `${kept}${nextWord}…`, SMALLEST)).toBeGreaterThan(TEXT_HEIGHT);
  });

  test('one word longer than the card is cut between letters, never inside one (a letter keeps its marks)', () => {
    // Hebrew with niqqud: each letter carries combining marks that must stay with it.
    const title = 'שָׁלוֹם'.repeat(80);
    const fitted = fitTitle(ck, fonts, card('he', title));
    expect(fitted.shortened).toBe(true);
    const kept = fitted.title.slice(0, -1);
    expect(title.startsWith(kept)).toBe(true);
    expect(title.slice(kept.length)).not.toMatch(/^\p{M}/u);
    expect(kept.length).toBeGreaterThan(0);
    expect(measureText(ck, fonts, card('he', title), fitted.title, SMALLEST)).toBeLessThanOrEqual(TEXT_HEIGHT);
  });
});
