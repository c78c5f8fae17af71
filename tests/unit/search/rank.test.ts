import { describe, expect, test } from 'vitest';
import { rankSections, type ConceptMatch, type IndexedPage, type WordMatch } from '../../../src/search/rank.ts';

/** Pagefind's balanced score at which a body-text match (weight 1) counts fully. */
const FULL = 24 * 24;

/** A page built from sections; a section with an id starts at its heading, as on a guide. */
function makePage(url: string, title: string, sections: { id?: string; heading?: string; body: string }[]): IndexedPage {
  const page: IndexedPage = { url, title, words: [], anchors: [] };
  for (const { id, heading, body } of sections) {
    if (id && heading) {
      page.anchors.push({ id, text: heading, location: page.words.length });
      page.words.push(...heading.split(' '));
    }
    page.words.push(...body.split(' '));
  }
  return page;
}

/** Every place `word` stands on the page, as Pagefind reports a match. */
function matchesOf(page: IndexedPage, word: string, balancedScore = FULL): WordMatch[] {
  return page.words.flatMap((w, location) => (w === word ? [{ location, weight: 1, balancedScore }] : []));
}

function concept(concept: number, page: IndexedPage, word: string, balancedScore = FULL): ConceptMatch {
  return { concept, page, matches: matchesOf(page, word, balancedScore) };
}

const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('rankSections()', () => {
  const guide = makePage('/de/guides/signs/', 'Warnzeichen', [
    { body: 'Woran man merkt dass es reicht' },
    { id: 'late', heading: 'Zahlt spät', body: 'Der Kunde zahlt jede Rechnung spät und erst nach Mahnung' },
    { id: 'lies', heading: 'Lügen', body: 'Der Kunde lügt über Fristen und Zusagen' },
  ]);

  test('links a match to the section it falls in, under the page title and the section heading', () => {
    const [hit] = rankSections([concept(0, guide, 'Mahnung')], 1);
    expect(hit).toMatchObject({ url: '/de/guides/signs/#late', pageTitle: 'Warnzeichen', heading: 'Zahlt spät', matchedConcepts: 1 });
  });

  test('links a match before the first heading to the page itself, without a heading', () => {
    const [hit] = rankSections([concept(0, guide, 'reicht')], 1);
    expect(hit.url).toBe('/de/guides/signs/');
    expect(hit.heading).toBeUndefined();
  });

  test('returns one result per matching section, best first', () => {
    const hits = rankSections([concept(0, guide, 'Kunde')], 1);
    expect(hits.map((h) => h.url).sort()).toEqual(['/de/guides/signs/#late', '/de/guides/signs/#lies']);
    expect(hits[0].score).toBeGreaterThanOrEqual(hits[1].score);
  });

  test('ranks a section with all the query concepts above one that repeats the rarer word', () => {
    // "spät" is rare (two sections), "zahlt" common (five): repeating "spät" scores more per
    // word, but the section with both covers the whole query.
    const page = makePage('/de/guides/money/', 'Geld', [
      { id: 'repeats', heading: 'Eins', body: 'spät spät spät spät kommt es an' },
      { id: 'both', heading: 'Zwei', body: 'spät und ohne Grund zahlt er nie' },
      ...['a', 'b', 'c', 'd'].map((id) => ({ id, heading: id, body: 'er zahlt und zahlt und sonst nichts' })),
    ]);
    const hits = rankSections([concept(0, page, 'spät'), concept(1, page, 'zahlt')], 2, { minShareOfBest: 0 });
    expect(hits.slice(0, 2).map((h) => h.url)).toEqual(['/de/guides/money/#both', '/de/guides/money/#repeats']);
    expect(hits.slice(0, 2).map((h) => h.matchedConcepts)).toEqual([2, 1]);
  });

  test('counts a match that only extends the typed word less than a whole-word match', () => {
    const page = makePage('/de/guides/x/', 'X', [
      { id: 'whole', heading: 'A', body: 'Frist eins zwei drei' },
      { id: 'longer', heading: 'B', body: 'Fristen eins zwei drei' },
    ]);
    const matches: ConceptMatch[] = [{ concept: 0, page, matches: [...matchesOf(page, 'Frist'), ...matchesOf(page, 'Fristen', FULL / 4)] }];
    const [first, second] = rankSections(matches, 1);
    expect(first.url).toBe('/de/guides/x/#whole');
    expect(second.score).toBeLessThan(first.score);
  });

  test('returns nothing without matches or without concepts', () => {
    expect(rankSections([], 1)).toEqual([]);
    expect(rankSections([concept(0, guide, 'Kunde')], 0)).toEqual([]);
    expect(rankSections([concept(0, guide, 'fehlt')], 1)).toEqual([]);
  });

  test('keeps at most maxResults and drops results below the share of the best one', () => {
    expect(rankSections([concept(0, guide, 'Kunde')], 1, { maxResults: 1 })).toHaveLength(1);
    const page = makePage('/de/guides/y/', 'Y', [
      { id: 'strong', heading: 'A', body: 'Mahnung Mahnung Mahnung Mahnung' },
      { id: 'weak', heading: 'B', body: 'Mahnung und sehr viele andere Worte die nichts damit zu tun haben und weiter und weiter' },
    ]);
    expect(rankSections([concept(0, page, 'Mahnung')], 1)).toHaveLength(2);
    expect(rankSections([concept(0, page, 'Mahnung')], 1, { minShareOfBest: 0.9 }).map((h) => h.url)).toEqual(['/de/guides/y/#strong']);
  });

  test('marks the matched words in an excerpt of the section text after its heading', () => {
    const [hit] = rankSections([concept(0, guide, 'lügt')], 1);
    expect(text(hit.excerpt)).toBe('Der Kunde lügt über Fristen und Zusagen');
    expect(hit.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['lügt']);
  });

  test('cuts a long section to excerptWords words around the matches, with ellipses', () => {
    const body = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
    const page = makePage('/de/guides/long/', 'Lang', [{ id: 'long', heading: 'Lang', body }]);
    const [hit] = rankSections([concept(0, page, 'w15')], 1, { excerptWords: 5 });
    expect(text(hit.excerpt)).toBe('… w13 w14 w15 w16 w17 …');
    expect(hit.excerpt.find((p) => p.mark)?.text).toBe('w15');
  });

  test('shows a match on an index-only variant on the visible word before it, and never shows a variant', () => {
    const page = makePage('/de/guides/v/', 'Titel ~~titel', [{ id: 'v', heading: 'Lügen ~~lügt', body: 'Er hat gelogen ~~lügt und zwar oft' }]);
    const [hit] = rankSections([concept(0, page, '~~lügt')], 1);
    expect(hit.pageTitle).toBe('Titel');
    expect(hit.heading).toBe('Lügen');
    expect(text(hit.excerpt)).toBe('Er hat gelogen und zwar oft');
    expect(hit.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['gelogen']);
  });
});
