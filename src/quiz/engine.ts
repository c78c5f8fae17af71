/**
 * The quiz engine: plain functions over an immutable state (the answers given along the path).
 * No DOM, Preact or Astro here, so it runs in the island, the pages and the tests alike.
 *
 * How an outcome follows from the answers is in `scoring.ts` (points, floors, thresholds). A
 * red-line yes has the floor `end-now`; a no never raises anything, so all no gives `keep`;
 * points are never negative and a yes only opens questions (gates), so turning a sign
 * question's answer from no to yes never lowers the outcome, and "not sure" lies between the
 * two. Check nodes ask the deliberation questions only once the outcome so far makes them matter.
 */
import type { SignId } from '../guides/sections.ts';
import { classifyScore, getAnswerOptions, isShownAsReason, raisesOutcome, seriousnessOf } from './scoring.ts';
import {
  ANSWER_VALUES,
  severityOf,
  type Answer,
  type AnswerValue,
  type Branch,
  type FactorId,
  type Outcome,
  type QuestionNode,
  type QuizState,
  type QuizTree,
  type Reason,
} from './types.ts';

/** The question to answer now, as the island renders it. */
export interface QuestionView {
  readonly id: string;
  readonly signs: readonly SignId[];
  readonly gate: boolean;
  readonly factor?: FactorId;
  /** The answers it offers: yes and no, and not sure where a visitor may honestly not know. */
  readonly answers: readonly AnswerValue[];
}

/** Where a run stands: the 1-based number of the current question and an honest estimate of the total. */
export interface Progress {
  readonly position: number;
  /** Questions on the path if every remaining answer is no: grows when a yes opens a group. */
  readonly estimatedTotal: number;
}

/** What decides how a run goes on: the node reached (a question or an end), the score and the floor. */
export interface Position {
  readonly at: string;
  readonly points: number;
  readonly floor: Outcome;
}

/** The result of rebuilding a state from stored or decoded answers. */
export type RestoreResult = { readonly ok: true; readonly state: QuizState } | { readonly ok: false; readonly reason: 'invalid-path' };

/** The engine for one tree; every function is pure and never mutates its arguments. */
export interface QuizEngine {
  readonly tree: QuizTree;
  /** The empty run. */
  start(): QuizState;
  /** The question to answer now, or undefined once the run is complete. */
  current(state: QuizState): QuestionView | undefined;
  /** Answers the current question; a complete run is returned unchanged. */
  answer(state: QuizState, value: AnswerValue): QuizState;
  /** Takes back the last answer; the empty run is returned unchanged. */
  back(state: QuizState): QuizState;
  /** Goes back to a question on the path (for "change" links): drops its answer and every later one. */
  rewind(state: QuizState, questionId: string): QuizState;
  /** Tells whether the run has reached an end. */
  isComplete(state: QuizState): boolean;
  /** The outcome of a complete run; undefined while questions remain. */
  outcome(state: QuizState): Outcome | undefined;
  /** The outcome the answers given so far lead to (used by check nodes; `keep` for the empty run). */
  outcomeSoFar(state: QuizState): Outcome;
  /** The answers that explain the outcome, in path order (their guide sections: `getQuestionLinks`); not-sure answers are not among them. */
  reasons(state: QuizState): readonly Reason[];
  /** The questions answered "not sure", in path order. */
  unsure(state: QuizState): readonly Reason[];
  /** Up to three reasons that raised the outcome, most serious first: what to say when ending it. */
  talkingPoints(state: QuizState): readonly Reason[];
  /**
   * Answers the current question and then, as long as the question reached has an answer in
   * `kept` (a run being changed), gives that answer again; stops at the first question without
   * one, or at the end.
   */
  answerKeeping(state: QuizState, value: AnswerValue, kept: ReadonlyMap<string, AnswerValue>): QuizState;
  /** The current position and the estimated length of the path. */
  progress(state: QuizState): Progress;
  /**
   * Where a run stands and what it carries: the node reached, the score and the floor so far.
   * Two runs at the same position continue alike, whatever led there (`run-graph.ts` uses this
   * to check every run of the tree without listing millions of paths).
   */
  position(state: QuizState): Position;
  /** Rebuilds a state from answers with question ids (stored progress); each must be the question then current. */
  restore(answers: readonly Answer[]): RestoreResult;
  /** Rebuilds a state by answering from the start with these values (a share token); fails if the run ends first. */
  replay(values: readonly AnswerValue[]): RestoreResult;
}

interface Walk {
  /** The node reached: a question waiting for its answer, or an end. */
  readonly at: string;
  readonly points: number;
  readonly floor: Outcome;
  /** Index of the first answer that does not fit the path, if any. */
  readonly mismatch?: number;
}

