import type { Lang } from '../i18n/locales.ts';
import { getQueryConcepts, usesExactDiacritics, VARIANT_MARK } from './words.ts';
import { rankSections, type ConceptMatch, type IndexedPage, type RankOptions, type SectionHit } from './rank.ts';

/**
 * Runs a visitor's query against Pagefind's JavaScript API and returns ranked sections. No DOM:
 * the browser passes the real `pagefind.js` module, the tests can pass one loaded in Node.
 */

/** The part of Pagefind's search API this module uses (see pagefind.js). */
export interface PagefindApi {
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

/** One page result of `pagefind.search`. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindPageData>;
}

/** What `result.data()` resolves to (the fields used here). */
export interface PagefindPageData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: { element: string; id: string; text?: string; location: number }[];
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
}

/** Options for Pagefind's `options()` in a language: main thread, diacritics per language. */
export function getPagefindOptions(lang: Lang): Record<string, unknown> {
  return { noWorker: true, exactDiacritics: usesExactDiacritics(lang) };
}

/** Name of the Pagefind meta field that carries the number of sections of the language. */
export const SECTION_COUNT_META = 'sections';

/**
 * Searches every term of the query's concepts (each alone, so a section may match some of the
 * visitor's words) and ranks the sections. Returns null when `isStale()` turns true midway,
 * because a newer query superseded this one.
 *
 * Pagefind reuses one object per page across searches and overwrites its match positions, so
 * the results are read one after the other and copied at once.
 */
export async function searchSections(
  pagefind: PagefindApi,
  lang: Lang,
  query: string,
  options: Partial<RankOptions> & { isStale?: () => boolean } = {},
): Promise<SectionHit[] | null> {
  const concepts = getQueryConcepts(lang, query);
  const pages = new Map<string, IndexedPage>();
  const matches: ConceptMatch[] = [];
  for (const [concept, terms] of concepts.entries()) {
    for (const term of terms) {
      const response = await pagefind.search(term);
      if (options.isStale?.()) return null;
      for (const result of response?.results ?? []) {
        const data = await result.data();
        let page = pages.get(data.url);
        if (!page) {
          page = toIndexedPage(data);
          pages.set(data.url, page);
        }
        const words = page.words;
        const found = data.weighted_locations
          .filter((l) => isPlausibleMatch(term, words[l.location] ?? ''))
          .map((l) => ({ location: l.location, weight: l.weight, balancedScore: l.balanced_score }));
        if (found.length) matches.push({ concept, page, matches: found });
      }
      if (options.isStale?.()) return null;
    }
  }
  return rankSections(matches, concepts.length, options);
}

/**
 * Whether a word Pagefind matched for a term is worth counting. When no indexed word starts
 * with a term, Pagefind falls back to the longest indexed word the term starts with, which is
 * useful for a long compound ("Zahlungsverzug" → "Zahlungen") but noise when it is a short
 * function word ("zuspät" → "zu"). Pure.
 */
export function isPlausibleMatch(term: string, word: string): boolean {
  const longest = Math.max(...word.split(VARIANT_MARK).map((part) => part.replace(/[^\p{L}\p{N}]/gu, '').length));
  return longest * 2 >= term.length;
}

/** The section anchors Pagefind also uses for sub-results: headings with an id and text. */
function toIndexedPage(data: PagefindPageData): IndexedPage {
  const total = Number(data.meta[SECTION_COUNT_META]);
  return {
    url: data.url,
    title: data.meta.title ?? '',
    words: data.content.split(/[^\S\uFEFF]+/),
    anchors: data.anchors
      .filter((a) => /^h\d$/i.test(a.element) && a.id && a.text?.trim())
      .map((a) => ({ id: a.id, text: a.text ?? '', location: a.location })),
    totalSections: Number.isFinite(total) && total > 0 ? total : undefined,
  };
}
