import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getRunSteps, replayScenario, validateScenarios, type Scenario } from '../../../src/quiz/scenarios.ts';
import { quiz, tree } from '../../support/quiz-tree.ts';

const raw = JSON.parse(readFileSync(new URL('../../../content/quiz/scenarios.json', import.meta.url), 'utf8')) as { scenarios: Scenario[] };

describe('the scenario table', () => {
  test('holds at least 30 situations, each with its own id and guide passages', () => {
    expect(raw.scenarios.length).toBeGreaterThanOrEqual(30);
    expect(new Set(raw.scenarios.map((s) => s.id)).size).toBe(raw.scenarios.length);
    for (const s of raw.scenarios) expect(s.guides.length, s.id).toBeGreaterThan(0);
  });

  test('covers every outcome, not sure, and the conditional next steps', () => {
    const outcomes = new Set(raw.scenarios.map((s) => s.outcome));
    expect([...outcomes].sort()).toEqual(['end-now', 'keep', 'plan-exit', 'reset-terms']);
    expect(raw.scenarios.some((s) => Object.values(s.answers).includes('unsure'))).toBe(true);
    expect(raw.scenarios.filter((s) => s.steps).length).toBeGreaterThanOrEqual(10);
  });

  test.each(raw.scenarios.map((s) => [s.id, s] as const))('%s leads to its outcome and steps through the engine', (_id, s) => {
    const replay = replayScenario(tree, s.answers);
    if (!replay.ok) throw new Error(replay.problem);
    expect(quiz.outcome(replay.state)).toBe(s.outcome);
    if (s.steps) expect(getRunSteps(tree, replay.state)).toEqual(s.steps);
  });

  test('passes the build check', () => {
    expect(validateScenarios(tree, raw).problems).toEqual([]);
  });
});

describe('validateScenarios()', () => {
  const one = (patch: Partial<Scenario>) => ({ scenarios: [{ ...raw.scenarios[2], ...patch }] });
  const id = raw.scenarios[2].id;

  test('names the scenario whose outcome the tree no longer gives', () => {
    expect(validateScenarios(tree, one({ outcome: 'end-now' })).problems).toEqual([
      `content/quiz/scenarios.json: scenario \`${id}\`: the tree now gives reset-terms, not end-now — if the change is right, update the scenario and say why in its note; otherwise fix the tree.`,
    ]);
  });

  test('names answers its path never asks, answers a question does not offer, and unknown passages', () => {
    expect(validateScenarios(tree, one({ answers: { ...raw.scenarios[2].answers, 'x-stake': 'yes' } })).problems[0]).toMatch(
      /answers `x-stake`, which its path never asks/,
    );
    expect(validateScenarios(tree, one({ answers: { 'q-threats': 'unsure' } })).problems[0]).toMatch(
      /answers `q-threats` with `unsure`, which that question does not offer/,
    );
    expect(validateScenarios(tree, one({ guides: ['ten-signs#liars'] })).problems[0]).toMatch(/guide passage `ten-signs#liars` does not exist/);
  });

  test('names steps that no longer match', () => {
    expect(validateScenarios(tree, one({ steps: ['get-paid'] })).problems[0]).toMatch(/the result shows the steps assess-objectively, talk-honestly/);
  });

  test('rejects a file of the wrong shape', () => {
    expect(validateScenarios(tree, []).problems).toEqual(['content/quiz/scenarios.json: must be { "about": "…", "scenarios": [ … ] }.']);
  });
});
