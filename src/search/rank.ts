import { isIndexOnly, stripVariants } from './words.ts';

/**
 * Section-level ranking of search matches. Pagefind finds pages that contain a term and where
 * (word positions, weights); this module splits each page at its headings and ranks the
 * sections with BM25 over sections, so that a visitor's words land on the right sign of the
 * right guide, not only on the right page. Pure functions only.
 */

/** A heading with an id on an indexed page: where its section starts. */
export interface SectionAnchor {
  id: string;
  /** The heading text as indexed (may carry index-only variants). */
  text: string;
  /** Word position of the heading in the page's content. */
  location: number;
}

/** An indexed page, as far as ranking and excerpts need it. */
export interface IndexedPage {
  url: string;
  title: string;
  /** The page's indexed text split into words (Pagefind's word positions index into it). */
  words: string[];
  anchors: SectionAnchor[];
  /** Number of sections in the whole index of this language, if the index says so. */
  totalSections?: number;
}

/** Where one term matched on a page: word position, weight (1 = body text) and Pagefind's score. */
export interface WordMatch {
  location: number;
  weight: number;
  balancedScore: number;
}

/** All places where one query concept matched one page. */
export interface ConceptMatch {
  concept: number;
  page: IndexedPage;
  matches: WordMatch[];
}

/** A piece of an excerpt: plain text or a highlighted match. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** One search result: a section of a page. */
export interface SectionHit {
  /** Link to the section (page URL plus `#id`), or to the page for its introduction. */
  url: string;
  pageTitle: string;
  /** The section heading; absent for a page's introduction. */
  heading?: string;
  excerpt: ExcerptPart[];
  score: number;
  /** How many of the query's concepts the section matches. */
  matchedConcepts: number;
}

/** Tuning of the ranking; the defaults suit short guide sections. */
export interface RankOptions {
  /** Words in an excerpt. */
  excerptWords: number;
  /** Most results returned. */
  maxResults: number;
  /** Results scoring below this share of the best one are dropped. */
  minShareOfBest: number;
}

const DEFAULTS: RankOptions = { excerptWords: 26, maxResults: 8, minShareOfBest: 0.15 };
/** BM25 term saturation and section-length normalisation. */
const K1 = 1.2;
const B = 0.5;

interface Section {
  page: IndexedPage;
  start: number;
  end: number;
  anchor?: SectionAnchor;
  /** Words of the heading itself, skipped by the excerpt. */
  headingWords: number;
  /** Best contribution per word position, per concept. */
  hits: Map<number, Map<number, number>>;
}

/**
 * Ranks the sections of the matched pages for a query of `conceptCount` concepts: BM25 per
 * concept over sections, weighted by the square of the share of the query's weight (IDF) a
 * section covers, so a section with all the visitor's telling words beats one that repeats a
 * single word. Pure.
 */
export function rankSections(matches: ConceptMatch[], conceptCount: number, options: Partial<RankOptions> = {}): SectionHit[] {
  const opts = { ...DEFAULTS, ...options };
  const sectionsByPage = new Map<string, Section[]>();
  for (const { page } of matches) {
    if (!sectionsByPage.has(page.url)) sectionsByPage.set(page.url, splitSections(page));
  }
  for (const { concept, page, matches: words } of matches) {
    const sections = sectionsByPage.get(page.url)!;
    for (const word of words) {
      const section = sections.find((s) => word.location >= s.start && word.location < s.end);
      if (!section) continue;
      const perConcept = section.hits.get(concept) ?? new Map<number, number>();
      perConcept.set(word.location, Math.max(perConcept.get(word.location) ?? 0, contribution(word)));
      section.hits.set(concept, perConcept);
    }
  }
  const all = [...sectionsByPage.values()].flat();
  if (all.length === 0 || conceptCount === 0) return [];
  const totalSections = Math.max(all.length, ...all.map((s) => s.page.totalSections ?? 0));
  const averageLength = all.reduce((sum, s) => sum + (s.end - s.start), 0) / all.length;
  const idf = Array.from({ length: conceptCount }, (_, c) => {
    const n = all.filter((s) => s.hits.has(c)).length;
    return Math.log(1 + (totalSections - n + 0.5) / (n + 0.5));
  });
  const totalIdf = idf.reduce((a, b) => a + b, 0) || 1;
  const scored = all
    .filter((s) => s.hits.size > 0)
    .map((s) => {
      let score = 0;
      for (const [c, positions] of s.hits) {
        const tf = [...positions.values()].reduce((a, b) => a + b, 0);
        const norm = K1 * (1 - B + (B * (s.end - s.start)) / averageLength);
        score += (idf[c] * tf * (K1 + 1)) / (tf + norm);
      }
      // Matching a rare word of the query counts more than matching a common one ("the", "always").
      const coverage = [...s.hits.keys()].reduce((sum, c) => sum + idf[c], 0) / totalIdf;
      return { section: s, score: score * coverage * coverage };
    })
    .sort((a, b) => b.score - a.score || a.section.start - b.section.start);
  const best = scored[0]?.score ?? 0;
  return scored
    .filter((s) => s.score > 0 && s.score >= best * opts.minShareOfBest)
    .slice(0, opts.maxResults)
    .map(({ section, score }) => ({
      url: section.anchor ? `${section.page.url}#${section.anchor.id}` : section.page.url,
      pageTitle: stripVariants(section.page.title),
      heading: section.anchor ? stripVariants(section.anchor.text) : undefined,
      excerpt: buildExcerpt(section, opts.excerptWords),
      score,
      matchedConcepts: section.hits.size,
    }));
}

