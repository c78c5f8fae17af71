import { AstroError } from 'astro/errors';

/** Longest `<title>` the site publishes (SPEC section 5: search results cut longer ones). */
export const MAX_TITLE_LENGTH = 70;

/**
 * The first of `candidates` (most informative first) that is at most MAX_TITLE_LENGTH long.
 * Throws, naming `page` and every candidate with its length, when none is. Pure.
 */
export function fitTitle(page: string, candidates: string[]): string {
  const fitting = candidates.find((candidate) => candidate.length <= MAX_TITLE_LENGTH);
  if (fitting !== undefined) return fitting;
  throw new AstroError(
    `No <title> of ${page} is at most ${MAX_TITLE_LENGTH} characters: ${candidates.map((c) => `"${c}" (${c.length})`).join(', ')}.`,
    'Give the page a shorter short title (a guide: `shortTitle` in its frontmatter); the heading may stay long.',
  );
}

/**
 * The `<title>` of a page: its title with the site's name, else its short title with the site's
 * name, else the title alone, else the short title alone, whichever first fits MAX_TITLE_LENGTH
 * (the page's heading and Open Graph title keep the full title). The site's home is the site's
 * name alone. Throws naming `page` when nothing fits. Pure.
 */
export function composePageTitle(page: string, { title, shortTitle, siteName }: { title: string; shortTitle?: string; siteName: string }): string {
  if (title === siteName) return fitTitle(page, [title]);
  const short = shortTitle && shortTitle !== title ? [shortTitle] : [];
  return fitTitle(page, [`${title} · ${siteName}`, ...short.map((s) => `${s} · ${siteName}`), title, ...short]);
}

/**
 * The `<title>` of a page in every language (the root chooser, the root 404): the languages' own
 * titles in a row, separated by " · ", else by commas, else by slashes, whichever first fits.
 * Throws naming `page` when nothing fits. Pure.
 */
export function composeMultilingualTitle(page: string, titles: string[]): string {
  return fitTitle(
    page,
    [' · ', ', ', '/'].map((separator) => titles.join(separator)),
  );
}
