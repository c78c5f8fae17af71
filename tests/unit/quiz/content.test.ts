/**
 * The quiz content itself (content/quiz/): the wording rules the validator cannot know, checked
 * against the glossaries in content/glossary/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { QUOTES, findBannedQuote, findLatinLetters, quotesPairUp } from '../../../src/i18n/typography.ts';
import type { QuizStrings, QuizTree } from '../../../src/quiz/types.ts';

const ROOT = new URL('../../../', import.meta.url);
const LANGS = ['he', 'de', 'tr', 'da'] as const;
const tree = JSON.parse(readFileSync(new URL('content/quiz/tree.json', ROOT), 'utf8')) as QuizTree;
const strings = Object.fromEntries(
  LANGS.map((l) => [l, JSON.parse(readFileSync(new URL(`content/quiz/strings/${l}.json`, ROOT), 'utf8')) as QuizStrings]),
) as Record<(typeof LANGS)[number], QuizStrings>;

/** Every string of a language file with its key path. */
function entries(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => entries(v, path ? `${path}.${k}` : k));
  return [];
}

/** The glossary's term for a concept (first column), e.g. "outcome `keep`". */
function glossaryTerm(lang: string, concept: string): string {
  const text = readFileSync(new URL(`content/glossary/${lang}.md`, ROOT), 'utf8');
  const row = text.split('\n').find((line) => line.startsWith(`| ${concept} |`));
  if (!row) throw new Error(`content/glossary/${lang}.md has no row for ${concept}`);
  return row.split('|')[2].trim();
}

describe('outcome titles', () => {
  test.each(LANGS)('use the glossary names of the four outcomes in %s', (lang) => {
    for (const o of ['keep', 'reset-terms', 'plan-exit', 'end-now'] as const) {
      expect(strings[lang].outcomes[o].title).toBe(glossaryTerm(lang, `outcome \`${o}\``));
    }
  });

  test.each(LANGS)('are the names the no-JavaScript guidance in %s refers to', (lang) => {
    for (const o of ['keep', 'reset-terms', 'plan-exit', 'end-now'] as const) {
      expect(strings[lang].ui.checklistHowTo).toContain(glossaryTerm(lang, `outcome \`${o}\``));
    }
  });
});

describe('wording', () => {
  const FIRE: Record<string, RegExp> = {
    he: /לפטר|להיפרד/,
    de: /sich von .* zu trennen/,
    tr: /yollarınızı ayır/,
    da: /afslutte kundeforholdet|afslutte et kundeforhold/,
  };
  const MISTRANSLATIONS: Record<string, RegExp> = { he: /לירות/, de: /auslös|auszulös/i, tr: /istemci/i, da: /skyd|klient/i };

  test.each(LANGS)('asks the title question with the glossary term for firing a client in %s', (lang) => {
    expect(strings[lang].ui.title).toMatch(FIRE[lang]);
  });

  test.each(LANGS)('never uses the seed mistranslations in %s', (lang) => {
    const hits = entries(strings[lang]).filter(([, v]) => MISTRANSLATIONS[lang].test(v));
    expect(hits).toEqual([]);
  });

  test('leaves no English in the German, Turkish and Danish strings', () => {
    const english = /\b(the|and|you|your|client|clients|customer|yes|with|this|that|should|please|result|invoice)\b/i;
    for (const lang of ['de', 'tr', 'da'] as const) {
      expect(
        entries(strings[lang]).filter(([, v]) => english.test(v)),
        lang,
      ).toEqual([]);
    }
  });

  test('leaves no Latin letters in the Hebrew strings, placeholders aside', () => {
    expect(entries(strings.he).filter(([, v]) => findLatinLetters('he', v) !== undefined)).toEqual([]);
  });

  test('addresses the reader formally in German', () => {
    expect(entries(strings.de).filter(([, v]) => /\b(du|dich|dir|dein|deine)\b/i.test(v))).toEqual([]);
  });

  test.each(LANGS)('phrases every question as a question and every reason as a sentence in %s', (lang) => {
    for (const [id, q] of Object.entries(strings[lang].questions)) {
      expect(q.text, id).toMatch(/\?$/);
      for (const r of Object.values(q.reasons)) expect(r, id).toMatch(/\.$/);
    }
  });

  test.each(LANGS)('keeps the checklist labels short and distinct in %s: signs as statements, factors as questions', (lang) => {
    const signs = Object.values(strings[lang].signs);
    const factors = Object.values(strings[lang].factors);
    for (const label of signs) expect(label).not.toMatch(/[.?]$/);
    // A factor reads as a question to ask oneself, never as a fact about the reader ("you have been paid in full").
    for (const label of factors) expect(label).toMatch(/\?$/);
    for (const label of [...signs, ...factors]) expect(label.length).toBeLessThan(90);
    expect(new Set([...signs, ...factors]).size).toBe(signs.length + factors.length);
  });

  test.each(LANGS)('keeps each question short enough to read at a glance in %s', (lang) => {
    for (const [id, q] of Object.entries(strings[lang].questions)) expect(q.text.length, id).toBeLessThanOrEqual(200);
  });
});

describe('typography (src/i18n/typography.ts)', () => {
  test.each(LANGS)('uses only the quotation marks of %s, each quote closed', (lang) => {
    expect(entries(strings[lang]).filter(([, v]) => findBannedQuote(lang, v) !== undefined || !quotesPairUp(lang, v))).toEqual([]);
  });

  test.each(['de', 'da'] as const)('quotes something in %s, so the rule is exercised', (lang) => {
    expect(entries(strings[lang]).some(([, v]) => v.includes(QUOTES[lang].open))).toBe(true);
  });

  test.each(LANGS)('spaces dashes as the language does in %s', (lang) => {
    expect(entries(strings[lang]).filter(([, v]) => /\S–|–[^\s,.;:]|\s-\s/.test(v))).toEqual([]);
  });
});

describe('next steps', () => {
  test('give 3 to 6 steps per outcome, each linking a section of how-to-fire-a-client', () => {
    const sections = [
      'evaluate-objectively',
      'expectations-mismatch',
      'client-underdelivers',
      'make-sure',
      'low-revenue',
      'influential',
      'prepare-explanation',
      'handle-disrespect',
      'fire-in-person',
      'deal-breakers',
      'stakeholder',
      'paid-in-full',
    ];
    for (const [o, { nextSteps }] of Object.entries(tree.outcomes)) {
      expect(nextSteps.length, o).toBeGreaterThanOrEqual(3);
      expect(nextSteps.length, o).toBeLessThanOrEqual(6);
      for (const s of nextSteps) expect(sections).toContain(s.section);
    }
  });

  test('point to getting paid, preparing reasons and saying it in person once ending is the outcome', () => {
    for (const o of ['plan-exit', 'end-now'] as const) {
      const linked = tree.outcomes[o].nextSteps.map((s) => s.section);
      expect(linked).toEqual(expect.arrayContaining(['paid-in-full', 'fire-in-person', 'stakeholder']));
    }
    expect(tree.outcomes['plan-exit'].nextSteps.map((s) => s.section)).toContain('prepare-explanation');
    expect(tree.outcomes.keep.nextSteps.map((s) => s.section)).toEqual(expect.arrayContaining(['evaluate-objectively', 'deal-breakers']));
  });
});
