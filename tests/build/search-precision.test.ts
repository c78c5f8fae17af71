import { describe, expect, inject, test } from 'vitest';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';
import { useSiteSearch } from '../support/pagefind.ts';
import { listHtml, readPage } from '../support/dist.ts';

/**
 * A query that matches nothing in the guides gets "no results", never unrelated sections (SPEC
 * 4b). Each query below is random letters, some with the language's own letters; none is a word
 * of the language or the beginning of one. They run through the real engine against the built
 * index, as search-relevance.test.ts does. Most of them returned sections before Pagefind's
 * short-stem fallback was filtered (the Turkish "zxbrt plmqk" matched "bunu" through its stem).
 */
const NONSENSE: Record<Lang, string[]> = {
  tr: ['zxbrt plmqk', 'kvsrtl bnmxq', 'qwerty asdfg', 'pvts oleü', 'hşüçf phlz', 'özvs orpps', 'iğşhüne njğuoı', 'ğşıüö çöğüş', 'ırşğt bözvç'],
  de: ['xyzzyqwv', 'öbed ryzkößz', 'deßj offuukoj', 'wöcq zdjnjnül', 'gouyjey nghq', 'xßöqlßu thepß', 'näfz knawlad', 'Brümpfel Quaxstöck'],
  da: ['ggjskc etyz', 'ataac ålpjzm', 'xmzbmo fåaz', 'ihwwwa havwda', 'unaf udio', 'ørkæb ålpz', 'smørglimt kvæbsk', 'æøå qxz'],
  he: ['קהוס מדיחלו', 'לישזנ חאהבהרחת', 'ועלרי אהדספאד', 'ששטהנמ מחדשאחיר', 'בקחתטס האקהי', 'שקחסזהלד מקומק', 'גדכשק זטפצ', 'ץףךםן'],
};

/** A real word of the language and the section it finds, to show a nonsense word beside it does no harm. */
const REAL_WORD: Record<Lang, { word: string; expected: string }> = {
  tr: { word: 'acil', expected: 'constant-emergencies' },
  de: { word: 'Mikromanagement', expected: 'micromanages' },
  da: { word: 'svoger', expected: 'friends-family' },
  he: { word: 'מיקרו־ניהול', expected: 'micromanages' },
};

const { sections } = useSiteSearch(inject('origin'));

describe.each(LANGS)('search in %s', (lang) => {
  test.each(NONSENSE[lang])('"%s" (random letters) finds nothing', async (query) => {
    expect(await sections(lang, query)).toEqual([]);
  });

  test('a random word beside a real one still finds the real one’s section', async () => {
    const { word, expected } = REAL_WORD[lang];
    expect((await sections(lang, word)).slice(0, 3)).toContain(expected);
    expect((await sections(lang, `${NONSENSE[lang][0].split(' ')[0]} ${word}`)).slice(0, 3)).toContain(expected);
  });
});

/**
 * Queries that used to land on an outcome page's reasons, talking points or "not sure" list:
 * sections hidden until a quiz run, so the visitor landed at the top and saw no match.
 */
const HIDDEN_BAIT: Record<Lang, string[]> = {
  he: ['משקר', 'מזלזל', 'איחור בתשלום'],
  tr: ['tehdit', 'yalan', 'az kazanıyorum'],
  da: ['for lidt betalt', 'truer', 'lyver'],
  de: ['lügt', 'unterbezahlt', 'Drohung'],
};

describe.each(LANGS)('search results in %s', (lang) => {
  /** Ids of the headings each outcome page hides until there is a run (`<… hidden>` around them). */
  const hiddenIds = listHtml()
    .filter((file) => file.startsWith(`${lang}/quiz/result/`))
    .flatMap((file) =>
      readPage(file)
        .querySelectorAll('[hidden] [id]')
        .map((el) => el.id),
    );

  test.each(HIDDEN_BAIT[lang])('"%s" lands on no section the page hides without a quiz run', async (query) => {
    expect(hiddenIds).toEqual(expect.arrayContaining(['why', 'unsure']));
    const found = await sections(lang, query);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((id) => hiddenIds.includes(id))).toEqual([]);
  });
});