/** Creates the engine for a validated tree. Pure: the tree is only read. */
export function createQuizEngine(tree: QuizTree): QuizEngine {
  const question = (id: string): QuestionNode => {
    const node = tree.nodes[id];
    if (node?.kind !== 'question') throw new Error(`Quiz state names \`${id}\`, which is not a question of this tree.`);
    return node;
  };

  const isEnd = (id: string): boolean => tree.nodes[id]?.kind === 'end';

  const classify = (points: number, floor: Outcome): Outcome => classifyScore(tree.thresholds, points, floor);
  const branchOf = (id: string, value: AnswerValue): Branch | undefined => question(id)[value];

  /** Leaves check nodes: returns the first question or end reached from `at`. */
  const settle = (at: string, points: number, floor: Outcome): string => {
    for (;;) {
      const node = tree.nodes[at];
      if (node === undefined) throw new Error(`Quiz tree has no node \`${at}\`; validate the tree first.`);
      if (node.kind !== 'check') return at;
      const so = severityOf(classify(points, floor));
      const { atLeast, below } = node.when;
      const hit = (atLeast === undefined || so >= severityOf(atLeast)) && (below === undefined || so < severityOf(below));
      at = hit ? node.then : node.else;
    }
  };

  /** Applies one answer at the question `w.at`. */
  const step = (w: Walk, value: AnswerValue): Walk => {
    const branch = branchOf(w.at, value);
    if (!branch) throw new Error(`Question \`${w.at}\` does not offer the answer \`${value}\`.`);
    const points = w.points + (branch.points ?? 0);
    const floor = branch.floor !== undefined && severityOf(branch.floor) > severityOf(w.floor) ? branch.floor : w.floor;
    return { at: settle(branch.next, points, floor), points, floor };
  };

  /** Follows the answers from the start; stops at the first question without an answer, or at an end. */
  const walk = (answers: readonly Answer[]): Walk => {
    let w: Walk = { at: settle(tree.start, 0, 'keep'), points: 0, floor: 'keep' };
    for (let i = 0; i < answers.length; i++) {
      const given = answers[i];
      if (isEnd(w.at) || given.question !== w.at || !branchOf(w.at, given.value)) return { ...w, mismatch: i };
      w = step(w, given.value);
    }
    return w;
  };

  // The walks of recently made states, so answering is one step rather than a replay. A small
  // bounded cache: a WeakMap holding millions of states (path enumeration) is slow to collect.
  const walks = new Map<QuizState, Walk>();
  const remember = (state: QuizState, w: Walk): QuizState => {
    walks.set(state, w);
    if (walks.size > 256) walks.delete(walks.keys().next().value!);
    return state;
  };
  const walkValid = (state: QuizState): Walk => {
    const known = walks.get(state);
    if (known) return known;
    const w = walk(state.answers);
    if (w.mismatch !== undefined) {
      throw new Error(`Quiz state does not follow the tree at answer ${w.mismatch + 1}; rebuild it with restore().`);
    }
    remember(state, w);
    return w;
  };

  const views = new Map<string, QuestionView>(
    Object.entries(tree.nodes).flatMap(([id, node]): [string, QuestionView][] =>
      node.kind === 'question'
        ? [[id, { id, signs: node.signs, gate: node.gate === true, answers: getAnswerOptions(node), ...(node.factor ? { factor: node.factor } : {}) }]]
        : [],
    ),
  );

  const engine: QuizEngine = {
    tree,
    start: () => ({ answers: [] }),
    current(state) {
      const { at } = walkValid(state);
      return isEnd(at) ? undefined : views.get(at);
    },
    answer(state, value) {
      const w = walkValid(state);
      if (isEnd(w.at)) return state;
      return remember({ answers: [...state.answers, { question: w.at, value }] }, step(w, value));
    },
    answerKeeping(state, value, kept) {
      let next = engine.answer(state, value);
      for (let q = engine.current(next); q !== undefined; q = engine.current(next)) {
        const again = kept.get(q.id);
        if (again === undefined || !q.answers.includes(again)) break;
        next = engine.answer(next, again);
      }
      return next;
    },
    back(state) {
      return state.answers.length === 0 ? state : { answers: state.answers.slice(0, -1) };
    },
    rewind(state, questionId) {
      const i = state.answers.findIndex((a) => a.question === questionId);
      return i < 0 ? state : { answers: state.answers.slice(0, i) };
    },
    isComplete: (state) => isEnd(walkValid(state).at),
    outcome(state) {
      const w = walkValid(state);
      return isEnd(w.at) ? classify(w.points, w.floor) : undefined;
    },
    outcomeSoFar(state) {
      const w = walkValid(state);
      return classify(w.points, w.floor);
    },
    reasons(state) {
      const result = engine.outcomeSoFar(state);
      return state.answers.flatMap((a): Reason[] =>
        isShownAsReason(a.value, branchOf(a.question, a.value)!, result) ? [{ question: a.question, answer: a.value }] : [],
      );
    },
    unsure(state) {
      return state.answers.filter((a) => a.value === 'unsure').map((a) => ({ question: a.question, answer: a.value }));
    },
    talkingPoints(state) {
      const serious = engine.reasons(state).filter((r) => raisesOutcome(branchOf(r.question, r.answer)!));
      // A stable sort keeps path order among answers of the same weight.
      return serious.sort((a, b) => seriousnessOf(branchOf(b.question, b.answer)!) - seriousnessOf(branchOf(a.question, a.answer)!)).slice(0, 3);
    },
    progress(state) {
      const w = walkValid(state);
      if (isEnd(w.at)) return { position: state.answers.length, estimatedTotal: state.answers.length };
      let remaining = 0;
      for (let next = w; !isEnd(next.at); next = step(next, 'no')) remaining += 1;
      return { position: state.answers.length + 1, estimatedTotal: state.answers.length + remaining };
    },
    position(state) {
      const { at, points, floor } = walkValid(state);
      return { at, points, floor };
    },
    restore(answers) {
      const wellFormed =
        Array.isArray(answers) && answers.every((a) => typeof a?.question === 'string' && (ANSWER_VALUES as readonly unknown[]).includes(a.value));
      if (!wellFormed) return { ok: false, reason: 'invalid-path' };
      const w = walk(answers);
      if (w.mismatch !== undefined) return { ok: false, reason: 'invalid-path' };
      return { ok: true, state: { answers: answers.map((a) => ({ question: a.question, value: a.value })) } };
    },
    replay(values) {
      let state = engine.start();
      for (const value of values) {
        const q = engine.current(state);
        if (q === undefined || !q.answers.includes(value)) return { ok: false, reason: 'invalid-path' };
        state = engine.answer(state, value);
      }
      return { ok: true, state };
    },
  };
  return engine;
}
