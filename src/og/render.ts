/**
 * Draws share cards with astro-og-canvas (CanvasKit: HarfBuzz shaping, ICU bidi, `dir: 'rtl'`
 * lays a Hebrew card out from the right) and keeps them in a cache by content hash, so a rebuild
 * only draws the cards whose text, look, fonts or drawing library changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { generateOpenGraphImage } from 'astro-og-canvas';
import type { CanvasKit } from 'canvaskit-wasm';
import type { CardText } from './cards.ts';
import { getCanvasKit, loadFonts, missingCharacters, type LoadedFonts } from './canvas.ts';
import { ACCENT, BACKGROUND, CARD_STYLE, INK, MARK } from './design.ts';
import { fitTitle, type FittedTitle } from './fit.ts';
import { CARD_FAMILIES, resolveFonts } from './fonts.ts';
import { drawIcon } from './icons.ts';

/** Bump to redraw every cached card after a change the cache key does not see. */
const CACHE_VERSION = 1;

export interface RenderedCard {
  png: Buffer;
  /** Whether the card came from the cache (then `fitted` is unknown). */
  cached: boolean;
  fitted?: FittedTitle;
}

export interface CardRenderer {
  render(text: CardText): Promise<RenderedCard>;
  /** Deletes the cached cards this renderer did not use. */
  prune(): void;
}

/**
 * Makes a renderer for the project at `root` that caches in `cacheDir`. The fonts are resolved
 * (a missing one fails here, naming its package); CanvasKit is only loaded on the first card
 * that is not in the cache.
 */
export function createCardRenderer({ root, cacheDir }: { root: string; cacheDir: string }): CardRenderer {
  const fontFiles = resolveFonts(root);
  const inputs = {
    CACHE_VERSION,
    style: { CARD_STYLE, MARK, BACKGROUND, INK, ACCENT, CARD_FAMILIES },
    fonts: fontFiles.map((file) => sha256(readFileSync(file))),
    libraries: ['astro-og-canvas', 'canvaskit-wasm'].map((name) => packageVersion(root, name)),
  };
  const used = new Set<string>();
  let drawing: Promise<{ ck: CanvasKit; fonts: LoadedFonts; logo: string }> | undefined;

  const prepare = () =>
    (drawing ??= (async () => {
      const ck = await getCanvasKit();
      const fonts = loadFonts(ck, fontFiles);
      mkdirSync(cacheDir, { recursive: true });
      const logo = join(cacheDir, `logo-${sha256(JSON.stringify(inputs)).slice(0, 16)}.png`);
      if (!existsSync(logo)) writeAtomically(logo, drawIcon(ck, CARD_STYLE.logo, { rounded: true }));
      used.add(logo);
      return { ck, fonts, logo };
    })());

  return {
    async render(text) {
      const file = join(cacheDir, `card-${sha256(JSON.stringify({ inputs, text })).slice(0, 32)}.png`);
      used.add(file);
      const hit = readIfExists(file);
      if (hit) return { png: hit, cached: true };

      const { ck, fonts, logo } = await prepare();
      const missing = missingCharacters(fonts, text.title + text.subtitle);
      if (missing.length) {
        throw new Error(
          `Share cards: no card font has a glyph for ${missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')} ` +
            `in "${text.title}". Add a font package that covers it to src/og/fonts.ts.`,
        );
      }
      const fitted = fitTitle(ck, fonts, text);
      const png = await generateOpenGraphImage({
        cacheDir: false,
        // The library decodes HTML entities in both texts; escaping `&` keeps them literal.
        title: escapeAmpersands(fitted.title),
        description: escapeAmpersands(text.subtitle),
        dir: text.dir,
        bgGradient: [BACKGROUND],
        border: { color: ACCENT, width: CARD_STYLE.border, side: 'inline-start' },
        padding: CARD_STYLE.padding,
        logo: { path: logo, size: [CARD_STYLE.logo, CARD_STYLE.logo] },
        font: {
          title: { families: [...CARD_FAMILIES], weight: 'Bold', size: fitted.size, lineHeight: CARD_STYLE.titleLineHeight, color: INK },
          description: { families: [...CARD_FAMILIES], weight: 'Normal', size: CARD_STYLE.siteSize, lineHeight: CARD_STYLE.siteLineHeight, color: ACCENT },
        },
        fonts: fontFiles,
        format: 'PNG',
      });
      writeAtomically(file, png);
      return { png, cached: false, fitted };
    },

    prune() {
      if (!existsSync(cacheDir)) return;
      for (const name of readdirSync(cacheDir)) {
        const file = join(cacheDir, name);
        if (/^(card|logo)-[0-9a-f]+\.png$/.test(name) && !used.has(file)) rmSync(file, { force: true });
      }
    },
  };
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function readIfExists(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file, so a build running at the same time never reads half a card. */
function writeAtomically(file: string, data: Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

function escapeAmpersands(text: string): string {
  return text.replaceAll('&', '&amp;');
}

/** The installed version of a package (part of the cache key: a new drawing library redraws every card). */
function packageVersion(root: string, name: string): string {
  const require = createRequire(join(root, 'package.json'));
  let dir = dirname(require.resolve(name));
  while (dir !== dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return `${name}@${pkg.version}`;
    }
    dir = dirname(dir);
  }
  throw new Error(`Share cards: cannot find the version of ${name}.`);
}
