import { describe, expect, test } from 'vitest';
import { createQuizEngine } from '../../../src/quiz/engine.ts';
import { countRuns, exploreRuns, findLowerRun, getReachableOutcomes, getRunLengths, sampleRuns } from '../../../src/quiz/run-graph.ts';
import type { QuizTree } from '../../../src/quiz/types.ts';

/** Two questions worth a point each (the second offers not sure) and a threshold of 2. */
function tinyTree(secondYes: object = { next: 'end', points: 1 }): QuizTree {
  return {
    rules: [],
    start: 'a',
    maxQuestions: 2,
    thresholds: { 'reset-terms': 1, 'plan-exit': 2 },
    redLines: [],
    factors: {} as QuizTree['factors'],
    outcomes: {} as QuizTree['outcomes'],
    nodes: {
      a: { kind: 'question', signs: ['lies'], yes: { next: 'b', points: 1 }, no: { next: 'b' } },
      b: { kind: 'question', signs: ['slow-payer'], yes: secondYes as never, no: { next: 'end' }, unsure: { next: 'end', points: 1 } },
      end: { kind: 'end' },
    },
  };
}

describe('exploreRuns()', () => {
  const engine = createQuizEngine(tinyTree());
  const graph = exploreRuns(engine);

  test('folds runs that reach the same position: 6 paths through 6 positions', () => {
    expect(countRuns(graph)).toBe(6);
    // a; b with 0 or 1 point; end with 0, 1 or 2 points.
    expect(graph.nodes.size).toBe(6);
    expect(getRunLengths(graph)).toEqual({ min: 2, max: 2 });
  });

  test('knows the outcomes reachable from each position', () => {
    expect([...getReachableOutcomes(graph)(graph.start)].sort()).toEqual(['keep', 'plan-exit', 'reset-terms']);
  });

  test('samples complete runs through every answer of every position', () => {
    const runs = sampleRuns(engine, graph);
    for (const r of runs) expect(engine.isComplete(r)).toBe(true);
    const taken = new Set(runs.flatMap((r) => r.answers.map((a) => `${a.question}:${a.value}`)));
    expect([...taken].sort()).toEqual(['a:no', 'a:yes', 'b:no', 'b:unsure', 'b:yes']);
  });
});

describe('findLowerRun()', () => {
  test('finds nothing when yes is never milder than no', () => {
    const graph = exploreRuns(createQuizEngine(tinyTree()));
    const b = [...graph.nodes.values()].find((n) => n.question === 'b')!;
    expect(findLowerRun(graph, ['a', 'b', 'end'], b.next.no!, b.next.yes!)).toBeUndefined();
    expect(findLowerRun(graph, ['a', 'b', 'end'], b.next.unsure!, b.next.yes!)).toBeUndefined();
  });

  test('finds the run where yes is milder than not sure', () => {
    const graph = exploreRuns(createQuizEngine(tinyTree({ next: 'end' })));
    const b = [...graph.nodes.values()].find((n) => n.question === 'b')!;
    expect(findLowerRun(graph, ['a', 'b', 'end'], b.next.unsure!, b.next.yes!)).toMatch(/keep after reset-terms|reset-terms after plan-exit/);
  });
});