/** A match's share of term frequency: its weight, reduced when it only extends the typed word. */
function contribution(word: WordMatch): number {
  const raw = word.weight * 24;
  const lengthBonus = raw > 0 ? word.balancedScore / (raw * raw) : 0;
  return word.weight * Math.min(1, lengthBonus);
}

/** Splits a page at its headings; text before the first heading is the page's introduction. */
function splitSections(page: IndexedPage): Section[] {
  const anchors = [...page.anchors].sort((a, b) => a.location - b.location);
  const make = (start: number, end: number, anchor?: SectionAnchor): Section => ({
    page,
    start,
    end,
    anchor,
    // Counted with the index-only words, which occupy positions like any other word.
    headingWords: anchor ? countWords(anchor.text) : 0,
    hits: new Map(),
  });
  const sections: Section[] = [];
  const first = anchors[0]?.location ?? page.words.length;
  if (first > 0) sections.push(make(0, first));
  anchors.forEach((anchor, i) => {
    const end = anchors[i + 1]?.location ?? page.words.length;
    if (end > anchor.location) sections.push(make(anchor.location, end, anchor));
  });
  return sections;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Picks the stretch of a section's text (after its heading) with the most weight of matches and
 * marks the matched words; falls back to the section's opening words. A match on an index-only
 * word (a variant) is shown on the visible word it follows. Pure.
 */
function buildExcerpt(section: Section, length: number): ExcerptPart[] {
  const words = section.page.words;
  const bodyStart = Math.min(section.start + section.headingWords, section.end);
  const visible: number[] = [];
  for (let i = bodyStart; i < section.end; i++) if (!isIndexOnly(words[i] ?? '')) visible.push(i);
  const weightAt = new Map<number, number>();
  for (const positions of section.hits.values()) {
    for (const [location, value] of positions) {
      let shown = location;
      while (shown > section.start && isIndexOnly(words[shown] ?? '')) shown--;
      weightAt.set(shown, (weightAt.get(shown) ?? 0) + value);
    }
  }
  // Slide a window of `length` visible words; of the windows with the most weight, take the
  // middle one, so the matches sit inside the excerpt rather than at its edge.
  const sums: number[] = [];
  for (let i = 0; i < Math.max(1, visible.length - length + 1); i++) {
    sums.push(visible.slice(i, i + length).reduce((sum, position) => sum + (weightAt.get(position) ?? 0), 0));
  }
  const best = Math.max(...sums);
  const ties = sums.flatMap((sum, i) => (sum === best ? [i] : []));
  const from = ties[Math.floor(ties.length / 2)];
  const shown = visible.slice(from, from + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && !last.mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (from > 0) push('… ', false);
  for (const [i, position] of shown.entries()) {
    if (i > 0) push(' ', false);
    push(stripVariants(words[position] ?? ''), weightAt.has(position));
  }
  if (from + length < visible.length) push(' …', false);
  return parts;
}
