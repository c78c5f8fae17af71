import { describe, expect, test } from 'vitest';
import { tree, paths } from '../../support/quiz-tree.ts';
import { clientTree } from '../../../src/quiz/client-tree.ts';
import { createQuizEngine } from '../../../src/quiz/engine.ts';
import { decodeAnswers, encodeAnswers, hashTree } from '../../../src/quiz/share-token.ts';
import { ERROR_KEYS, getIslandText } from '../../../src/quiz/island-text.ts';
import { loadQuiz } from '../../../src/quiz/load-fs.ts';
import { LANGS } from '../../../src/i18n/locales.ts';

describe('the tree the browser bundles', () => {
  test('hashes like the validated tree, so tokens made in the browser decode at build and back', () => {
    expect(hashTree(clientTree)).toBe(hashTree(tree));
    const browser = createQuizEngine(clientTree);
    for (const state of paths.filter((_, i) => i % 97 === 0)) {
      expect(browser.outcome(state)).toBe(createQuizEngine(tree).outcome(state));
      expect(decodeAnswers(clientTree, encodeAnswers(tree, state))).toEqual({ ok: true, state });
    }
  });
});

describe('island text', () => {
  test.each(LANGS)('has every question and every message the island shows in %s', (lang) => {
    const { strings } = loadQuiz(lang);
    const text = getIslandText(strings);
    for (const id of Object.keys(tree.nodes).filter((id) => tree.nodes[id].kind === 'question')) {
      expect(text.questions[id]?.text, id).toBe(strings.questions[id].text);
    }
    for (const key of Object.values(ERROR_KEYS)) expect(text.ui[key]).toBe(strings.ui[key]);
    expect(text.outcomes['end-now']).toBe(strings.outcomes['end-now'].title);
    // Only one language's strings and no outcome texts or checklist go to the browser.
    expect(JSON.stringify(text)).not.toContain(strings.outcomes.keep.meaning);
    expect(JSON.stringify(text)).not.toContain(strings.ui.checklistIntro);
  });
});
