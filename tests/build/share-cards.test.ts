/**
 * Share cards and icons over the built site (SPEC section 2, Share cards): every page names a card
 * and the icons; every card is a 1200×630 PNG of at most 150 KB, one per page and language; and,
 * read from the pixels, each card is laid out in its language's direction and stays on the card.
 */
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, LOCALES, type Lang } from '../../src/i18n/locales.ts';
import { getUi } from '../../src/i18n/ui/index.ts';
import { ACCENT, BACKGROUND, CARD_STYLE, INK } from '../../src/og/design.ts';
import { DIST, listHtml, readPage } from '../support/dist.ts';
import { decodePng, findColour, pixelAt, type Box, type Pixels } from '../support/png.ts';
import { OUTCOMES, ROUTES } from '../support/routes.ts';

const SITE = 'https://example.org';
const [WIDTH, HEIGHT] = [1200, 630];
const PAGES = listHtml();
/** Every language-neutral route that has a page per language, with its 404 page. */
const LANG_ROUTES = [...ROUTES, '404/'];

interface Head {
  lang: string;
  image?: string;
  tags: Record<string, string | undefined>;
  appleIcon?: string;
  manifest?: string;
  h1: string;
}

function headOf(file: string): Head {
  const page = readPage(file);
  const property = (p: string) => page.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
  return {
    lang: page.querySelector('html')?.getAttribute('lang') ?? '',
    image: property('og:image'),
    tags: {
      type: property('og:image:type'),
      width: property('og:image:width'),
      height: property('og:image:height'),
      alt: property('og:image:alt'),
      twitter: page.querySelector('meta[name="twitter:card"]')?.getAttribute('content'),
    },
    appleIcon: page.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href'),
    manifest: page.querySelector('link[rel="manifest"]')?.getAttribute('href'),
    h1: page.querySelector('h1')?.text.trim() ?? '',
  };
}

/** The card file (under dist/) that a page's og:image names. */
function cardOf(file: string): string {
  const image = headOf(file).image ?? '';
  expect(image.startsWith(`${SITE}/`), `${file}: og:image ${image}`).toBe(true);
  return image.slice(SITE.length + 1);
}

const pageFile = (lang: Lang, route: string) => `${lang}/${route}index.html`;
const cardFor = (lang: Lang, route: string) => cardOf(pageFile(lang, route));
const read = (file: string) => readFileSync(join(DIST, file));
const hash = (file: string) => createHash('sha256').update(read(file)).digest('hex');
const images = new Map<string, Pixels>();
const pixels = (file: string) => images.get(file) ?? images.set(file, decodePng(read(file))).get(file)!;

const titleBoxes = new Map<string, Box | undefined>();
/** Where the title's ink is: its box and its distance to the left and right edges. */
function titleGaps(file: string) {
  if (!titleBoxes.has(file)) titleBoxes.set(file, findColour(pixels(file), INK));
  const box = titleBoxes.get(file);
  expect(box, `${file}: no title ink`).toBeDefined();
  return { left: box!.left, right: WIDTH - 1 - box!.right, box: box! };
}

/** The start edge's gap to the text: the padding plus the bar on that edge. */
const START_GAP = CARD_STYLE.padding + CARD_STYLE.border;

describe('every page names its share card and the icons', () => {
  test.each(PAGES)('%s', (file) => {
    const head = headOf(file);
    expect(head.image).toMatch(new RegExp(`^${SITE}/og/.+\\.png$`));
    expect(head.tags).toMatchObject({ type: 'image/png', width: '1200', height: '630', twitter: 'summary_large_image' });
    expect(head.tags.alt?.trim()).toBeTruthy();
    expect(head.appleIcon).toBe('/apple-touch-icon.png');
    if (LANGS.includes(head.lang as Lang)) {
      const lang = head.lang as Lang;
      // The card shows the page's heading and the site's name, and its text alternative says so
      // in the page's language.
      expect(head.tags.alt).toContain(head.h1);
      expect(head.tags.alt).toContain(getUi(lang).site.name);
      expect(head.manifest).toBe(`/${lang}/manifest.webmanifest`);
    } else {
      expect(head.lang).toBe('mul');
      for (const lang of LANGS) expect(head.tags.alt).toContain(getUi(lang).site.name);
      expect(head.manifest).toBe('/manifest.webmanifest');
    }
  });

  test('the text alternative of a page differs between its languages', () => {
    for (const route of LANG_ROUTES) {
      const alts = LANGS.map((lang) => headOf(pageFile(lang, route)).tags.alt);
      expect(new Set(alts).size, route).toBe(LANGS.length);
    }
  });
});

