import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { paths, quiz, tree } from '../../support/quiz-tree.ts';
import { canExplain, createQuizEngine, getQuestionLinks, listCompletePaths, type QuizEngine } from '../../../src/quiz/engine.ts';
import { GUIDE_SECTIONS } from '../../../src/guides/sections.ts';
import type { AnswerValue, Outcome, QuizState } from '../../../src/quiz/types.ts';

// Written out from the SPEC rather than imported, so a wrong constant in the code cannot pass.
const SEVERITY: Outcome[] = ['keep', 'reset-terms', 'plan-exit', 'end-now'];
const RED_LINES = ['physical-abuse', 'mental-abuse', 'lies', 'legal-risk', 'treated-badly'];
const SPEC_SIGNS = [
  'physical-abuse', 'mental-abuse', 'lies', 'unreasonable-demands', 'slow-payer', 'invoice-disputes', 'changes-mind',
  'ignores-advice', 'plays-competitors', 'legal-risk', 'dread-calls', 'questions-every-charge', 'constant-emergencies',
  'no-follow-through', 'micromanages', 'wont-delegate', 'money-troubles', 'off-brand-work', 'over-accommodating',
  'underpaid', 'treated-badly', 'friends-family',
];
const sev = (o: Outcome | undefined): number => SEVERITY.indexOf(o as Outcome);

/** Answers the questions in order, by id, checking that each is the one asked; unlisted questions get `rest`. */
function run(answers: Record<string, AnswerValue>, rest: AnswerValue = 'no'): QuizState {
  let state = quiz.start();
  for (let q = quiz.current(state); q; q = quiz.current(state)) state = quiz.answer(state, answers[q.id] ?? rest);
  return state;
}
const asked = (state: QuizState): string[] => state.answers.map((a) => a.question);
const signsOf = (id: string): readonly string[] => {
  const node = tree.nodes[id];
  return node.kind === 'question' ? node.signs : [];
};
const isGate = (id: string): boolean => {
  const node = tree.nodes[id];
  return node.kind === 'question' && node.gate === true;
};
const isSignQuestion = (id: string): boolean => signsOf(id).length > 0;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('start()', () => {
  test('returns an empty run whose first question is the first red line', () => {
    const state = quiz.start();
    expect(state.answers).toEqual([]);
    expect(quiz.current(state)).toEqual({ id: 'q-threats', signs: ['physical-abuse'], gate: false });
    expect(quiz.isComplete(state)).toBe(false);
    expect(quiz.outcome(state)).toBeUndefined();
  });
});

describe('answer()', () => {
  test('records the answer to the current question and moves on', () => {
    const state = quiz.answer(quiz.start(), 'no');
    expect(state.answers).toEqual([{ question: 'q-threats', value: 'no' }]);
    expect(quiz.current(state)?.id).toBe('q-belittles');
  });

  test('never changes the state it is given', () => {
    const partial = deepFreeze(quiz.answer(quiz.answer(quiz.start(), 'no'), 'no'));
    const next = quiz.answer(partial, 'yes');
    expect(partial.answers).toHaveLength(2);
    expect(next).not.toBe(partial);
    expect(next.answers).toHaveLength(3);
  });

  test('returns a complete run unchanged', () => {
    const done = run({});
    expect(quiz.answer(done, 'yes')).toBe(done);
  });

  test('opens a gate group on yes and skips it on no', () => {
    expect(quiz.current(quiz.answer(replayTo('g-money'), 'yes'))?.id).toBe('q-late-payment');
    expect(quiz.current(quiz.answer(replayTo('g-money'), 'no'))?.id).toBe('g-demands');
  });
});

/** The state at the first time `id` is asked when every earlier answer is no. */
function replayTo(id: string): QuizState {
  let state = quiz.start();
  while (quiz.current(state)?.id !== id) state = quiz.answer(state, 'no');
  return state;
}

describe('current()', () => {
  test('marks gates and lists every sign of the group a gate opens', () => {
    expect(quiz.current(replayTo('g-money'))).toEqual({
      id: 'g-money',
      gate: true,
      signs: ['slow-payer', 'money-troubles', 'invoice-disputes', 'questions-every-charge', 'plays-competitors', 'underpaid'],
    });
  });

  test('names the deliberation factor a question asks about', () => {
    const state = run({ 'g-money': 'yes', 'q-underpaid': 'yes' }, 'no');
    const talk = quiz.rewind(state, 'd-talked');
    expect(quiz.current(talk)).toEqual({ id: 'd-talked', signs: [], gate: false, factor: 'talked-honestly' });
  });

  test('returns undefined once the run is complete', () => {
    expect(quiz.current(run({}))).toBeUndefined();
  });
});

