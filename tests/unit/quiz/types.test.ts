import { describe, expect, test } from 'vitest';
import { FACTORS, OUTCOMES, RED_LINES, isOutcome, severityOf } from '../../../src/quiz/types.ts';
import { GUIDE_SECTIONS } from '../../../src/guides/sections.ts';

describe('severityOf()', () => {
  test('orders the outcomes keep < reset-terms < plan-exit < end-now', () => {
    expect(['keep', 'reset-terms', 'plan-exit', 'end-now'].map((o) => severityOf(o as never))).toEqual([0, 1, 2, 3]);
    expect(OUTCOMES).toEqual(['keep', 'reset-terms', 'plan-exit', 'end-now']);
  });
});

describe('isOutcome()', () => {
  test('accepts the four outcomes and nothing else', () => {
    expect(OUTCOMES.every(isOutcome)).toBe(true);
    for (const v of ['Keep', 'end', '', undefined, null, 3, {}]) expect(isOutcome(v)).toBe(false);
  });
});

describe('RED_LINES', () => {
  test('are the five red lines of SPEC section 4', () => {
    expect([...RED_LINES].sort()).toEqual(['legal-risk', 'lies', 'mental-abuse', 'physical-abuse', 'treated-badly']);
  });
});

describe('FACTORS', () => {
  test('are the deliberation steps of how-to-fire-a-client plus the honest talk', () => {
    const sections: readonly string[] = GUIDE_SECTIONS['how-to-fire-a-client'];
    expect(FACTORS.filter((f) => !sections.includes(f))).toEqual(['talked-honestly']);
    expect(FACTORS).toHaveLength(7);
  });
});
