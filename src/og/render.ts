/**
 * Draws share cards with astro-og-canvas (CanvasKit: HarfBuzz shaping, ICU bidi, `dir: 'rtl'`
 * lays a Hebrew card out from the right) and keeps them in a cache by content hash, so a rebuild
 * only draws the cards whose text, look, fonts or drawing library changed. Many new cards (a
 * clean clone, CI) are drawn on worker threads, one per core.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { generateOpenGraphImage, type OGImageOptions } from 'astro-og-canvas';
import type { CanvasKit } from 'canvaskit-wasm';
import type { CardText } from './cards.ts';
import { getCanvasKit, loadFonts, missingCharacters, type LoadedFonts } from './canvas.ts';
import { ACCENT, BACKGROUND, CARD_STYLE, INK, MARK } from './design.ts';
import { fitTitle, type FittedTitle } from './fit.ts';
import { CARD_FAMILIES, resolveFonts } from './fonts.ts';
import { drawIcon } from './icons.ts';

/** Bump to redraw every cached card after a change the cache key does not see. */
const CACHE_VERSION = 1;
/** The card code itself is part of the cache key: a change to how cards are laid out redraws them. */
const CODE_FILES = ['cards.ts', 'design.ts', 'fit.ts', 'fonts.ts', 'icons.ts', 'render.ts', 'draw-worker.mjs'];

export interface RenderedCard {
  png: Buffer;
  /** Whether the card came from the cache (then `fitted` is unknown). */
  cached: boolean;
  fitted?: FittedTitle;
}

export interface CardRenderer {
  /** Draws the cards (or takes them from the cache), in the order of `texts`. */
  renderAll(texts: readonly CardText[]): Promise<RenderedCard[]>;
  render(text: CardText): Promise<RenderedCard>;
  /** Deletes the cached cards this renderer did not use. */
  prune(): void;
}

/** Below this many new cards, starting worker threads costs more than it saves. */
const MIN_CARDS_FOR_WORKERS = 8;

/**
 * Makes a renderer for the project at `root` that caches in `cacheDir`. The fonts are resolved
 * (a missing one fails here, naming its package); CanvasKit is only loaded when a card is not in
 * the cache. New cards are fitted here and drawn on up to `workers` threads (one per core).
 */
export function createCardRenderer({ root, cacheDir, workers = availableParallelism() }: { root: string; cacheDir: string; workers?: number }): CardRenderer {
  const fontFiles = resolveFonts(root);
  const inputs = {
    CACHE_VERSION,
    code: sha256(CODE_FILES.map((file) => readIfExists(join(root, 'src/og', file))?.toString('utf8') ?? file).join('\0')),
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

  /** Checks the letters, fits the title and returns astro-og-canvas's options for one card. */
  const layOut = async (text: CardText): Promise<{ fitted: FittedTitle; options: OGImageOptions }> => {
    const { ck, fonts, logo } = await prepare();
    const missing = missingCharacters(fonts, text.title + text.subtitle);
    if (missing.length) {
      throw new Error(
        `Share cards: no card font has a glyph for ${missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')} ` +
          `in "${text.title}". Add a font package that covers it to src/og/fonts.ts.`,
      );
    }
    const fitted = fitTitle(ck, fonts, text);
    const options: OGImageOptions = {
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
    };
    return { fitted, options };
  };

  const renderAll = async (texts: readonly CardText[]): Promise<RenderedCard[]> => {
    const files = texts.map((text) => join(cacheDir, `card-${sha256(JSON.stringify({ inputs, text })).slice(0, 32)}.png`));
    files.forEach((file) => used.add(file));
    const results: (RenderedCard | undefined)[] = files.map((file) => {
      const png = readIfExists(file);
      return png && { png, cached: true };
    });
    const todo = texts.flatMap((_, i) => (results[i] ? [] : [i]));
    if (!todo.length) return results as RenderedCard[];

    const laidOut: { fitted: FittedTitle; options: OGImageOptions }[] = [];
    for (const i of todo) laidOut.push(await layOut(texts[i]));
    const options = laidOut.map((l) => l.options);
    const pngs = workers > 1 && todo.length >= MIN_CARDS_FOR_WORKERS ? await drawInWorkers(options, workers) : await drawHere(options);
    todo.forEach((i, n) => {
      writeAtomically(files[i], pngs[n]);
      results[i] = { png: pngs[n], cached: false, fitted: laidOut[n].fitted };
    });
    return results as RenderedCard[];
  };

  return {
    renderAll,
    render: async (text) => (await renderAll([text]))[0],
    prune() {
      if (!existsSync(cacheDir)) return;
      for (const name of readdirSync(cacheDir)) {
        const file = join(cacheDir, name);
        if (/^(card|logo)-[0-9a-f]+\.png$/.test(name) && !used.has(file)) rmSync(file, { force: true });
      }
    },
  };
}

async function drawHere(options: readonly OGImageOptions[]): Promise<Buffer[]> {
  const pngs: Buffer[] = [];
  // The library types its result as a response body; it is a Buffer.
  for (const o of options) pngs.push(Buffer.from((await generateOpenGraphImage(o)) as Uint8Array));
  return pngs;
}

/** Draws the cards on `count` worker threads (draw-worker.mjs), each taking the next card when done. */
async function drawInWorkers(options: readonly OGImageOptions[], count: number): Promise<Buffer[]> {
  const pngs: Buffer[] = new Array(options.length);
  let next = 0;
  const script = fileURLToPath(new URL('./draw-worker.mjs', import.meta.url));
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(existsSync(script) ? script : join(process.cwd(), 'src/og/draw-worker.mjs'));
      const send = () => {
        if (next >= options.length) return void worker.terminate().then(() => resolve(), reject);
        const id = next++;
        worker.postMessage({ id, options: options[id] });
      };
      worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
        if (error || !png) return void worker.terminate().finally(() => reject(new Error(`Share cards: drawing a card failed: ${error}`)));
        pngs[id] = Buffer.from(png);
        send();
      });
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: Math.min(count, options.length) }, run));
  return pngs;
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
