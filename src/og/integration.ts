import { mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { parse } from 'node-html-parser';
import { isLang } from '../i18n/locales.ts';
import { ensureTrailingSlash } from '../lib/path.ts';
import { CARD_MAX_BYTES, ROOT, getCardFile, getCardText, type CardText } from './cards.ts';
import { createCardRenderer } from './render.ts';

/** Where drawn cards are kept between builds (a clean clone starts without it and draws them all). */
export const CARD_CACHE_DIR = 'node_modules/.cache/share-cards';

/**
 * Astro integration for share cards and icons (SPEC section 2). It serves the apple-touch-icon and
 * the web app manifests as routes, and once the pages are built, draws the card that each page's
 * `og:image` names (see ShareMeta.astro), from that page's own language, route and `og:title`, so
 * a card always says what its page says. Cards are cached by content hash in CARD_CACHE_DIR.
 */
export function shareCards(): AstroIntegration {
  let root = process.cwd();
  let siteRoot = 'https://example.org/';
  return {
    name: 'share-cards',
    hooks: {
      'astro:config:setup': ({ config, injectRoute }) => {
        injectRoute({ pattern: '/apple-touch-icon.png', entrypoint: new URL('src/og/touch-icon-route.ts', config.root), prerender: true });
        injectRoute({ pattern: '/[...lang]/manifest.webmanifest', entrypoint: new URL('src/og/manifest-route.ts', config.root), prerender: true });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        siteRoot = new URL(ensureTrailingSlash(config.base), config.site ?? 'https://example.org').href;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const { cards, expected } = collectCards(dist, siteRoot);
        const renderer = createCardRenderer({ root, cacheDir: join(root, CARD_CACHE_DIR) });
        const files = [...cards.keys()];
        const rendered = await renderer.renderAll([...cards.values()]);
        let drawn = 0;
        rendered.forEach((card, i) => {
          const file = files[i];
          if (card.png.byteLength > CARD_MAX_BYTES) {
            throw new AstroError(
              `Share card ${file} is ${(card.png.byteLength / 1024).toFixed(0)} KB, over the ${CARD_MAX_BYTES / 1024} KB of SPEC section 2.`,
            );
          }
          if (!card.cached) drawn++;
          if (card.fitted?.shortened) logger.warn(`${file}: the title is too long for the card and was shortened to "${card.fitted.title}".`);
          mkdirSync(dirname(join(dist, file)), { recursive: true });
          writeFileSync(join(dist, file), card.png);
        });
        renderer.prune();
        const missing = expected.filter((e) => !existsSync(join(dist, e.file)));
        if (missing.length) {
          throw new AstroError(
            `Share cards: ${missing.map((m) => `${m.page} names the card ${m.file}, which no page with an og:title describes`).join('; ')}.`,
          );
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`${cards.size} cards in ${seconds} s (${drawn} drawn, ${cards.size - drawn} from the cache)`);
      },
    },
  };
}

/**
 * Reads every built page's head: the card file its `og:image` names and, for pages with an
 * `og:title`, what that card shows. Fails when a page has no card, its card lies outside the site,
 * or two pages name one card but would draw it differently.
 */
export function collectCards(dist: string, siteRoot: string): { cards: Map<string, CardText>; expected: { page: string; file: string }[] } {
  const cards = new Map<string, CardText>();
  const expected: { page: string; file: string }[] = [];
  for (const page of listHtml(dist)) {
    const html = parse(readFileSync(join(dist, page), 'utf8'));
    const meta = (property: string) => html.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
    const image = meta('og:image');
    if (!image?.startsWith(siteRoot)) {
      throw new AstroError(
        `Share cards: ${page} has no og:image under ${siteRoot} (found ${image ?? 'none'}).`,
        'Render src/og/ShareMeta.astro in its <head>.',
      );
    }
    const file = image.slice(siteRoot.length);
    expected.push({ page, file });
    const title = meta('og:title');
    if (!title) continue;
    const lang = html.querySelector('html')?.getAttribute('lang') ?? '';
    const url = meta('og:url') ?? '';
    const route = isLang(lang) && url.startsWith(`${siteRoot}${lang}/`) ? url.slice(`${siteRoot}${lang}/`.length) : '';
    if (!isLang(lang) && lang !== ROOT) throw new AstroError(`Share cards: ${page} has the unknown language "${lang}".`);
    if (getCardFile(lang as CardText['lang'], route) !== file) {
      throw new AstroError(
        `Share cards: ${page} names the card ${file}, but its route "${route}" in ${lang} has ${getCardFile(lang as CardText['lang'], route)}.`,
      );
    }
    const text = getCardText(lang as CardText['lang'], route, title);
    const earlier = cards.get(file);
    if (earlier && JSON.stringify(earlier) !== JSON.stringify(text)) {
      throw new AstroError(`Share cards: two pages name the card ${file} with different texts ("${earlier.title}", "${text.title}").`);
    }
    cards.set(file, text);
  }
  return { cards, expected };
}

function listHtml(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listHtml(full, base);
    return entry.name.endsWith('.html') ? [relative(base, full).split('\\').join('/')] : [];
  });
}