describe('back()', () => {
  test('takes back the last answer', () => {
    const two = quiz.answer(quiz.answer(quiz.start(), 'no'), 'no');
    expect(quiz.back(two).answers).toEqual([{ question: 'q-threats', value: 'no' }]);
    expect(quiz.current(quiz.back(two))?.id).toBe('q-belittles');
  });

  test('returns the empty run unchanged', () => {
    const start = quiz.start();
    expect(quiz.back(start)).toBe(start);
  });

  test('undoes a red-line yes, so the skipped questions come back', () => {
    const ended = quiz.answer(quiz.start(), 'yes');
    expect(quiz.current(ended)?.id).toBe('x-owed');
    expect(quiz.current(quiz.answer(quiz.back(ended), 'no'))?.id).toBe('q-belittles');
  });
});

describe('rewind()', () => {
  test('goes back to a question on the path, dropping its answer and all later ones', () => {
    const done = run({ 'g-money': 'yes', 'q-late-payment': 'yes' });
    const back = quiz.rewind(done, 'q-late-payment');
    expect(quiz.current(back)?.id).toBe('q-late-payment');
    expect(back.answers).toEqual(done.answers.slice(0, done.answers.findIndex((a) => a.question === 'q-late-payment')));
  });

  test('returns the state unchanged for a question not on the path', () => {
    const done = run({});
    expect(quiz.rewind(done, 'q-late-payment')).toBe(done);
  });
});

describe('outcome()', () => {
  test('returns keep when every answer is no, after 8 questions', () => {
    const state = run({}, 'no');
    expect(quiz.outcome(state)).toBe('keep');
    expect(asked(state)).toEqual(['q-threats', 'q-belittles', 'q-lies', 'q-legal', 'g-money', 'g-demands', 'g-control', 'g-fit']);
  });

  test('returns end-now for a red-line yes and then asks only the exit questions', () => {
    const state = run({ 'q-lies': 'yes' }, 'no');
    expect(quiz.outcome(state)).toBe('end-now');
    expect(asked(state)).toEqual(['q-threats', 'q-belittles', 'q-lies', 'x-owed', 'x-stake', 'x-influential']);
  });

  test('returns reset-terms for one fixable irritation not yet talked through', () => {
    expect(quiz.outcome(run({ 'g-control': 'yes', 'q-micromanages': 'yes', 'd-talked': 'no' }))).toBe('reset-terms');
  });

  test('returns plan-exit when the irritation persists after an honest talk', () => {
    expect(quiz.outcome(run({ 'g-control': 'yes', 'q-micromanages': 'yes', 'd-talked': 'yes' }))).toBe('plan-exit');
  });

  test('returns plan-exit for several serious signs without asking about a talk', () => {
    const state = run({ 'g-money': 'yes', 'q-late-payment': 'yes', 'q-haggles': 'yes' });
    expect(quiz.outcome(state)).toBe('plan-exit');
    expect(asked(state)).not.toContain('d-talked');
    expect(asked(state).slice(-3)).toEqual(['x-owed', 'x-stake', 'x-influential']);
  });

  test('returns plan-exit when the client is a friend or relative and it is getting difficult', () => {
    expect(quiz.outcome(run({ 'g-fit': 'yes', 'q-friends': 'yes' }))).toBe('plan-exit');
  });

  test('returns keep when a gate is yes but no sign of its group is', () => {
    const state = run({ 'g-demands': 'yes' });
    expect(quiz.outcome(state)).toBe('keep');
    expect(asked(state)).toContain('q-changes');
  });

  test('returns end-now on a red line even when everything else would be mild', () => {
    expect(quiz.outcome(run({ 'q-legal': 'yes' }, 'no'))).toBe('end-now');
  });

  test('returns undefined while questions remain', () => {
    expect(quiz.outcome(replayTo('g-demands'))).toBeUndefined();
  });
});

