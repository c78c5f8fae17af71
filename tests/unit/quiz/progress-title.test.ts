import { describe, expect, test } from 'vitest';
import { getProgressTitle } from '../../../src/quiz/progress-title.ts';
import { loadQuiz } from '../../../src/quiz/load-fs.ts';
import { getUi } from '../../../src/i18n/ui/index.ts';
import { format } from '../../../src/i18n/format.ts';
import { LANGS } from '../../../src/i18n/locales.ts';
import { tree } from '../../support/quiz-tree.ts';

describe('getProgressTitle()', () => {
  test('keeps the most informative name that fits 70 characters', () => {
    expect(getProgressTitle('Frage 3 von etwa 9', ['Selbsttest · Kunden feuern?', 'Selbsttest'])).toBe('Frage 3 von etwa 9 · Selbsttest · Kunden feuern?');
    expect(getProgressTitle('Q 3', ['x'.repeat(70), 'Quiz'])).toBe('Q 3 · Quiz');
    expect(getProgressTitle('Q 3', ['x'.repeat(70)])).toBe('Q 3');
  });

  test.each(LANGS)('fits the longest progress of the tree, with a name, in %s', (lang) => {
    const { strings } = loadQuiz(lang);
    const ui = getUi(lang);
    const longest = format(strings.ui.progress, { n: tree.maxQuestions, total: tree.maxQuestions });
    const title = getProgressTitle(longest, [`${ui.nav.quiz} · ${ui.site.name}`, ui.nav.quiz]);
    expect(title.length).toBeLessThanOrEqual(70);
    expect(title).toContain(ui.nav.quiz);
  });
});
