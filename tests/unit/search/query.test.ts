import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/i18n/locales.ts';
import { isPlausibleMatch, searchSections, type PagefindApi, type PagefindPageData } from '../../../src/search/query.ts';

/** [language, typed term, word Pagefind matched, counts?, why]. */
const CASES: [Lang, string, string, boolean, string][] = [
  ['de', 'rechnung', 'Rechnungen', true, 'the term begins the word'],
  ['tr', 'musteri', 'Müşteriyle', true, 'plain letters typed for marked ones'],
  ['tr', 'ısrarcı', 'ISRARCI', true, 'Turkish capitals'],
  ['he', 'לקוח', 'הלקוח ~~לקוח', true, 'an index-only variant of the word'],
  ['de', 'zahlungsverzug', 'Zahlungen', true, 'a compound sharing half its letters'],
  ['tr', 'tavsiyelerimi', 'tavsiyenize', true, 'an inflection sharing half its letters'],
  ['he', 'שקרנית', '~~שקרן', true, 'a Hebrew stem plus suffix letters'],
  ['he', 'פחדים', '~~פחד', true, 'a Hebrew plural'],
  ['tr', 'plmqk', 'bunu', false, 'reached through the Turkish stem "p" of "bunu"'],
  ['tr', 'asdfg', 'aştı.', false, 'two letters shared'],
  ['de', 'zuspät', 'zu', false, 'a short function word'],
  ['tr', 'alamıyorum', 'alan', false, 'three letters of ten shared'],
  ['tr', 'çöğüş', 'çoğu', false, 'a marked letter typed stands only for itself'],
  ['da', 'før', 'for', false, 'ø is not o'],
  ['he', 'פחדבב', '~~פחד', false, 'a Hebrew stem plus letters that are no suffix'],
];

test.each(CASES)('isPlausibleMatch(%s, "%s", "%s") is %s: %s', (lang, term, word, counts) => {
  expect(isPlausibleMatch(lang, term, word)).toBe(counts);
});

/**
 * A stand-in for Pagefind with its sharing: one object per page, loaded once, whose match
 * positions `data()` overwrites after an `await`, as pagefind.js's `loadFragment` does.
 */
function makeSharedPagefind(): PagefindApi {
  const words = ['Rechnungen', 'bleiben', 'offen.', 'Lügen', 'überall.'];
  const page = {
    url: '/de/guides/ten-signs/',
    content: words.join(' '),
    meta: { title: 'Zehn Anzeichen' },
    anchors: [
      { element: 'h2', id: 'invoice-disputes', text: 'Rechnungen', location: 0 },
      { element: 'h2', id: 'lies', text: 'Lügen', location: 3 },
    ],
    weighted_locations: [] as PagefindPageData['weighted_locations'],
  };
  let loaded: Promise<typeof page> | undefined;
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    async search(term) {
      await nextTask();
      const at = words.findIndex((w) => w.toLowerCase().startsWith(term));
      if (at < 0) return { results: [] };
      const positions = [{ weight: 1, balanced_score: 24 * 24, location: at }];
      return {
        results: [
          {
            id: 'ten-signs',
            async data() {
              loaded ??= nextTask().then(() => page);
              const shared = await loaded;
              shared.weighted_locations = positions;
              return shared;
            },
          },
        ],
      };
    },
  };
}

describe('searchSections()', () => {
  test('two searches at once each get their own sections, as when run alone', async () => {
    const alone = await Promise.all(['rechnungen', 'lügen'].map(async (q) => (await searchSections(makeSharedPagefind(), 'de', q))?.map((h) => h.url)));
    expect(alone).toEqual([['/de/guides/ten-signs/#invoice-disputes'], ['/de/guides/ten-signs/#lies']]);
    const pagefind = makeSharedPagefind();
    const together = await Promise.all(['rechnungen', 'lügen'].map(async (q) => (await searchSections(pagefind, 'de', q))?.map((h) => h.url)));
    expect(together).toEqual(alone);
  });

  test('a search superseded by a newer one gives null, and the newer one its results', async () => {
    const pagefind = makeSharedPagefind();
    let generation = 0;
    const start = (q: string) => {
      const mine = ++generation;
      return searchSections(pagefind, 'de', q, { isStale: () => mine !== generation });
    };
    const first = start('rechnungen');
    const second = start('lügen');
    expect(await first).toBeNull();
    expect((await second)?.map((h) => h.url)).toEqual(['/de/guides/ten-signs/#lies']);
  });
});
