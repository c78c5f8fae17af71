import { describe, expect, test } from 'vitest';
import { findCycles, findDeadEnds, getGateGroup, longestQuestionPath, nextsOf, reachableFrom } from '../../../src/quiz/tree-graph.ts';
import type { QuizTree } from '../../../src/quiz/types.ts';

/** A tiny tree: a gate opening two questions, then a check, then the end. */
const q = (yes: string, no: string, extra: object = {}) => ({ kind: 'question' as const, signs: [], yes: { next: yes }, no: { next: no }, ...extra });
const nodes = {
  a: q('g', 'g'),
  g: q('b', 'c', { gate: true }),
  b: q('d', 'd', { unsure: { next: 'd' } }),
  d: q('c', 'c'),
  c: { kind: 'check' as const, when: { atLeast: 'plan-exit' as const }, then: 'x', else: 'end' },
  x: q('end', 'end'),
  end: { kind: 'end' as const },
} satisfies QuizTree['nodes'];

describe('nextsOf()', () => {
  test('lists the answers of a question, not sure included, and the branches of a check', () => {
    expect(nextsOf(nodes.b)).toEqual([
      ['yes', 'd'],
      ['no', 'd'],
      ['unsure', 'd'],
    ]);
    expect(nextsOf(nodes.c)).toEqual([
      ['then', 'x'],
      ['else', 'end'],
    ]);
    expect(nextsOf(nodes.end)).toEqual([]);
  });
});

describe('reachableFrom()', () => {
  test('finds every node on some path, skipping ids that name no node', () => {
    expect([...reachableFrom(nodes, 'd')].sort()).toEqual(['c', 'd', 'end', 'x']);
    expect([...reachableFrom({ ...nodes, d: q('nowhere', 'c') }, 'd')].sort()).toEqual(['c', 'd', 'end', 'x']);
  });
});

describe('getGateGroup()', () => {
  test('is what the yes reaches and the no skips, in tree order', () => {
    expect(getGateGroup({ nodes }, 'g')).toEqual(['b', 'd']);
    expect(getGateGroup({ nodes }, 'c')).toEqual([]);
  });
});

describe('longestQuestionPath()', () => {
  test('counts questions, not checks, along the longest path', () => {
    expect(longestQuestionPath({ nodes }, 'a')).toEqual(['a', 'g', 'b', 'd', 'x']);
  });
});

describe('findCycles()', () => {
  test('finds none in a tree', () => {
    expect(findCycles(nodes)).toEqual([]);
  });

  test('reports each cycle once, as met from the first node in tree order', () => {
    const looped = { ...nodes, d: q('b', 'c'), x: q('a', 'end') };
    expect(findCycles(looped)).toEqual([
      ['b', 'd', 'b'],
      ['a', 'g', 'b', 'd', 'c', 'x', 'a'],
    ]);
  });
});

describe('findDeadEnds()', () => {
  test('lists the nodes from which no end is reachable, in tree order', () => {
    expect(findDeadEnds(nodes)).toEqual([]);
    const stuck = { ...nodes, x: q('y', 'y'), y: q('x', 'x') };
    expect(findDeadEnds(stuck)).toEqual(['x', 'y']);
  });
});
