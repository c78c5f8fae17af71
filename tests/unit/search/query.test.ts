import { expect, test } from 'vitest';
import type { Lang } from '../../../src/i18n/locales.ts';
import { isPlausibleMatch } from '../../../src/search/query.ts';

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
