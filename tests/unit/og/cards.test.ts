/** What each card shows and where it lives (src/og/cards.ts). */
import { describe, expect, test } from 'vitest';
import { LANGS, LOCALES } from '../../../src/i18n/locales.ts';
import { getUi } from '../../../src/i18n/ui/index.ts';
import { getCardAlt, getCardFile, getCardText, ROOT } from '../../../src/og/cards.ts';
import { loadQuiz } from '../../../src/quiz/load-fs.ts';
import { OUTCOMES } from '../../../src/quiz/types.ts';

describe('getCardFile', () => {
  test.each([
    ['de', '', 'og/de/index.png'],
    ['he', 'guides/ten-signs/', 'og/he/guides/ten-signs.png'],
    ['tr', 'quiz/', 'og/tr/quiz.png'],
    ['da', 'quiz/result/keep/', 'og/da/quiz/result/keep.png'],
    ['de', '404/', 'og/de/404.png'],
    [ROOT, '', 'og/index.png'],
  ] as const)('%s %j → %s', (lang, route, file) => {
    expect(getCardFile(lang, route)).toBe(file);
  });
});

describe('getCardText', () => {
  test.each(LANGS)('%s: a page shows its title over the site name, in the language’s direction', (lang) => {
    expect(getCardText(lang, 'guides/five-signs/', 'Some title')).toEqual({
      lang,
      dir: LOCALES[lang].dir,
      title: 'Some title',
      subtitle: getUi(lang).site.name,
    });
  });

  test.each(LANGS)('%s: the home card asks the home’s question', (lang) => {
    expect(getCardText(lang, '', getUi(lang).site.name).title).toBe(getUi(lang).home.title);
  });

  test.each(LANGS)('%s: the four outcome cards show four different outcomes, and never an answer', (lang) => {
    const titles = OUTCOMES.map((o) => getCardText(lang, `quiz/result/${o}/`, 'ignored').title);
    expect(titles).toEqual(OUTCOMES.map((o) => loadQuiz(lang).strings.outcomes[o].title));
    expect(new Set(titles).size).toBe(4);
  });

  test('the root card names the site in every language, Hebrew isolated right to left', () => {
    const text = getCardText(ROOT, '', 'ignored');
    expect(text.dir).toBe('ltr');
    expect(text.title.split('\n')).toEqual(LANGS.map((l) => (LOCALES[l].dir === 'rtl' ? `\u2067${getUi(l).site.name}\u2069` : getUi(l).site.name)));
  });
});

describe('getCardAlt', () => {
  test.each(LANGS)('%s: names the title and the site, in the language', (lang) => {
    const alt = getCardAlt(getCardText(lang, 'quiz/', 'Quiz title'));
    expect(alt).toContain('Quiz title');
    expect(alt).toContain(getUi(lang).site.name);
    expect(alt).not.toMatch(/\{\w+\}/);
  });

  test('the root alt has no invisible direction marks', () => {
    expect(getCardAlt(getCardText(ROOT, '', ''))).not.toMatch(/[\u2066-\u2069\n]/);
  });
});
