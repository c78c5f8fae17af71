import { describe, expect, test } from 'vitest';
import { measureSite, BUDGETS } from '../../tools/page-weight.mjs';
import { DIST } from '../support/dist.ts';

interface Bytes {
  raw: number;
  gz: number;
}
interface Row {
  type: keyof typeof BUDGETS;
  path: string;
  js: Bytes;
  total: Bytes;
}

const rows = measureSite(DIST) as Row[];

describe('page weight budgets (SPEC section 5, gzipped)', () => {
  test('every page type is measured', () => {
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['root', 'home', 'guide', 'quiz', 'outcome', '404']));
  });

  test.each(rows.map((r) => [r.path, r] as const))('%s stays within its budget', (_path, row) => {
    const budget = BUDGETS[row.type] as { total: number; js: number };
    expect(row.total.gz).toBeLessThanOrEqual(budget.total);
    expect(row.js.gz).toBeLessThanOrEqual(budget.js);
  });
});