describe('every path of the tree', () => {
  test('has been enumerated (the tree is finite)', () => {
    expect(paths.length).toBeGreaterThan(1000);
    expect(new Set(paths.map((p) => p.answers.map((a) => a.value[0]).join(''))).size).toBe(paths.length);
  });

  test('ends with an outcome within the bound of questions', () => {
    const lengths = paths.map((p) => p.answers.length);
    for (const p of paths) expect(quiz.outcome(p)).toBeDefined();
    expect(Math.max(...lengths)).toBeLessThanOrEqual(tree.maxQuestions);
    expect(Math.max(...lengths)).toBe(24);
    expect(Math.min(...lengths)).toBe(4);
  });

  test('returns end-now whenever a red-line question is yes', () => {
    let seen = 0;
    for (const p of paths) {
      const redYes = p.answers.some((a) => a.value === 'yes' && !isGate(a.question) && signsOf(a.question).some((s) => RED_LINES.includes(s)));
      if (redYes) {
        seen += 1;
        expect(quiz.outcome(p)).toBe('end-now');
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  test('returns end-now only for a red-line yes', () => {
    for (const p of paths) {
      if (quiz.outcome(p) !== 'end-now') continue;
      expect(p.answers.some((a) => a.value === 'yes' && signsOf(a.question).some((s) => RED_LINES.includes(s)))).toBe(true);
    }
  });

  test('returns keep for the path where every answer is no, and every sign question no gives keep', () => {
    const allNo = paths.filter((p) => p.answers.every((a) => a.value === 'no'));
    expect(allNo).toHaveLength(1);
    expect(quiz.outcome(allNo[0])).toBe('keep');
    for (const p of paths) {
      const signYes = p.answers.some((a) => a.value === 'yes' && isSignQuestion(a.question) && !isGate(a.question));
      if (!signYes) expect(quiz.outcome(p)).toBe('keep');
    }
  });

  test('asks every question on some path, and every sign of the three sign guides', () => {
    const questions = new Set(paths.flatMap(asked));
    const treeQuestions = Object.entries(tree.nodes).filter(([, n]) => n.kind === 'question').map(([id]) => id);
    expect([...questions].sort()).toEqual(treeQuestions.sort());
    const covered = new Set([...questions].filter((q) => !isGate(q)).flatMap(signsOf));
    expect([...covered].sort()).toEqual([...SPEC_SIGNS].sort());
  });

  test('asks about the honest talk only once a problem exists, and the exit questions only once ending is the outcome', () => {
    for (const p of paths) {
      const ids = asked(p);
      const signYes = p.answers.some((a) => a.value === 'yes' && isSignQuestion(a.question) && !isGate(a.question));
      if (ids.includes('d-talked')) expect(signYes).toBe(true);
      expect(ids.includes('x-owed')).toBe(sev(quiz.outcome(p)) >= sev('plan-exit'));
    }
  });

  test('keeps a path with one problem area short (at most 15 questions)', () => {
    for (const gate of ['g-money', 'g-demands', 'g-control', 'g-fit']) {
      for (const talked of ['yes', 'no'] as const) {
        const state = run({ [gate]: 'yes', 'd-talked': talked, 'q-late-payment': 'yes', 'q-demands': 'yes', 'q-micromanages': 'yes', 'q-dread': 'yes' });
        expect(state.answers.length).toBeLessThanOrEqual(15);
      }
    }
  });
});

/**
 * Monotonicity, exhaustively: for every path and every sign question answered no on it, turning
 * that answer to yes (every other question keeping its answer; questions the new path asks for the
 * first time taking either answer) never gives a milder outcome. Built on the tree of all runs, so
 * each alternative is one walk down already-computed states.
 */
describe('monotonicity', () => {
  interface Trie {
    question?: string;
    yes?: Trie;
    no?: Trie;
    severity?: number;
  }
  const build = (state: QuizState): Trie => {
    const q = quiz.current(state);
    if (!q) return { severity: sev(quiz.outcome(state)) };
    return { question: q.id, yes: build(quiz.answer(state, 'yes')), no: build(quiz.answer(state, 'no')) };
  };
  const root = build(quiz.start());

  test('turning any sign question from no to yes never lowers the outcome', () => {
    let checks = 0;
    const leaves: { nodes: Trie[]; answers: Map<string, AnswerValue>; severity: number }[] = [];
    const collect = (node: Trie, nodes: Trie[], answers: Map<string, AnswerValue>): void => {
      if (node.severity !== undefined) {
        leaves.push({ nodes, answers, severity: node.severity });
        return;
      }
      for (const v of ['yes', 'no'] as const) collect(node[v]!, [...nodes, node], new Map([...answers, [node.question!, v]]));
    };
    collect(root, [], new Map());
    expect(leaves).toHaveLength(paths.length);

    for (const leaf of leaves) {
      for (const node of leaf.nodes) {
        const q = node.question!;
        if (leaf.answers.get(q) !== 'no' || !isSignQuestion(q)) continue;
        const walk = (n: Trie): void => {
          if (n.severity !== undefined) {
            checks += 1;
            if (n.severity < leaf.severity) {
              throw new Error(`turning ${q} to yes lowers ${SEVERITY[leaf.severity]} to ${SEVERITY[n.severity]}`);
            }
            return;
          }
          const fixed = leaf.answers.get(n.question!);
          if (fixed) walk(n[fixed]!);
          else {
            walk(n.yes!);
            walk(n.no!);
          }
        };
        walk(node.yes!);
      }
    }
    expect(checks).toBeGreaterThan(100_000);
  });

  test('holds for random complete answer sets (fast-check)', () => {
    const ids = Object.keys(tree.nodes).filter((id) => tree.nodes[id].kind === 'question');
    const signIds = ids.filter(isSignQuestion);
    const outcomeOf = (answers: Record<string, AnswerValue>): number => sev(quiz.outcome(run(answers)));
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(ids.map((id) => [id, fc.constantFrom<AnswerValue>('yes', 'no')]))) as fc.Arbitrary<Record<string, AnswerValue>>,
        fc.constantFrom(...signIds),
        (answers, flip) => {
          if (answers[flip] === 'yes') return;
          expect(outcomeOf({ ...answers, [flip]: 'yes' })).toBeGreaterThanOrEqual(outcomeOf(answers));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('reasons()', () => {
  test('lists a red-line yes, then the exit notes, in path order', () => {
    const state = run({ 'q-belittles': 'yes', 'x-owed': 'yes', 'x-stake': 'no', 'x-influential': 'yes' });
    expect(quiz.reasons(state)).toEqual([
      { question: 'q-belittles', answer: 'yes' },
      { question: 'x-owed', answer: 'yes' },
      { question: 'x-influential', answer: 'yes' },
    ]);
  });

  test('lists the raising answer and the missing talk for reset-terms, not the cleared signs', () => {
    const state = run({ 'g-money': 'yes', 'q-underpaid': 'yes', 'd-talked': 'no' });
    expect(quiz.outcome(state)).toBe('reset-terms');
    expect(quiz.reasons(state)).toEqual([
      { question: 'q-underpaid', answer: 'yes' },
      { question: 'd-talked', answer: 'no' },
    ]);
  });

  test('lists every no that cleared a sign when the outcome is keep', () => {
    const state = run({ 'g-fit': 'yes' });
    expect(quiz.reasons(state).map((r) => `${r.question}:${r.answer}`)).toEqual([
      'q-threats:no', 'q-belittles:no', 'q-lies:no', 'q-legal:no', 'g-money:no', 'g-demands:no', 'g-control:no',
      'q-dread:no', 'q-off-brand:no', 'q-friends:no',
    ]);
  });

  test('gives every outcome but keep at least one yes, in path order, linking only to existing guide sections', () => {
    const wrong: string[] = [];
    for (const p of paths) {
      const reasons = quiz.reasons(p);
      const order = reasons.map((r) => p.answers.findIndex((a) => a.question === r.question));
      const label = p.answers.map((a) => `${a.question}:${a.value}`).join(' ');
      if (order.some((o, i) => o < 0 || (i > 0 && o <= order[i - 1]))) wrong.push(`out of path order: ${label}`);
      if (quiz.outcome(p) !== 'keep' && !reasons.some((r) => r.answer === 'yes')) wrong.push(`no yes among the reasons: ${label}`);
      for (const r of reasons) {
        const links = getQuestionLinks(tree, r.question);
        if (links.length === 0) wrong.push(`no link for ${r.question}`);
        for (const l of links) if (!(GUIDE_SECTIONS[l.guide] as readonly string[]).includes(l.section)) wrong.push(`${l.guide}#${l.section}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

describe('getQuestionLinks()', () => {
  test('links each sign to its guide section, in the order of the signs', () => {
    expect(getQuestionLinks(tree, 'q-belittles')).toEqual([
      { guide: 'ten-signs', section: 'mental-abuse' },
      { guide: 'five-signs', section: 'treated-badly' },
    ]);
  });

  test('adds the how-to section of the deliberation factor', () => {
    expect(getQuestionLinks(tree, 'q-underpaid')).toEqual([
      { guide: 'five-signs', section: 'underpaid' },
      { guide: 'how-to-fire-a-client', section: 'low-revenue' },
    ]);
    expect(getQuestionLinks(tree, 'x-owed')).toEqual([{ guide: 'how-to-fire-a-client', section: 'paid-in-full' }]);
  });

  test('throws for an id that is not a question', () => {
    expect(() => getQuestionLinks(tree, 'c-exit')).toThrow('`c-exit` is not a question of this tree.');
  });
});

describe('canExplain()', () => {
  test('holds for every reason of every complete path of the tree, for that path’s outcome', () => {
    const missed = new Set<string>();
    for (const p of paths) {
      const outcome = quiz.outcome(p)!;
      for (const r of quiz.reasons(p)) if (!canExplain(tree, r.question, r.answer, outcome)) missed.add(`${r.question}:${r.answer} on ${outcome}`);
    }
    expect([...missed]).toEqual([]);
  });

  test('rules out what can never be a reason on a page', () => {
    expect(canExplain(tree, 'q-threats', 'no', 'end-now'), 'a cleared sign explains only keep').toBe(false);
    expect(canExplain(tree, 'q-threats', 'no', 'keep')).toBe(true);
    expect(canExplain(tree, 'q-threats', 'yes', 'plan-exit'), 'a red line leads only to end-now').toBe(false);
    expect(canExplain(tree, 'q-threats', 'yes', 'end-now')).toBe(true);
    expect(canExplain(tree, 'q-late-payment', 'yes', 'keep'), 'points never explain keep').toBe(false);
    expect(canExplain(tree, 'q-late-payment', 'yes', 'reset-terms')).toBe(true);
    expect(canExplain(tree, 'x-owed', 'no', 'end-now'), 'an answer that is never a reason').toBe(false);
    expect(canExplain(tree, 'end', 'yes', 'keep'), 'not a question').toBe(false);
  });

  test('follows the thresholds: one point explains keep when reset-terms needs two', () => {
    const lenient = { ...tree, thresholds: { ...tree.thresholds, 'reset-terms': 2 } };
    expect(canExplain(tree, 'q-underpaid', 'yes', 'keep')).toBe(false);
    expect(canExplain(lenient, 'q-underpaid', 'yes', 'keep')).toBe(true);
  });
});

describe('progress()', () => {
  test('counts from question 1 of about 8 (the all-no path)', () => {
    expect(quiz.progress(quiz.start())).toEqual({ position: 1, estimatedTotal: 8 });
  });

  test('raises the estimate when a gate opens its group', () => {
    const opened = quiz.answer(replayTo('g-money'), 'yes');
    expect(quiz.progress(opened)).toEqual({ position: 6, estimatedTotal: 11 });
  });

  test('reports the answered count at the end', () => {
    const done = run({});
    expect(quiz.progress(done)).toEqual({ position: 8, estimatedTotal: 8 });
  });
});

describe('restore()', () => {
  test('rebuilds a stored run', () => {
    const done = run({ 'g-money': 'yes' });
    const restored = quiz.restore(JSON.parse(JSON.stringify(done.answers)));
    expect(restored).toEqual({ ok: true, state: done });
    expect(restored.ok && quiz.outcome(restored.state)).toBe('keep');
  });

  test('rejects answers out of path order', () => {
    expect(quiz.restore([{ question: 'q-lies', value: 'no' }])).toEqual({ ok: false, reason: 'invalid-path' });
  });

  test('rejects answers after the end and values other than yes or no', () => {
    const done = run({});
    expect(quiz.restore([...done.answers, { question: 'q-threats', value: 'no' }])).toEqual({ ok: false, reason: 'invalid-path' });
    expect(quiz.restore([{ question: 'q-threats', value: 'maybe' as AnswerValue }])).toEqual({ ok: false, reason: 'invalid-path' });
    expect(quiz.restore([null as never])).toEqual({ ok: false, reason: 'invalid-path' });
    expect(quiz.restore('q-threats' as never)).toEqual({ ok: false, reason: 'invalid-path' });
  });
});

describe('replay()', () => {
  test('answers from the start', () => {
    const replayed = quiz.replay(['no', 'no', 'yes']);
    expect(replayed.ok && replayed.state.answers.map((a) => a.question)).toEqual(['q-threats', 'q-belittles', 'q-lies']);
  });

  test('fails when the run ends before the values do', () => {
    expect(quiz.replay(Array<AnswerValue>(9).fill('no'))).toEqual({ ok: false, reason: 'invalid-path' });
  });

  test('fails on a value other than yes or no', () => {
    expect(quiz.replay(['no', 'perhaps' as AnswerValue])).toEqual({ ok: false, reason: 'invalid-path' });
  });
});

describe('createQuizEngine()', () => {
  test('throws on a state that does not follow the tree', () => {
    expect(() => quiz.outcome({ answers: [{ question: 'q-lies', value: 'yes' }] })).toThrow(/does not follow the tree at answer 1/);
  });

  test('does not change the tree', () => {
    const frozen = deepFreeze(structuredClone(tree));
    const engine: QuizEngine = createQuizEngine(frozen);
    expect(listCompletePaths(engine)).toHaveLength(paths.length);
  });
});
