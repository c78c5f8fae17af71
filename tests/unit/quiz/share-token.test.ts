import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { paths, quiz, tree } from '../../support/quiz-tree.ts';
import { decodeAnswers, encodeAnswers, formatToken, hashTree, matchTokenOutcome } from '../../../src/quiz/share-token.ts';
import type { AnswerValue, Outcome, QuizState, QuizTree } from '../../../src/quiz/types.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const OUTCOMES: Outcome[] = ['keep', 'reset-terms', 'plan-exit', 'end-now'];

/** A few paths that between them reach every outcome and the shortest and longest runs. */
const samples: QuizState[] = (() => {
  const picked = new Map<string, QuizState>();
  for (const p of paths) {
    const o = quiz.outcome(p)!;
    if (!picked.has(o)) picked.set(o, p);
  }
  const byLength = [...paths].sort((a, b) => a.answers.length - b.answers.length);
  picked.set('shortest', byLength[0]);
  picked.set('longest', byLength[byLength.length - 1]);
  picked.set(
    'all-no',
    paths.find((p) => p.answers.every((a) => a.value === 'no'))!,
  );
  return [...picked.values()];
})();

/** A copy of the tree with a different scoring: a newer version of the quiz. */
function otherVersion(): QuizTree {
  return { ...structuredClone(tree), thresholds: { 'reset-terms': 1, 'plan-exit': 5 } };
}

describe('encodeAnswers()', () => {
  test('gives a short token that is safe in a URL fragment', () => {
    for (const p of samples) {
      const token = encodeAnswers(tree, p);
      expect(token).toMatch(/^2\.[A-Za-z0-9_-]{4}\.[A-Za-z0-9_-]{1,10}\.[A-Za-z0-9_-]{4}$/);
      expect(encodeURIComponent(token)).toBe(token);
      expect(new URL(`https://example.org/de/quiz/result/keep/#${token}`).hash).toBe(`#${token}`);
    }
  });

  test('gives every path its own token', () => {
    const tokens = new Set(paths.map((p) => encodeAnswers(tree, p)));
    expect(tokens.size).toBe(paths.length);
  });
});

