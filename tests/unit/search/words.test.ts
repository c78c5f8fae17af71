import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  addIndexVariants,
  foldDanishAccents,
  foldTurkish,
  getHebrewIndexForms,
  getHebrewQueryForms,
  getIndexVariants,
  getQueryConcepts,
  isIndexOnly,
  stripNiqqud,
  stripVariants,
  toKeywordTokens,
  usesExactDiacritics,
} from '../../../src/search/words.ts';

describe('Hebrew', () => {
  test('stripNiqqud() removes points and cantillation but keeps letters and maqaf', () => {
    expect(stripNiqqud('הַלָּקוֹחַ')).toBe('הלקוח');
    expect(stripNiqqud('מְשַׁקֵּר')).toBe('משקר');
    expect(stripNiqqud('מיקרו־ניהול')).toBe('מיקרו־ניהול');
  });

  test('getHebrewIndexForms() strips every run of prefix letters that leaves three letters', () => {
    expect(getHebrewIndexForms('שהלקוח')).toEqual(['הלקוח', 'לקוח', 'קוח']);
    expect(getHebrewIndexForms('ובשקרן')).toEqual(['בשקרן', 'שקרן', 'קרן']);
    expect(getHebrewIndexForms('שקר')).toEqual([]);
    expect(getHebrewIndexForms('אחריות')).toEqual([]);
  });

  test('getHebrewQueryForms() keeps the word and strips only grammatical prefix chains', () => {
    expect(getHebrewQueryForms('הלקוח')).toEqual(['הלקוח', 'לקוח']);
    // ש then מ is a chain ("that from"); the root-initial ש of "שיקר" is also tried, to be safe.
    expect(getHebrewQueryForms('שיקר')).toEqual(['שיקר', 'יקר']);
    expect(getHebrewQueryForms('וכשהלקוח')).toContain('לקוח');
    // ה then ל is not a chain: "הלקוח" does not become "קוח".
    expect(getHebrewQueryForms('הלקוח')).not.toContain('קוח');
  });

  test('getHebrewQueryForms() also searches a final letter as the plain letter, to find longer words', () => {
    expect(getHebrewQueryForms('משלם')).toEqual(['משלם', 'משלמ', 'שלם', 'שלמ']);
  });

  test('"הלקוח" finds the index forms of "לקוח", and "לקוח" those of "הלקוח"', () => {
    const indexed = (word: string) => [word, ...getHebrewIndexForms(word)];
    expect(getHebrewQueryForms('הלקוח').some((f) => indexed('לקוח').includes(f))).toBe(true);
    expect(getHebrewQueryForms('לקוח').some((f) => indexed('הלקוח').includes(f))).toBe(true);
    expect(getHebrewQueryForms('שמשלם').some((f) => indexed('לשלם').includes(f))).toBe(true);
  });
});

describe('Turkish', () => {
  test('foldTurkish() lower-cases I to ı and İ to i', () => {
    expect(foldTurkish('IŞIK İŞİ')).toBe('ışık işi');
  });

  test('getIndexVariants() adds the Turkish lower case of a capital I and the ASCII form of ı', () => {
    expect(getIndexVariants('tr', 'Işık')).toEqual(['ışık', 'işik']);
    expect(getIndexVariants('tr', 'kısa')).toEqual(['kisa']);
    expect(getIndexVariants('tr', 'müşteri')).toEqual([]);
  });

  test('a query is lower-cased by Turkish rules', () => {
    expect(getQueryConcepts('tr', 'FATURALARIMA İTİRAZ')).toEqual([['faturalarıma'], ['itiraz']]);
  });
});

describe('Danish', () => {
  test('is searched with exact diacritics, so å stays apart from a; the others fold', () => {
    expect(usesExactDiacritics('da')).toBe(true);
    expect(usesExactDiacritics('de')).toBe(false);
  });

  test('an optional accent gets a plain variant in the index, å does not', () => {
    expect(foldDanishAccents('forretningsidé')).toBe('forretningside');
    expect(getIndexVariants('da', 'idé')).toEqual(['ide']);
    expect(getIndexVariants('da', 'får')).toEqual([]);
  });

  test('ä and ö typed on a German or Swedish keyboard mean æ and ø; aa may mean å', () => {
    expect(getQueryConcepts('da', 'ändrer mening')).toEqual([['ændrer'], ['mening']]);
    expect(getQueryConcepts('da', 'kön')).toEqual([['køn']]);
    expect(getQueryConcepts('da', 'paa')).toEqual([['paa', 'på']]);
  });
});

describe('German', () => {
  test('a separated verb prefix also searches the joined verb', () => {
    expect(getQueryConcepts('de', 'ruft ständig an')).toEqual([
      ['ruft', 'anruft'],
      ['ständig', 'anständig'],
    ]);
  });

  test('umlauts typed as ae, oe, ue are also searched as ä, ö, ü', () => {
    expect(getQueryConcepts('de', 'aendert')).toEqual([['aendert', 'ändert']]);
  });
});

describe('getQueryConcepts()', () => {
  test('drops words that carry no topic, unless there is nothing else', () => {
    expect(getQueryConcepts('de', 'der Kunde hat mich angelogen')).toEqual([['kunde'], ['angelogen']]);
    expect(getQueryConcepts('he', 'הלקוח שיקר לי').map((c) => c[0])).toEqual(['הלקוח', 'שיקר']);
    expect(getQueryConcepts('de', 'ich')).toEqual([['ich']]);
  });

  test('drops punctuation and quotes, keeps hyphenated words, lists each word once', () => {
    expect(getQueryConcepts('de', '„Kunde“, Kunde! E-Mail?')).toEqual([['kunde'], ['e-mail']]);
    expect(getQueryConcepts('he', 'עו״ד')).toEqual([['עוד']]);
  });

  test('returns nothing for an empty or punctuation-only query', () => {
    expect(getQueryConcepts('tr', '  …?! ')).toEqual([]);
  });
});

describe('index-only words', () => {
  test('addIndexVariants() puts variants after their word; stripVariants() takes them out again', () => {
    const indexed = addIndexVariants('he', 'הלקוח משלם.');
    expect(indexed).toBe('הלקוח ~~לקוח ~~קוח משלם. ~~שלם');
    expect(stripVariants(indexed)).toBe('הלקוח משלם.');
    expect(indexed.split(' ').filter(isIndexOnly)).toEqual(['~~לקוח', '~~קוח', '~~שלם']);
  });

  test('German text gets no variants', () => {
    expect(addIndexVariants('de', 'Der Kunde lügt')).toBe('Der Kunde lügt');
  });

  test('a keyword becomes index-only words with its own variants', () => {
    expect(toKeywordTokens('he', 'משקר')).toEqual(['~~משקר', '~~שקר']);
    expect(stripVariants(`3. הלקוח משקר ${toKeywordTokens('he', 'השקרן').join(' ')}`)).toBe('3. הלקוח משקר');
  });

  test('for any text, stripping the variants gives the text back', () => {
    const text = fc.stringMatching(/^[^~<>&]*$/);
    fc.assert(
      fc.property(fc.constantFrom('he', 'tr', 'da', 'de' as const), text, (lang, t) => {
        expect(stripVariants(addIndexVariants(lang, t))).toBe(t);
      }),
    );
  });
});
