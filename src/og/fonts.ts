/**
 * The fonts the share cards are drawn with. They come from npm packages in the lockfile, never
 * from the network, so a build works offline and draws the same cards everywhere.
 *
 * Why these packages: CanvasKit takes the family name from each font file and picks one file per
 * family, so a family must be one file that covers every letter we need. The Fontsource packages
 * split Noto Sans into per-script files that all call themselves "Noto Sans" (Turkish ş, ğ, ı, İ
 * sit in the latin-ext file and came out as empty boxes), and their WOFF2 Hebrew file does not
 * load. The Expo packages ship Google's full TrueType builds: one file per weight with every
 * Latin letter, and Noto Sans Hebrew with its shaping tables.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface FontFile {
  /** The npm package that ships the file. */
  pkg: string;
  /** The file inside the package. */
  file: string;
}

export const CARD_FONTS: readonly FontFile[] = [
  { pkg: '@expo-google-fonts/noto-sans', file: '700Bold/NotoSans_700Bold.ttf' },
  { pkg: '@expo-google-fonts/noto-sans', file: '400Regular/NotoSans_400Regular.ttf' },
  { pkg: '@expo-google-fonts/noto-sans-hebrew', file: '700Bold/NotoSansHebrew_700Bold.ttf' },
  { pkg: '@expo-google-fonts/noto-sans-hebrew', file: '400Regular/NotoSansHebrew_400Regular.ttf' },
];

/** The font stack of every text on a card: Latin letters first, then Hebrew. */
export const CARD_FAMILIES = ['Noto Sans', 'Noto Sans Hebrew'];

/**
 * Returns the absolute path of every font file, resolved from the project at `root`. A missing
 * file fails with a message that names its package, so the build stops instead of drawing boxes.
 */
export function resolveFonts(root: string, fonts: readonly FontFile[] = CARD_FONTS): string[] {
  const require = createRequire(join(root, 'package.json'));
  return fonts.map(({ pkg, file }) => {
    try {
      return require.resolve(`${pkg}/${file}`);
    } catch {
      throw new Error(
        `Share cards: the font file ${file} of the npm package ${pkg} is missing. ` +
          `Install the package (it is in package.json: run npm ci); fonts are never fetched at build time.`,
      );
    }
  });
}
