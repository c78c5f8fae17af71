import { describe, expect, test } from 'vitest';
import { ERROR_KEYS, getIslandText } from '../../../src/quiz/island-text.ts';
import { OUTCOMES, QUIZ_UI_KEYS, type OutcomeStrings, type QuizStrings } from '../../../src/quiz/types.ts';

/** Quiz strings of one made-up language: every UI string is `ui:<key>`, every outcome text names its part. */
const strings = {
  ui: Object.fromEntries(QUIZ_UI_KEYS.map((key) => [key, `ui:${key}`])),
  questions: {
    'q-hint': { text: 'Does the client shout?', hint: 'Raised voices count.', reasons: { yes: 'The client shouts.' }, mentions: { 'q-x': 'shout' } },
    'q-plain': { text: 'Does the client pay late?', reasons: { yes: 'The client pays late.', unsure: 'Payments are unclear.' } },
  },
  signs: { lies: 'Lies' },
  factors: { money: 'Money' },
  outcomes: Object.fromEntries(
    OUTCOMES.map((o): [string, OutcomeStrings] => [
      o,
      { title: `title:${o}`, summary: `summary:${o}`, meaning: `meaning:${o}`, nextSteps: { talk: `step:${o}` } },
    ]),
  ),
} as unknown as QuizStrings;

describe('getIslandText()', () => {
  const text = getIslandText(strings);

  test('gives the answer buttons, navigation, progress, result heading and every error message', () => {
    expect(text.ui).toEqual({
      yes: 'ui:yes',
      no: 'ui:no',
      unsure: 'ui:unsure',
      previousAnswer: 'ui:previousAnswer',
      back: 'ui:back',
      restart: 'ui:restart',
      progress: 'ui:progress',
      resultHeading: 'ui:resultHeading',
      errorMalformed: 'ui:errorMalformed',
      errorChecksum: 'ui:errorChecksum',
      errorVersion: 'ui:errorVersion',
      errorInvalidPath: 'ui:errorInvalidPath',
      errorIncomplete: 'ui:errorIncomplete',
    });
  });

  test('has a message for every way a fragment can be wrong', () => {
    for (const key of Object.values(ERROR_KEYS)) expect(text.ui[key]).toBe(`ui:${key}`);
  });

  test('gives each question its text, and its hint only where it has one', () => {
    expect(text.questions).toEqual({
      'q-hint': { text: 'Does the client shout?', hint: 'Raised voices count.' },
      'q-plain': { text: 'Does the client pay late?' },
    });
    expect(Object.keys(text.questions['q-plain'])).toEqual(['text']);
  });

  test('gives each outcome its title only', () => {
    expect(text.outcomes).toEqual({ keep: 'title:keep', 'reset-terms': 'title:reset-terms', 'plan-exit': 'title:plan-exit', 'end-now': 'title:end-now' });
  });

  test('leaves out what the static pages show: reasons, outcome texts, signs, factors and the checklist', () => {
    const sent = JSON.stringify(text);
    for (const left of ['The client shouts.', 'Payments are unclear.', 'summary:', 'meaning:', 'step:', 'Lies', 'Money', 'ui:checklistIntro', 'ui:title']) {
      expect(sent).not.toContain(left);
    }
  });
});
