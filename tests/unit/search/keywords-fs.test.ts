import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addSectionKeywords, getKeywordFile, loadSectionKeywords, SECTION_IDS, validateSectionKeywords } from '../../../src/search/keywords-fs.ts';

describe('getKeywordFile()', () => {
  test('returns the keyword file of a language under content/search/', () => {
    expect(getKeywordFile('tr')).toBe('content/search/tr.json');
  });
});

describe('validateSectionKeywords()', () => {
  const file = 'content/search/de.json';

  test('accepts lists of single words keyed by section ids', () => {
    expect(validateSectionKeywords({ lies: ['gelogen', 'Lüge'], 'slow-payer': ['Zahlungsverzug', "d'accord", 'E-Mail'] }, file)).toEqual([]);
    expect(validateSectionKeywords({}, file)).toEqual([]);
  });

  test('rejects anything but an object, showing the expected shape', () => {
    for (const data of [null, [], 'lies', 3]) {
      expect(validateSectionKeywords(data, file)).toEqual([
        'content/search/de.json: expected an object mapping section ids to lists of words, e.g. { "lies": ["gelogen"] }.',
      ]);
    }
  });

  test('names an unknown section id and suggests the closest one', () => {
    expect(validateSectionKeywords({ lise: ['gelogen'] }, file)).toEqual([
      'content/search/de.json: `lise` is not a section id — did you mean `lies`? (see src/guides/sections.ts).',
    ]);
  });

  test('suggests nothing when no section id is close', () => {
    expect(validateSectionKeywords({ 'completely-different': ['x'] }, file)).toEqual([
      'content/search/de.json: `completely-different` is not a section id (see src/guides/sections.ts).',
    ]);
  });

  test('checks against the section ids it is given', () => {
    expect(validateSectionKeywords({ alpha: ['x'] }, file, ['alpha'])).toEqual([]);
    expect(validateSectionKeywords({ lies: ['x'] }, file, ['alpha'])).toHaveLength(1);
  });

  test('requires a list, single words, and each word once ignoring case', () => {
    expect(validateSectionKeywords({ lies: 'gelogen', 'slow-payer': ['zu spät', 3, 'Mahnung', 'mahnung'] }, file)).toEqual([
      'content/search/de.json: `lies` must be a list of words, e.g. ["gelogen", "Lüge"].',
      'content/search/de.json: `slow-payer` has "zu spät" — each keyword is one word (letters, digits, hyphen), no spaces.',
      'content/search/de.json: `slow-payer` has 3 — each keyword is one word (letters, digits, hyphen), no spaces.',
      'content/search/de.json: `slow-payer` lists "mahnung" twice — remove one.',
    ]);
  });
});

describe('SECTION_IDS', () => {
  test('lists the section ids of every guide, each once', () => {
    expect(SECTION_IDS).toContain('lies');
    expect(SECTION_IDS).toContain('friends-family');
    expect(new Set(SECTION_IDS).size).toBe(SECTION_IDS.length);
  });
});

describe('loadSectionKeywords()', () => {
  let root: string;
  const write = (lang: string, text: string) => writeFileSync(join(root, 'content/search', `${lang}.json`), text);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'keywords-'));
    mkdirSync(join(root, 'content/search'), { recursive: true });
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  test('returns the keywords of every language', () => {
    write('de', JSON.stringify({ lies: ['gelogen'] }));
    write('da', '{}');
    expect(loadSectionKeywords(root, ['de', 'da'])).toEqual({ de: { lies: ['gelogen'] }, da: {} });
  });

  test('fails naming an unknown section id, with the closest one and a hint', () => {
    write('de', JSON.stringify({ 'slow-payr': ['Mahnung'] }));
    expect(() => loadSectionKeywords(root, ['de'])).toThrow(
      expect.objectContaining({
        message:
          'Search keywords are invalid:\n  content/search/de.json: `slow-payr` is not a section id — did you mean `slow-payer`? (see src/guides/sections.ts).',
        hint: 'Fix each file named above; its keys are the section ids of SPEC section 3.',
      }),
    );
  });

  test('fails naming a file that is not valid JSON', () => {
    write('tr', '{ "lies": ["yalan", ] }');
    expect(() => loadSectionKeywords(root, ['tr'])).toThrow(/content\/search\/tr\.json: not valid JSON \(/);
  });

  test('fails naming a missing language and says an empty file will do', () => {
    write('de', '{}');
    expect(() => loadSectionKeywords(root, ['de', 'he'])).toThrow(
      'Search keywords are invalid:\n  content/search/he.json: missing — every language has a keyword file (it may be `{}`).',
    );
  });

  test('reports the problems of every file at once', () => {
    write('de', '{ broken');
    write('da', JSON.stringify({ lise: ['løj'] }));
    let message = '';
    try {
      loadSectionKeywords(root, ['de', 'tr', 'da']);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(
      message
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(':')[0]),
    ).toEqual(['content/search/de.json', 'content/search/tr.json', 'content/search/da.json']);
  });
});

describe('addSectionKeywords()', () => {
  test('adds the keywords of a section to its heading as index-only words', () => {
    const html = '<h2 id="lies">Lügen</h2><p>Text</p>';
    expect(addSectionKeywords(html, 'de', { lies: ['gelogen'] })).toBe('<h2 id="lies">Lügen ~~gelogen</h2><p>Text</p>');
  });

  test('leaves headings without keywords, without an id, and the body text as they are', () => {
    const html = '<h2 id="slow-payer">Zahlt spät</h2><h3>lies</h3><p id="lies">lies</p>';
    expect(addSectionKeywords(html, 'de', { lies: ['gelogen'], 'slow-payer': [] })).toBe(html);
  });

  test('finds the id among other attributes and keeps the heading markup', () => {
    const html = '<h3 class="sign" id="lies" tabindex="-1"><a href="#lies">Lügen</a></h3>';
    expect(addSectionKeywords(html, 'de', { lies: ['Lüge'] })).toMatch(
      /^<h3 class="sign" id="lies" tabindex="-1"><a href="#lies">Lügen<\/a> ~~Lüge( ~~\S+)*<\/h3>$/,
    );
  });
});
