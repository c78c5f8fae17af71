import { describe, expect, test } from 'vitest';
import { checkKeys, code, didYouMean, editDistance, isObject, suggestClosest } from '../../../src/lib/diagnostics.ts';

describe('isObject()', () => {
  test('accepts a JSON object, not null, a list or a scalar', () => {
    expect(isObject({})).toBe(true);
    expect([null, [], 'x', 1, undefined].map(isObject)).toEqual([false, false, false, false, false]);
  });
});

describe('code()', () => {
  test('quotes any value as code', () => {
    expect(code('q-lies')).toBe('`q-lies`');
    expect(code(undefined)).toBe('`undefined`');
  });
});

describe('editDistance()', () => {
  test('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('suggestClosest()', () => {
  test('suggests the nearest id for a typo', () => {
    expect(suggestClosest('q-paymnet', ['q-payment', 'q-lies', 'end'])).toBe('q-payment');
  });

  test('suggests nothing when no candidate is close', () => {
    expect(suggestClosest('something-else', ['q-payment', 'q-lies'])).toBeUndefined();
  });

  test('allows 2 edits, or a third of the word for long words, unless told a bound', () => {
    expect(suggestClosest('abcxyz', ['abcdef'])).toBeUndefined();
    expect(suggestClosest('abcdefghiXYZ', ['abcdefghijkl'])).toBe('abcdefghijkl');
    expect(suggestClosest('abcxyz', ['abcdef'], 3)).toBe('abcdef');
  });

  test('prefers the first of equally close candidates', () => {
    expect(suggestClosest('lie', ['lies', 'lied'])).toBe('lies');
  });
});

describe('didYouMean()', () => {
  test('asks about the closest candidate, or says what to do instead', () => {
    expect(didYouMean('yse', ['yes', 'no'], 'use yes or no.')).toBe('did you mean `yes`?');
    expect(didYouMean('maybe', ['yes', 'no'], 'use yes or no.')).toBe('use yes or no.');
  });
});

describe('checkKeys()', () => {
  test('names unknown keys (with a guess) and missing required ones, and says whether all required are there', () => {
    const problems: string[] = [];
    const complete = checkKeys(problems, 'f.json: ', { nxet: 'a', extra: 1 }, ['next'], ['points'], () => 'the next node');
    expect(complete).toBe(false);
    expect(problems).toEqual([
      'f.json: unknown key `nxet` — did you mean `next`?',
      'f.json: unknown key `extra` — remove it; allowed keys are next, points.',
      'f.json: missing key `next` — add the next node.',
    ]);
  });

  test('accepts optional keys and reports nothing for a complete object', () => {
    const problems: string[] = [];
    expect(checkKeys(problems, '', { next: 'a', points: 1 }, ['next'], ['points'], () => '')).toBe(true);
    expect(problems).toEqual([]);
  });
});
