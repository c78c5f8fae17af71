/**
 * The one table of locales: code, own name, writing direction, Open Graph locale and the
 * BCP 47 tags a browser may announce for it. Everything language-specific derives from here.
 */
export const LOCALES = {
  he: { name: 'עברית', dir: 'rtl', og: 'he_IL', match: ['he', 'iw'] },
  de: { name: 'Deutsch', dir: 'ltr', og: 'de_DE', match: ['de'] },
  tr: { name: 'Türkçe', dir: 'ltr', og: 'tr_TR', match: ['tr'] },
  da: { name: 'Dansk', dir: 'ltr', og: 'da_DK', match: ['da', 'nb', 'no', 'nn'] },
} as const;

/** A supported language code. */
export type Lang = keyof typeof LOCALES;

/** Every language code, in the order the site lists them. */
export const LANGS = Object.keys(LOCALES) as Lang[];

/** Astro needs a default locale; every locale is prefixed, so it only matters to Astro. */
export const DEFAULT_LANG: Lang = 'de';

/** Tells whether a string is a supported language code. Pure. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

/**
 * Picks the best supported language for a browser's `navigator.languages` list, or undefined
 * when none matches. Pure: matches on the primary subtag, first preference wins.
 */
export function matchLang(preferred: readonly string[]): Lang | undefined {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const hit = LANGS.find((lang) => (LOCALES[lang].match as readonly string[]).includes(primary));
    if (hit) return hit;
  }
  return undefined;
}
