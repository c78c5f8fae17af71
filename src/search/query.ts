import type { Lang } from '../i18n/locales.ts';
import { FINAL_LETTERS, foldTurkish, getQueryConcepts, stripNiqqud, usesExactDiacritics, VARIANT_MARK } from './words.ts';
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
 * Pagefind keeps one object per page and `result.data()` overwrites its match positions, after an
 * `await`: two searches reading results at once read each other's positions and rank the wrong
 * sections. So the searches of one Pagefind instance run one after the other (a search typed
 * while another runs waits for it; a stale one stops at its next result).
 */
export function searchSections(
  pagefind: PagefindApi,
  lang: Lang,
  query: string,
  options: Partial<RankOptions> & { isStale?: () => boolean } = {},
): Promise<SectionHit[] | null> {
  const previous = running.get(pagefind) ?? Promise.resolve();
  const search = previous.then(() => (options.isStale?.() ? null : searchNow(pagefind, lang, query, options)));
  running.set(
    pagefind,
    search.catch(() => undefined),
  );
  return search;
}

/** The search under way (or last run) per Pagefind instance, which the next one waits for. */
const running = new WeakMap<PagefindApi, Promise<unknown>>();

async function searchNow(
  pagefind: PagefindApi,
  lang: Lang,
  query: string,
  options: Partial<RankOptions> & { isStale?: () => boolean },
): Promise<SectionHit[] | null> {
  const concepts = getQueryConcepts(lang, query);
  const pages = new Map<string, IndexedPage>();
  const matches: ConceptMatch[] = [];
  for (const [concept, terms] of concepts.entries()) {
    for (const term of terms) {
      const response = await pagefind.search(term);
      for (const result of response?.results ?? []) {
        if (options.isStale?.()) return null;
        const data = await result.data();
        let page = pages.get(data.url);
        if (!page) {
          page = toIndexedPage(data);
          pages.set(data.url, page);
        }
        const words = page.words;
        const found = data.weighted_locations
          .filter((l) => isPlausibleMatch(lang, term, words[l.location] ?? ''))
          .map((l) => ({ location: l.location, weight: l.weight, balancedScore: l.balanced_score }));
        if (found.length) matches.push({ concept, page, matches: found });
      }
      if (options.isStale?.()) return null;
    }
  }
  return rankSections(matches, concepts.length, options);
}

/**
 * Whether a word Pagefind matched for a term is worth counting. Pagefind finds the indexed words
 * that start with the (stemmed) term; when there is none, it falls back to the longest indexed
 * stem the term starts with, however short ("plmqk" → the stem "p" of "bunu", "asdfg" → "aş" of
 * "aştı"). That is useful for a long compound or an inflection the text lacks ("Zahlungsverzug" →
 * "Zahlungen", "tavsiyelerimi" → "tavsiyenize") and noise otherwise. So a match counts when the
 * typed term is the whole beginning of the word, or when the two share a beginning of at least
 * half the term and MIN_SHARED_START letters (in Hebrew, the rest of the term must be suffix
 * letters). Letters compare as the reader types them: a plain letter stands for the marked one
 * ("musteri" = "müşteri"), a marked letter only for itself ("çöğüş" ≠ "çoğu"). `word` may carry
 * index-only variants, each of which counts. Pure.
 */
export function isPlausibleMatch(lang: Lang, term: string, word: string): boolean {
  const typed = [...toComparable(lang, term)];
  if (typed.length === 0) return false;
  const shared = Math.max(0, ...word.split(VARIANT_MARK).map((part) => sharedStart(typed, [...toComparable(lang, part)])));
  if (shared === typed.length) return true;
  const rest = typed.slice(shared).join('');
  return shared >= MIN_SHARED_START[lang] && shared * 2 >= typed.length && (lang !== 'he' || HEBREW_SUFFIX_LETTERS.test(rest));
}

/**
 * Shortest shared beginning that makes a match of a term that is not the beginning of the word:
 * Hebrew roots have three letters; in the other languages three letters are shared by too many
 * unrelated words ("alamıyorum" and "alan", "içim" and "için").
 */
const MIN_SHARED_START: Record<Lang, number> = { he: 3, de: 4, da: 4, tr: 4 };

/**
 * What a Hebrew term may add to a shorter indexed word and still be a form of it: suffix letters
 * only (plural, possessive, person: ים ות ה ת י ו ך כם הם נו…), with final letters made plain.
 * Most three-letter runs are some word's stem in the index, so anything else is noise ("פחדבב").
 */
const HEBREW_SUFFIX_LETTERS = /^[יוהתמנכ]+$/;

/** A word lower-cased by the language's rules, letters and digits only, Hebrew final letters plain. */
function toComparable(lang: Lang, word: string): string {
  return stripNiqqud(lang === 'tr' ? foldTurkish(word) : word.toLocaleLowerCase(lang))
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}]/gu, '')
    .replace(/[ךםןףץ]/g, (ch) => FINAL_LETTERS[ch]);
}

/** How many letters `typed` and `indexed` share from the start; a plain typed letter matches a marked one. */
function sharedStart(typed: string[], indexed: string[]): number {
  let i = 0;
  while (i < typed.length && i < indexed.length && (typed[i] === indexed[i] || typed[i] === plainLetter(indexed[i]))) i++;
  return i;
}

/** The letter without its marks, as a reader without the keyboard types it: ü → u, ş → s, ı → i. */
function plainLetter(letter: string): string {
  return letter === 'ı' ? 'i' : letter.normalize('NFD').replace(/\p{M}/gu, '');
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
