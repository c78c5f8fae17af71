import { describe, expect, test } from 'vitest';
import { LANGS } from '../../../src/i18n/locales.ts';
import { FORBIDDEN_TERMS, QUOTES, findBannedQuote, findForbiddenTerms, findLatinLetters, quotesPairUp } from '../../../src/i18n/typography.ts';

describe('the rules', () => {
  test('exist for every language, and no language bans its own quotation marks', () => {
    for (const lang of LANGS) {
      expect(QUOTES[lang].banned).not.toContain(QUOTES[lang].open);
      expect(QUOTES[lang].banned).not.toContain(QUOTES[lang].close);
      expect(QUOTES[lang].fix).toContain(`${QUOTES[lang].open}…${QUOTES[lang].close}`);
      expect(FORBIDDEN_TERMS[lang].length).toBeGreaterThan(0);
    }
  });
});

describe('findBannedQuote()', () => {
  test('finds the first banned mark, in the order of the rule', () => {
    expect(findBannedQuote('de', 'Er sagte »nein« und "ja".')).toBe('"');
    expect(findBannedQuote('de', 'Er sagte „nein“.')).toBeUndefined();
    expect(findBannedQuote('da', 'Han sagde „nej“.')).toBe('„');
    expect(findBannedQuote('tr', '“hayır” dedi.')).toBeUndefined();
    expect(findBannedQuote('he', 'הוא אמר "לא".')).toBeUndefined();
    expect(findBannedQuote('he', 'הוא אמר „לא“.')).toBe('„');
  });
});

describe('findForbiddenTerms()', () => {
  test('lists every seed mistranslation a text holds', () => {
    expect(findForbiddenTerms('de', 'Den Klient auszulösen')).toEqual(['auszulösen', 'Klient']);
    expect(findForbiddenTerms('de', 'Sich von einem Kunden trennen')).toEqual([]);
    expect(findForbiddenTerms('he', 'לירות בלקוח')).toEqual(['לירות']);
  });
});

describe('findLatinLetters()', () => {
  test('finds Latin letters in Hebrew, placeholders aside, and never in the other languages', () => {
    expect(findLatinLetters('he', 'שאלה {n} מתוך {total}')).toBeUndefined();
    expect(findLatinLetters('he', 'לקוח PITA')).toBe('PITA');
    expect(findLatinLetters('de', 'Kunde')).toBeUndefined();
  });
});

describe('quotesPairUp()', () => {
  test('closes every opened quote before the next opens', () => {
    expect(quotesPairUp('de', '„a“ und „b“')).toBe(true);
    expect(quotesPairUp('de', '„a und „b“')).toBe(false);
    expect(quotesPairUp('de', 'a“ und „b')).toBe(false);
    expect(quotesPairUp('da', '»a« og »b«')).toBe(true);
    expect(quotesPairUp('tr', '“a” ve “b')).toBe(false);
  });

  test('counts the marks where opening and closing are the same (Hebrew)', () => {
    expect(quotesPairUp('he', '"א" ו"ב"')).toBe(true);
    expect(quotesPairUp('he', '"א')).toBe(false);
  });
});
