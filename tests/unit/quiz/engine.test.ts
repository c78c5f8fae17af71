import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { paths, quiz, runs, tree } from '../../support/quiz-tree.ts';
import { createQuizEngine, type QuizEngine } from '../../../src/quiz/engine.ts';
import { getQuestionLinks } from '../../../src/quiz/question-links.ts';
import { stepApplies } from '../../../src/quiz/steps.ts';
import { countRuns, exploreRuns, findLowerRun, getAnswersByOutcome, getReachableOutcomes, getRunLengths } from '../../../src/quiz/run-graph.ts';
import { GUIDE_SECTIONS } from '../../../src/guides/sections.ts';
import type { AnswerValue, Outcome, QuizState } from '../../../src/quiz/types.ts';

// Written out from the SPEC rather than imported, so a wrong constant in the code cannot pass.
const SEVERITY: Outcome[] = ['keep', 'reset-terms', 'plan-exit', 'end-now'];
const RED_LINES = ['physical-abuse', 'mental-abuse', 'lies', 'legal-risk', 'treated-badly'];
const SPEC_SIGNS = [
  'physical-abuse',
  'mental-abuse',
  'lies',
  'unreasonable-demands',
  'slow-payer',
  'invoice-disputes',
  'changes-mind',
  'ignores-advice',
  'plays-competitors',
  'legal-risk',
  'dread-calls',
  'questions-every-charge',
  'constant-emergencies',
  'no-follow-through',
  'micromanages',
  'wont-delegate',
  'money-troubles',
  'off-brand-work',
  'over-accommodating',
  'underpaid',
  'treated-badly',
  'friends-family',
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
    expect(quiz.current(state)).toEqual({ id: 'q-threats', signs: ['physical-abuse'], gate: false, answers: ['yes', 'no'] });
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
      answers: ['yes', 'no'],
    });
  });

  test('offers "not sure" where a visitor may honestly not know, and only there', () => {
    const offering = Object.keys(tree.nodes).filter((id) => {
      const node = tree.nodes[id];
      return node.kind === 'question' && node.unsure !== undefined;
    });
    expect(offering.sort()).toEqual(['q-competitors', 'q-legal', 'q-lies', 'q-money-troubles', 'x-influential', 'x-owed']);
    expect(quiz.current(replayTo('q-lies'))?.answers).toEqual(['yes', 'no', 'unsure']);
  });

  test('names the deliberation factor a question asks about', () => {
    const state = run({ 'g-money': 'yes', 'q-underpaid': 'yes' }, 'no');
    const talk = quiz.rewind(state, 'd-talked');
    expect(quiz.current(talk)).toEqual({ id: 'd-talked', signs: [], gate: false, factor: 'talked-honestly', answers: ['yes', 'no'] });
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
    expect(back.answers).toEqual(
      done.answers.slice(
        0,
        done.answers.findIndex((a) => a.question === 'q-late-payment'),
      ),
    );
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
    expect(quiz.outcome(run({ 'g-control': 'yes', 'q-micromanages': 'yes', 'd-talked': 'yes', 'd-persists': 'yes' }))).toBe('plan-exit');
  });

  test('asks whether the problems persist only after an honest talk, and keeps reset-terms when the talk helped', () => {
    const helped = run({ 'g-control': 'yes', 'q-micromanages': 'yes', 'd-talked': 'yes', 'd-persists': 'no' });
    expect(asked(helped)).toContain('d-persists');
    expect(quiz.outcome(helped)).toBe('reset-terms');
    expect(asked(run({ 'g-control': 'yes', 'q-micromanages': 'yes', 'd-talked': 'no' }))).not.toContain('d-persists');
  });

  test('puts "not sure" between no and yes: a doubted lie gives reset-terms, not end-now', () => {
    const doubted = run({ 'q-lies': 'unsure', 'd-talked': 'no' });
    expect(quiz.outcome(doubted)).toBe('reset-terms');
    expect(quiz.outcome(run({ 'q-lies': 'yes' }))).toBe('end-now');
    expect(quiz.outcome(run({ 'q-lies': 'no' }))).toBe('keep');
  });

  test('returns plan-exit for several serious signs without asking about a talk', () => {
    const state = run({ 'g-money': 'yes', 'q-late-payment': 'yes', 'q-haggles': 'yes' });
    expect(quiz.outcome(state)).toBe('plan-exit');
    expect(asked(state)).not.toContain('d-talked');
    expect(asked(state).slice(-3)).toEqual(['x-owed', 'x-stake', 'x-influential']);
  });

  test('returns plan-exit when the client is a friend or relative', () => {
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

/**
 * Every run of the tree, exhaustively: on the graph of positions (run-graph.ts), which folds the
 * millions of answer paths into a few hundred positions, each reached by a real run of the engine.
 */
describe('every run of the tree', () => {
  const nodes = [...runs.nodes.values()];
  const ends = nodes.filter((n) => n.question === undefined);
  const outcomesFrom = getReachableOutcomes(runs);
  test('is finite and counted: millions of answer paths through a few hundred positions', () => {
    expect(countRuns(runs)).toBeGreaterThan(1_000_000);
    expect(runs.nodes.size).toBeLessThan(2_000);
  });

  test('ends with an outcome within the bound of questions', () => {
    const { min, max } = getRunLengths(runs);
    expect(max).toBeLessThanOrEqual(tree.maxQuestions);
    expect(max).toBe(27);
    expect(min).toBe(4);
    for (const end of ends) expect(quiz.outcome(end.state)).toBe(end.outcome);
  });

  test('returns end-now whenever a red-line question is yes', () => {
    let seen = 0;
    for (const node of nodes) {
      if (node.question === undefined || !signsOf(node.question).some((s) => RED_LINES.includes(s)) || isGate(node.question)) continue;
      seen += 1;
      expect([...outcomesFrom(node.next.yes!)]).toEqual(['end-now']);
    }
    expect(seen).toBeGreaterThan(0);
  });

  test('returns end-now only for a red-line yes', () => {
    for (const end of ends.filter((e) => e.outcome === 'end-now')) {
      expect(end.state.answers.some((a) => a.value === 'yes' && signsOf(a.question).some((s) => RED_LINES.includes(s)))).toBe(true);
    }
  });

  test('returns keep when every answer is no, and whenever no sign question is answered yes or not sure', () => {
    const allNo = run({}, 'no');
    expect(quiz.outcome(allNo)).toBe('keep');
    // Positions reached by no and gate answers only: the score is 0 and the floor keep, so the
    // talk and exit questions never come and every run from there that stays no ends in keep.
    const keepOnly = (key: string): boolean => {
      const node = runs.nodes.get(key)!;
      if (node.question === undefined) return node.outcome === 'keep';
      const onlyNo = isSignQuestion(node.question) && !isGate(node.question) ? ['no'] : Object.keys(node.next);
      return onlyNo.every((v) => keepOnly(node.next[v as AnswerValue]!));
    };
    expect(keepOnly(runs.start)).toBe(true);
  });

  test('asks every question on some run, and every sign of the three sign guides', () => {
    const questions = new Set(nodes.flatMap((n) => (n.question ? [n.question] : [])));
    const treeQuestions = Object.entries(tree.nodes)
      .filter(([, n]) => n.kind === 'question')
      .map(([id]) => id);
    expect([...questions].sort()).toEqual(treeQuestions.sort());
    const covered = new Set([...questions].filter((q) => !isGate(q)).flatMap(signsOf));
    expect([...covered].sort()).toEqual([...SPEC_SIGNS].sort());
  });

  test('asks about the honest talk only once a problem exists, and the exit questions exactly when ending is the outcome', () => {
    for (const node of nodes) {
      if (node.question === 'd-talked') expect(node.outcome).toBe('reset-terms');
      if (node.question === 'x-owed') expect(sev(node.outcome)).toBeGreaterThanOrEqual(sev('plan-exit'));
    }
    for (const end of ends) expect(asked(end.state).includes('x-owed')).toBe(sev(end.outcome) >= sev('plan-exit'));
  });

  test('keeps a path with one fixable problem area short (at most 15 questions)', () => {
    for (const gate of ['g-money', 'g-demands', 'g-control', 'g-fit']) {
      const talks: Record<string, AnswerValue>[] = [{ 'd-talked': 'no' }, { 'd-talked': 'yes', 'd-persists': 'no' }];
      for (const talk of talks) {
        const state = run({ [gate]: 'yes', ...talk, 'q-late-payment': 'yes', 'q-demands': 'yes', 'q-micromanages': 'yes', 'q-dread': 'yes' });
        expect(quiz.outcome(state)).toBe('reset-terms');
        expect(state.answers.length).toBeLessThanOrEqual(15);
      }
    }
  });
});

/**
 * Monotonicity, exhaustively: at every position where a sign question is asked, answering yes
 * instead of no (or not sure) never gives a milder outcome for any way of answering the rest, the
 * questions both runs ask getting the same answers; and not sure lies between no and yes.
 */
describe('monotonicity', () => {
  const order = (() => {
    const out: string[] = [];
    const seen = new Set<string>();
    const visit = (id: string): void => {
      if (seen.has(id)) return;
      seen.add(id);
      const node = tree.nodes[id];
      const nexts =
        node.kind === 'question'
          ? [node.yes.next, node.no.next, ...(node.unsure ? [node.unsure.next] : [])]
          : node.kind === 'check'
            ? [node.then, node.else]
            : [];
      nexts.forEach(visit);
      out.unshift(id);
    };
    visit(tree.start);
    return out;
  })();

  test('turning any sign question from no to yes, or through not sure, never lowers the outcome', () => {
    let checks = 0;
    for (const node of runs.nodes.values()) {
      if (node.question === undefined || !isSignQuestion(node.question)) continue;
      const { yes, no, unsure } = node.next;
      const pairs: [string, string, string][] = [['no→yes', no!, yes!]];
      if (unsure) pairs.push(['no→not sure', no!, unsure], ['not sure→yes', unsure, yes!]);
      for (const [label, low, high] of pairs) {
        checks += 1;
        expect(findLowerRun(runs, order, low, high), `${node.question} ${label}`).toBeUndefined();
      }
    }
    expect(checks).toBeGreaterThan(200);
  });

  test('finds a counterexample when one exists (the check can fail)', () => {
    // A tree where a yes skips a question whose yes is worth more: yes can end milder than no.
    const broken = structuredClone(tree) as { -readonly [K in keyof typeof tree]: (typeof tree)[K] };
    const nodesCopy = broken.nodes as Record<string, unknown>;
    nodesCopy['q-late-payment'] = { ...(tree.nodes['q-late-payment'] as object), yes: { next: 'g-demands', points: 1 } };
    const engine = createQuizEngine(broken as typeof tree);
    const graph = exploreRuns(engine);
    const at = [...graph.nodes.values()].find((n) => n.question === 'q-late-payment')!;
    expect(findLowerRun(graph, order, at.next.no!, at.next.yes!)).toBeDefined();
  });

  test('holds for random complete answer sets (fast-check)', () => {
    const ids = Object.keys(tree.nodes).filter((id) => tree.nodes[id].kind === 'question');
    const signIds = ids.filter(isSignQuestion);
    const outcomeOf = (answers: Record<string, AnswerValue>): number => sev(quiz.outcome(runOffered(answers)));
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(ids.map((id) => [id, fc.constantFrom<AnswerValue>('yes', 'no', 'unsure')]))) as fc.Arbitrary<Record<string, AnswerValue>>,
        fc.constantFrom(...signIds),
        (answers, flip) => {
          const no = outcomeOf({ ...answers, [flip]: 'no' });
          const unsure = outcomeOf({ ...answers, [flip]: 'unsure' });
          const yes = outcomeOf({ ...answers, [flip]: 'yes' });
          expect(no).toBeLessThanOrEqual(unsure);
          expect(unsure).toBeLessThanOrEqual(yes);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

/** Like run(), but a question that does not offer the listed answer gets no. */
function runOffered(answers: Record<string, AnswerValue>): QuizState {
  let state = quiz.start();
  for (let q = quiz.current(state); q; q = quiz.current(state)) {
    const wanted = answers[q.id] ?? 'no';
    state = quiz.answer(state, q.answers.includes(wanted) ? wanted : 'no');
  }
  return state;
}

describe('answerKeeping()', () => {
  test('changes one answer and gives the kept answers again, straight to a result', () => {
    const before = run({ 'g-money': 'yes', 'q-late-payment': 'yes', 'q-haggles': 'yes', 'x-owed': 'yes' });
    expect(quiz.outcome(before)).toBe('plan-exit');
    const kept = new Map(before.answers.map((a) => [a.question, a.value]));
    const at = quiz.rewind(before, 'q-haggles');
    const after = quiz.answerKeeping(at, 'no', kept);
    expect(quiz.isComplete(after)).toBe(false);
    // Two points now: reset-terms, so the talk question comes, which the first run never asked.
    expect(quiz.current(after)?.id).toBe('d-talked');
    expect(after.answers.find((a) => a.question === 'q-late-payment')?.value).toBe('yes');
  });

  test('finishes the run when every later question has a kept answer', () => {
    const before = run({ 'g-money': 'yes', 'q-late-payment': 'yes', 'q-haggles': 'yes' });
    const kept = new Map(before.answers.map((a) => [a.question, a.value]));
    const after = quiz.answerKeeping(quiz.rewind(before, 'q-late-payment'), 'yes', kept);
    expect(after).toEqual(before);
  });
});

describe('talkingPoints()', () => {
  test('gives up to three reasons that raised the outcome, most serious first', () => {
    const state = run({
      'q-lies': 'no',
      'g-money': 'yes',
      'q-underpaid': 'yes',
      'q-haggles': 'yes',
      'g-demands': 'yes',
      'q-bending': 'yes',
      'q-demands': 'yes',
      'g-fit': 'yes',
      'q-friends': 'yes',
      'x-owed': 'yes',
    });
    expect(quiz.outcome(state)).toBe('plan-exit');
    expect(quiz.talkingPoints(state).map((r) => r.question)).toEqual(['q-friends', 'q-haggles', 'q-demands']);
  });

  test('leaves out exit notes and not-sure answers', () => {
    const state = run({ 'q-lies': 'unsure', 'q-legal': 'yes', 'x-owed': 'yes' });
    expect(quiz.talkingPoints(state)).toEqual([{ question: 'q-legal', answer: 'yes' }]);
  });
});

describe('unsure()', () => {
  test('lists the not-sure answers in path order, apart from the reasons', () => {
    const state = run({ 'q-lies': 'unsure', 'q-legal': 'unsure', 'd-talked': 'no' });
    expect(quiz.unsure(state)).toEqual([
      { question: 'q-lies', answer: 'unsure' },
      { question: 'q-legal', answer: 'unsure' },
    ]);
    expect(quiz.reasons(state).map((r) => r.answer)).not.toContain('unsure');
  });
});

describe('stepApplies()', () => {
  test('applies a step with no condition, and a conditional one only for the listed answers', () => {
    const owes = run({ 'q-threats': 'yes', 'x-owed': 'yes' });
    const paid = run({ 'q-threats': 'yes', 'x-owed': 'no' });
    const unsureOwed = run({ 'q-threats': 'yes', 'x-owed': 'unsure' });
    const step = { onlyIf: { question: 'x-owed', answers: ['yes', 'unsure'] as AnswerValue[] } };
    expect(stepApplies(owes, step)).toBe(true);
    expect(stepApplies(unsureOwed, step)).toBe(true);
    expect(stepApplies(paid, step)).toBe(false);
    expect(stepApplies(paid, {})).toBe(true);
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
      'q-threats:no',
      'q-belittles:no',
      'q-lies:no',
      'q-legal:no',
      'g-money:no',
      'g-demands:no',
      'g-control:no',
      'q-dread:no',
      'q-off-brand:no',
      'q-friends:no',
    ]);
  });

  test('gives every outcome but keep at least one yes, in path order, linking only to existing guide sections', () => {
    const wrong: string[] = [];
    for (const p of paths) {
      const reasons = quiz.reasons(p);
      const order = reasons.map((r) => p.answers.findIndex((a) => a.question === r.question));
      const label = p.answers.map((a) => `${a.question}:${a.value}`).join(' ');
      if (order.some((o, i) => o < 0 || (i > 0 && o <= order[i - 1]))) wrong.push(`out of path order: ${label}`);
      const raisedBy = [...reasons, ...quiz.unsure(p)].some((r) => r.answer === 'yes' || r.answer === 'unsure');
      if (quiz.outcome(p) !== 'keep' && !raisedBy) wrong.push(`no yes or not sure behind the outcome: ${label}`);
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

describe('getAnswersByOutcome()', () => {
  const byOutcome = getAnswersByOutcome(runs);

  test('holds every reason and every not-sure answer of every end of the tree, and of the sampled runs', () => {
    const missed = new Set<string>();
    const check = (state: QuizState, outcome: Outcome) => {
      for (const r of [...quiz.reasons(state), ...quiz.unsure(state)]) {
        if (!byOutcome.get(outcome)?.has(`${r.question}:${r.answer}`)) missed.add(`${r.question}:${r.answer} on ${outcome}`);
      }
    };
    for (const end of [...runs.nodes.values()].filter((n) => n.question === undefined)) check(end.state, end.outcome);
    for (const p of paths) check(p, quiz.outcome(p)!);
    expect([...missed]).toEqual([]);
  });

  test('is exact: an answer only on the pages whose outcome some run through it reaches', () => {
    const endNow = byOutcome.get('end-now')!;
    expect(endNow.has('q-threats:yes')).toBe(true);
    // A red line comes before the money questions and ends the run: they never meet end-now.
    expect(endNow.has('q-late-payment:yes')).toBe(false);
    expect(byOutcome.get('keep')!.has('q-threats:yes')).toBe(false);
    expect(byOutcome.get('keep')!.has('q-lies:unsure'), 'not sure adds a point').toBe(false);
    expect(byOutcome.get('reset-terms')!.has('q-lies:unsure')).toBe(true);
  });
});

describe('progress()', () => {
  test('counts from question 1 of about 8 (the all-no path)', () => {
    expect(quiz.progress(quiz.start())).toEqual({ position: 1, estimatedTotal: 8 });
  });

  test('raises the estimate when a gate opens its group', () => {
    const opened = quiz.answer(replayTo('g-money'), 'yes');
    expect(quiz.progress(opened)).toEqual({ position: 6, estimatedTotal: 13 });
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

  test('rejects answers after the end, unknown values, and not sure where it is not offered', () => {
    const done = run({});
    expect(quiz.restore([...done.answers, { question: 'q-threats', value: 'no' }])).toEqual({ ok: false, reason: 'invalid-path' });
    expect(quiz.restore([{ question: 'q-threats', value: 'maybe' as AnswerValue }])).toEqual({ ok: false, reason: 'invalid-path' });
    expect(quiz.restore([null as never])).toEqual({ ok: false, reason: 'invalid-path' });
    expect(quiz.restore('q-threats' as never)).toEqual({ ok: false, reason: 'invalid-path' });
    expect(quiz.restore([{ question: 'q-threats', value: 'unsure' }])).toEqual({ ok: false, reason: 'invalid-path' });
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

  test('fails on a value the question does not offer', () => {
    expect(quiz.replay(['no', 'perhaps' as AnswerValue])).toEqual({ ok: false, reason: 'invalid-path' });
    expect(quiz.replay(['unsure'])).toEqual({ ok: false, reason: 'invalid-path' });
    expect(quiz.replay(['no', 'no', 'unsure']).ok).toBe(true);
  });
});

describe('createQuizEngine()', () => {
  test('throws on a state that does not follow the tree', () => {
    expect(() => quiz.outcome({ answers: [{ question: 'q-lies', value: 'yes' }] })).toThrow(/does not follow the tree at answer 1/);
  });

  test('does not change the tree', () => {
    const frozen = deepFreeze(structuredClone(tree));
    const engine: QuizEngine = createQuizEngine(frozen);
    expect(countRuns(exploreRuns(engine))).toBe(countRuns(runs));
  });
});
