import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeFragment, formatFragment, readFragment } from '../../../src/quiz/fragment.ts';
import { encodeAnswers } from '../../../src/quiz/share-token.ts';
import { paths, quiz, tree } from '../../support/quiz-tree.ts';

const ids = new Set(['main', 'next-steps', 'why']);
const isAnchor = (id: string) => ids.has(id);
const complete = paths.find((p) => p.answers.some((a) => a.value === 'unsure'))!;

describe('readFragment()', () => {
  test('reads an empty fragment as a new run', () => {
    expect(readFragment(tree, '', { isAnchor })).toEqual({ kind: 'empty' });
    expect(readFragment(tree, '#', { isAnchor })).toEqual({ kind: 'empty' });
  });

  test('reads the id of an element of the page as an anchor, never as a damaged link', () => {
    expect(readFragment(tree, '#main', { isAnchor })).toEqual({ kind: 'anchor', id: 'main' });
    expect(readFragment(tree, '#next-steps', { isAnchor, allowIncomplete: true })).toEqual({ kind: 'anchor', id: 'next-steps' });
  });

  test('reads a complete run, and a run in progress only where allowed', () => {
    expect(readFragment(tree, `#${encodeAnswers(tree, complete)}`, { isAnchor })).toEqual({ kind: 'run', state: complete });
    const partial = { answers: complete.answers.slice(0, 3) };
    expect(readFragment(tree, `#${encodeAnswers(tree, partial)}`, { isAnchor })).toEqual({ kind: 'error', reason: 'incomplete' });
    expect(readFragment(tree, `#${encodeAnswers(tree, partial)}`, { isAnchor, allowIncomplete: true })).toEqual({ kind: 'run', state: partial });
  });

  test('reads a change link: the whole run and the answer to change', () => {
    const read = readFragment(tree, `#${formatFragment(tree, complete, 2)}`, { isAnchor, allowIncomplete: true });
    expect(read).toEqual({ kind: 'run', state: complete, change: 2 });
    expect(readFragment(tree, `#${formatFragment(tree, complete, 40)}`, { isAnchor, allowIncomplete: true })).toEqual({
      kind: 'error',
      reason: 'invalid-path',
    });
  });

  test('gives the malformed-link message for the crash of the review: a % not followed by two hex digits', () => {
    expect(readFragment(tree, '#zq~x9%21%%-ZZ', { isAnchor })).toEqual({ kind: 'error', reason: 'malformed' });
    expect(readFragment(tree, '#zq~x9%21%%-ZZ', { isAnchor, allowIncomplete: true })).toEqual({ kind: 'error', reason: 'malformed' });
  });

  test('reads a percent-encoded token like the token itself', () => {
    const token = encodeAnswers(tree, complete);
    expect(readFragment(tree, `#${encodeURIComponent(token).replace('.', '%2E')}`, { isAnchor })).toEqual({ kind: 'run', state: complete });
  });

  test('treats an anchor check that throws as no anchor', () => {
    const read = readFragment(tree, '#main', {
      isAnchor: () => {
        throw new Error('boom');
      },
    });
    expect(read).toEqual({ kind: 'error', reason: 'malformed' });
  });

  test('never throws, whatever the string: malformed escapes, lone surrogates, 10 000 characters (fast-check)', () => {
    const nasty = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: fc.constantFrom('%', '~', '.', '#', 'A', '9', 'é', '\uD800', '\uDC00', '%E', '%ZZ', '%ED%A0%80'), maxLength: 200 }),
      fc.string({ unit: 'grapheme', minLength: 10_000, maxLength: 10_000 }),
      fc.constant('%'.repeat(10_000)),
    );
    fc.assert(
      fc.property(nasty, fc.boolean(), (hash, allowIncomplete) => {
        const read = readFragment(tree, hash, { isAnchor, allowIncomplete });
        expect(['empty', 'anchor', 'run', 'error']).toContain(read.kind);
        if (read.kind === 'run') expect(quiz.isComplete(read.state) || allowIncomplete).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatFragment()', () => {
  test('writes nothing for the empty run, the token for a run, and ~N for a change', () => {
    expect(formatFragment(tree, quiz.start())).toBe('');
    expect(formatFragment(tree, complete)).toBe(encodeAnswers(tree, complete));
    expect(formatFragment(tree, complete, 3)).toBe(`${encodeAnswers(tree, complete)}~3`);
  });
});

describe('decodeFragment()', () => {
  test('decodes percent-escapes and keeps a malformed one as written', () => {
    expect(decodeFragment('#a%20b')).toBe('a b');
    expect(decodeFragment('#x9%21%%-ZZ')).toBe('x9%21%%-ZZ');
    expect(decodeFragment('%ED%A0%80')).toBe('%ED%A0%80');
  });
});