describe('the cards', () => {
  const cards = [...new Set(PAGES.map(cardOf))].sort();

  test('there is one card per page and language, and the root 404 shares the root chooser’s', () => {
    // The root chooser, and per language: home, four guides, the quiz, four outcomes, the 404 page.
    expect(cards).toHaveLength(1 + LANGS.length * LANG_ROUTES.length);
    expect(cardOf('404.html')).toBe(cardOf('index.html'));
  });

  test.each(cards)('%s is a 1200×630 PNG of at most 150 KB', (file) => {
    expect(existsSync(join(DIST, file))).toBe(true);
    expect(statSync(join(DIST, file)).size).toBeLessThanOrEqual(150 * 1024);
    expect(read(file).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const image = pixels(file);
    expect([image.width, image.height]).toEqual([WIDTH, HEIGHT]);
  });

  test('every card is a different image', () => {
    expect(new Set(cards.map(hash)).size).toBe(cards.length);
  });

  test('the four languages of a page have four different cards', () => {
    for (const route of LANG_ROUTES) {
      expect(new Set(LANGS.map((lang) => hash(cardFor(lang, route)))).size, route).toBe(LANGS.length);
    }
  });

  test('the four outcomes of a language have four different cards', () => {
    for (const lang of LANGS) {
      expect(new Set(OUTCOMES.map((o) => hash(cardFor(lang, `quiz/result/${o}/`)))).size, lang).toBe(OUTCOMES.length);
    }
  });
});

describe('the cards are laid out in their language’s direction (read from the pixels)', () => {
  test.each(LANG_ROUTES)('%s: the Hebrew title hugs the right-hand side, the German one the left', (route) => {
    const he = titleGaps(cardFor('he', route));
    const de = titleGaps(cardFor('de', route));
    expect(he.right).toBeLessThan(he.left);
    expect(Math.abs(he.right - START_GAP)).toBeLessThanOrEqual(12);
    expect(de.left).toBeLessThan(de.right);
    expect(Math.abs(de.left - START_GAP)).toBeLessThanOrEqual(12);
  });

  test.each(PAGES.filter((f) => f !== '404.html'))('%s: title, icon and bar start on the side the language starts', (file) => {
    const head = headOf(file);
    const rtl = LANGS.includes(head.lang as Lang) && LOCALES[head.lang as Lang].dir === 'rtl';
    const card = cardOf(file);
    const image = pixels(card);
    const gaps = titleGaps(card);
    const [start, end] = rtl ? [gaps.right, gaps.left] : [gaps.left, gaps.right];
    expect(Math.abs(start - START_GAP), `${card}: title ${start} px from its start edge`).toBeLessThanOrEqual(12);
    expect(end).toBeGreaterThan(start);

    // The icon sits in the top band on the start side; the bar runs down the start edge only.
    const inner = { fromX: CARD_STYLE.border, toX: WIDTH - 1 - CARD_STYLE.border };
    const icon = findColour(image, ACCENT, { ...inner, toY: CARD_STYLE.padding + CARD_STYLE.logo, tolerance: 20 });
    expect(icon, `${card}: no icon`).toBeDefined();
    if (rtl) expect(WIDTH - 1 - icon!.right).toBeLessThan(icon!.left);
    else expect(icon!.left).toBeLessThan(WIDTH - 1 - icon!.right);
    const [barX, otherX] = rtl ? [WIDTH - 1 - CARD_STYLE.border / 2, CARD_STYLE.border / 2] : [CARD_STYLE.border / 2, WIDTH - 1 - CARD_STYLE.border / 2];
    expect(pixelAt(image, barX, HEIGHT / 2).slice(0, 3)).toEqual(ACCENT);
    expect(pixelAt(image, otherX, HEIGHT / 2).slice(0, 3)).toEqual(BACKGROUND);
  });

  test.each(PAGES.filter((f) => f !== '404.html'))('%s: the title stays inside the card’s padding, below the icon', (file) => {
    const card = cardOf(file);
    const { box } = titleGaps(card);
    expect(box.left).toBeGreaterThanOrEqual(CARD_STYLE.padding);
    expect(box.right).toBeLessThanOrEqual(WIDTH - 1 - CARD_STYLE.padding);
    expect(box.top).toBeGreaterThanOrEqual(CARD_STYLE.padding + CARD_STYLE.logo);
    expect(box.bottom).toBeLessThanOrEqual(HEIGHT - 1 - CARD_STYLE.padding);
  });
});

describe('icons and manifests', () => {
  test('the apple-touch-icon is a 180×180 PNG filled to its corners', () => {
    const icon = decodePng(read('apple-touch-icon.png'));
    expect([icon.width, icon.height]).toEqual([180, 180]);
    // iOS rounds the corners itself and shows black where an icon is transparent.
    expect(pixelAt(icon, 0, 0)).toEqual([...ACCENT, 255]);
  });

  test.each(['mul', ...LANGS])('the %s manifest names the site in its language and its icons exist', (lang) => {
    const file = lang === 'mul' ? 'manifest.webmanifest' : `${lang}/manifest.webmanifest`;
    const manifest = JSON.parse(read(file).toString('utf8'));
    expect(manifest.lang).toBe(lang);
    if (lang === 'mul') {
      for (const l of LANGS) expect(manifest.name).toContain(getUi(l).site.name);
      expect(manifest.start_url).toBe('/');
    } else {
      expect(manifest.name).toBe(getUi(lang as Lang).site.name);
      expect(manifest.dir).toBe(LOCALES[lang as Lang].dir);
      expect(manifest.start_url).toBe(`/${lang}/`);
    }
    expect(manifest.icons.map((i: { src: string }) => i.src)).toEqual(['/favicon.svg', '/apple-touch-icon.png']);
    for (const icon of manifest.icons) expect(existsSync(join(DIST, icon.src))).toBe(true);
  });
});
