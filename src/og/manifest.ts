/**
 * The web app manifests: one per language (`/{lang}/manifest.webmanifest`, linked from that
 * language's pages) with the site's name in that language, and one for the root chooser that
 * names it in every language. Pure; manifest-route.ts serves them.
 */
import { LANGS, LOCALES } from '../i18n/locales.ts';
import { getUi } from '../i18n/ui/index.ts';
import { ROOT, type CardLang } from './cards.ts';
import { ACCENT, BACKGROUND } from './design.ts';
import { TOUCH_ICON_SIZE } from './icons.ts';

/** File name of a manifest, under the language's folder (or the root). */
export const MANIFEST_FILE = 'manifest.webmanifest';

/** Returns the path of a language's manifest relative to the site root (`de/manifest.webmanifest`). */
export function getManifestFile(lang: CardLang): string {
  return lang === ROOT ? MANIFEST_FILE : `${lang}/${MANIFEST_FILE}`;
}

/** Returns the manifest of a language, with URLs under `base` (the site's base path, ending in `/`). */
export function getManifest(lang: CardLang, base: string) {
  const hex = (rgb: readonly number[]) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  const names = lang === ROOT ? LANGS.map((l) => getUi(l).site.name).join(' · ') : getUi(lang).site.name;
  return {
    name: names,
    ...(lang === ROOT ? {} : { short_name: getUi(lang).site.name, description: getUi(lang).site.tagline }),
    lang,
    dir: lang === ROOT ? 'auto' : LOCALES[lang].dir,
    start_url: lang === ROOT ? base : `${base}${lang}/`,
    scope: base,
    display: 'browser',
    background_color: hex(BACKGROUND),
    theme_color: hex(ACCENT),
    icons: [
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
      { src: `${base}apple-touch-icon.png`, sizes: `${TOUCH_ICON_SIZE}x${TOUCH_ICON_SIZE}`, type: 'image/png' },
    ],
  };
}
