/**
 * CanvasKit (Skia compiled to WebAssembly, the engine astro-og-canvas draws with), loaded once,
 * for what the library does not do itself: measuring a title before it is drawn (fit.ts),
 * checking that the fonts have every letter, and drawing the icons (icons.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CanvasKit, FontMgr, Typeface } from 'canvaskit-wasm';

let canvasKit: Promise<CanvasKit> | undefined;

/** Returns the CanvasKit instance, loading its WebAssembly on the first call (about 0.1 s). */
export function getCanvasKit(): Promise<CanvasKit> {
  canvasKit ??= (async () => {
    const require = createRequire(import.meta.url);
    const { default: init } = await import('canvaskit-wasm/full');
    return init({ locateFile: (file: string) => require.resolve(`canvaskit-wasm/bin/full/${file}`) });
  })();
  return canvasKit;
}

/** Fonts loaded into CanvasKit: the manager paragraphs are laid out with, and each face. */
export interface LoadedFonts {
  manager: FontMgr;
  faces: Typeface[];
}

/** Loads font files (absolute paths) into CanvasKit. */
export function loadFonts(ck: CanvasKit, files: readonly string[]): LoadedFonts {
  const data = files.map((file) => {
    const bytes = readFileSync(file);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  });
  const manager = ck.FontMgr.FromData(...data);
  if (!manager) throw new Error(`Share cards: CanvasKit could not read the fonts ${files.join(', ')}.`);
  const faces = data.map((bytes, i) => {
    const face = ck.Typeface.MakeTypefaceFromData(bytes);
    if (!face) throw new Error(`Share cards: CanvasKit could not read the font ${files[i]}.`);
    return face;
  });
  return { manager, faces };
}

/**
 * Returns the characters of `text` that no loaded font can draw (they would come out as empty
 * boxes). Spaces, controls and invisible format characters such as bidi isolates need no glyph.
 */
export function missingCharacters(fonts: LoadedFonts, text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (/[\p{Z}\p{Cc}\p{Cf}]/u.test(char)) continue;
    if (!fonts.faces.some((face) => face.getGlyphIDs(char, 1)[0] !== 0)) missing.add(char);
  }
  return [...missing];
}