describe('decodeAnswers()', () => {
  test('round-trips every path of the tree', () => {
    const wrong: string[] = [];
    for (const p of paths) {
      const decoded = decodeAnswers(tree, encodeAnswers(tree, p));
      if (!decoded.ok || JSON.stringify(decoded.state.answers) !== JSON.stringify(p.answers)) wrong.push(encodeAnswers(tree, p));
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  test('gives the same outcome and reasons after the round trip', () => {
    for (const p of samples) {
      const decoded = decodeAnswers(tree, encodeAnswers(tree, p));
      if (!decoded.ok) throw new Error(decoded.reason);
      expect(quiz.outcome(decoded.state)).toBe(quiz.outcome(p));
      expect(quiz.reasons(decoded.state)).toEqual(quiz.reasons(p));
    }
  });

  test('rejects a token whose version character is not 2 as another version', () => {
    const token = encodeAnswers(tree, samples[0]);
    expect(decodeAnswers(tree, `3${token.slice(1)}`)).toEqual({ ok: false, reason: 'version' });
  });

  test('rejects a link made before "not sure" (format 1, one bit per answer) as outdated', () => {
    // A real token of the previous format: the all-no run of the tree before this change.
    expect(decodeAnswers(tree, '1.IPFm.AI.xvuq')).toEqual({ ok: false, reason: 'version' });
  });

  test('carries not sure through a round trip', () => {
    const state = paths.find((p) => p.answers.some((a) => a.value === 'unsure'))!;
    expect(decodeAnswers(tree, encodeAnswers(tree, state))).toEqual({ ok: true, state });
  });

  test('rejects the unused two-bit code 11 as malformed', () => {
    const body = `2.${encodeAnswers(tree, samples[0]).split('.')[1]}.w`;
    expect(decodeAnswers(tree, `${body}.${encodeAnswers(tree, samples[0]).split('.')[3]}`).ok).toBe(false);
  });

  test('rejects a token made for another version of the tree as another version', () => {
    for (const p of samples) {
      expect(decodeAnswers(tree, encodeAnswers(otherVersion(), p))).toEqual({ ok: false, reason: 'version' });
    }
  });

  test('rejects every single changed character: as a checksum error, or a version error in the version character', () => {
    for (const p of samples) {
      const token = encodeAnswers(tree, p);
      for (let i = 0; i < token.length; i++) {
        if (token[i] === '.') continue;
        for (const ch of ALPHABET) {
          if (ch === token[i]) continue;
          const tampered = token.slice(0, i) + ch + token.slice(i + 1);
          expect(decodeAnswers(tree, tampered), `${tampered} (position ${i})`).toEqual({ ok: false, reason: i === 0 ? 'version' : 'checksum' });
        }
      }
    }
  });

  test('rejects every single dropped character: malformed outside the answers, a checksum error inside them', () => {
    for (const p of samples) {
      const token = encodeAnswers(tree, p);
      const [version, hash, payload] = token.split('.');
      const payloadStart = version.length + hash.length + 2;
      for (let i = 0; i < token.length; i++) {
        const dropped = token.slice(0, i) + token.slice(i + 1);
        const insidePayload = i >= payloadStart && i < payloadStart + payload.length && payload.length > 1;
        expect(decodeAnswers(tree, dropped), `${dropped} (position ${i})`).toEqual({ ok: false, reason: insidePayload ? 'checksum' : 'malformed' });
      }
    }
  });

  test('rejects every truncation of a token as malformed', () => {
    for (const p of samples) {
      const token = encodeAnswers(tree, p);
      for (let n = 0; n < token.length; n++) expect(decodeAnswers(tree, token.slice(0, n))).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  test('rejects a random change to a random path (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: paths.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 63 }), (pi, pos, shift) => {
        const token = encodeAnswers(tree, paths[pi]);
        const positions = [...token].map((c, i) => (c === '.' ? -1 : i)).filter((i) => i > 0);
        const i = positions[pos % positions.length];
        const ch = ALPHABET[(ALPHABET.indexOf(token[i]) + shift) % 64];
        expect(decodeAnswers(tree, token.slice(0, i) + ch + token.slice(i + 1))).toEqual({ ok: false, reason: 'checksum' });
      }),
      { numRuns: 3000 },
    );
  });

  test('rejects a signed token with answers beyond the end of the path as an invalid path', () => {
    const longest = paths.reduce((a, b) => (b.answers.length > a.answers.length ? b : a));
    const values: AnswerValue[] = [...longest.answers.map((a) => a.value), 'no'];
    expect(decodeAnswers(tree, formatToken(tree, values))).toEqual({ ok: false, reason: 'invalid-path' });
    expect(decodeAnswers(tree, formatToken(tree, Array<AnswerValue>(40).fill('yes')))).toEqual({ ok: false, reason: 'invalid-path' });
  });

  test('rejects a signed token of an unfinished run as incomplete, unless asked to accept one', () => {
    const partial = { answers: paths[0].answers.slice(0, 2) };
    const token = encodeAnswers(tree, partial);
    expect(decodeAnswers(tree, token)).toEqual({ ok: false, reason: 'incomplete' });
    expect(decodeAnswers(tree, formatToken(tree, []))).toEqual({ ok: false, reason: 'incomplete' });
    expect(decodeAnswers(tree, token, { allowIncomplete: true })).toEqual({ ok: true, state: partial });
  });

  test('rejects values that are not strings, and strings of the wrong shape, as malformed', () => {
    for (const bad of [
      undefined,
      null,
      42,
      {},
      [],
      '',
      '#',
      '1',
      '1...',
      '2.AAAA.A.AAA',
      '2.AAAA.A.AAAAA',
      '2.AA+A.A.AAAA',
      ' 2.AAAA.A.AAAA',
      `2.AAAA.${'A'.repeat(25)}.AAAA`,
      'x'.repeat(10_000),
    ]) {
      expect(decodeAnswers(tree, bad)).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  test('never throws on any string, and accepts only the canonical token of a complete run (fast-check)', () => {
    const tokenish = fc
      .tuple(
        fc.constantFrom('1', '2', '3', 'A'),
        fc.stringMatching(/^[A-Za-z0-9_-]{4}$/),
        fc.stringMatching(/^[A-Za-z0-9_-]{1,6}$/),
        fc.stringMatching(/^[A-Za-z0-9_-]{4}$/),
      )
      .map((parts) => parts.join('.'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), tokenish), (s) => {
        const decoded = decodeAnswers(tree, s);
        if (decoded.ok) {
          expect(quiz.isComplete(decoded.state)).toBe(true);
          expect(encodeAnswers(tree, decoded.state)).toBe(s);
        }
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('matchTokenOutcome()', () => {
  test('accepts a token on the page of its own outcome', () => {
    for (const p of samples) {
      const outcome = quiz.outcome(p)!;
      expect(matchTokenOutcome(tree, encodeAnswers(tree, p), outcome)).toEqual({ ok: true, state: p });
    }
  });

  test('flags a valid token on another outcome page, naming the outcome the answers lead to', () => {
    for (const p of samples) {
      const actual = quiz.outcome(p)!;
      for (const page of OUTCOMES.filter((o) => o !== actual)) {
        expect(matchTokenOutcome(tree, encodeAnswers(tree, p), page)).toEqual({ ok: false, reason: 'other-outcome', actual });
      }
    }
  });

  test('passes decoding failures through', () => {
    expect(matchTokenOutcome(tree, 'nonsense', 'keep')).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('hashTree()', () => {
  test('changes when the paths or the scoring change', () => {
    const moved = structuredClone(tree) as { nodes: Record<string, { yes?: { points?: number } }> } & QuizTree;
    moved.nodes['q-changes'].yes!.points = 2;
    expect(hashTree(moved)).not.toBe(hashTree(tree));
    expect(hashTree(otherVersion())).not.toBe(hashTree(tree));
  });

  test('stays the same when only the documentation or the next steps change', () => {
    const edited = { ...structuredClone(tree), rules: ['Reworded.'], outcomes: { ...tree.outcomes, keep: { nextSteps: [] } } };
    expect(hashTree(edited)).toBe(hashTree(tree));
  });

  test('does not depend on the order of keys in the file', () => {
    const nodes = Object.fromEntries(Object.entries(tree.nodes).reverse());
    const shuffled = Object.fromEntries(Object.entries({ ...tree, nodes }).reverse()) as unknown as QuizTree;
    expect(hashTree(shuffled)).toBe(hashTree(tree));
  });
});
