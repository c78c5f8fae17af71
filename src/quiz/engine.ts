/**
 * The quiz engine: plain functions over an immutable state (the answers given along the path).
 * No DOM, Preact or Astro here, so it runs in the island, the pages and the tests alike.
 *
 * How an outcome follows from the answers (the data lives in `content/quiz/tree.json`):
 * - every answer may carry `points` and a `floor` (the least outcome it allows);
 * - the score is the sum of the points on the path; the `thresholds` turn it into an outcome
 *   (`keep` below the first threshold);
 * - the outcome is the more severe of that and the highest floor on the path.
 * A red-line yes has the floor `end-now`; a no never raises anything, so all no gives `keep`;
 * points are never negative and a yes only opens questions (gates), so turning a sign
 * question's answer from no to yes never lowers the outcome. Check nodes ask the deliberation
 * questions only once the outcome so far makes them matter.
 */
import { findGuideOfSection, type SignId } from '../guides/sections.ts';
import {
  HOW_TO_GUIDE,
  OUTCOMES,
  severityOf,
  type Answer,
  type AnswerValue,
  type Branch,
  type FactorId,
  type GuideLink,
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
}

/** Where a run stands: the 1-based number of the current question and an honest estimate of the total. */
export interface Progress {
  readonly position: number;
  /** Questions on the path if every remaining answer is no: grows when a yes opens a group. */
  readonly estimatedTotal: number;
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
  /** The answers that explain the outcome, in path order (their guide sections: `getQuestionLinks`). */
  reasons(state: QuizState): readonly Reason[];
  /** The current position and the estimated length of the path. */
  progress(state: QuizState): Progress;
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

/** The outcome of a score and a floor under the tree's thresholds (pure): the more severe of the two. */
function classifyScore(tree: QuizTree, points: number, floor: Outcome): Outcome {
  let byScore: Outcome = 'keep';
  for (const o of OUTCOMES) {
    const t = o === 'keep' ? undefined : tree.thresholds[o];
    if (t !== undefined && points >= t) byScore = o;
  }
  return severityOf(floor) > severityOf(byScore) ? floor : byScore;
}

/**
 * Tells whether an answer on the path is listed among the reasons of a run whose outcome is
 * `outcome` (pure): every answer that adds points or a floor, every `reason: always`, and the
 * `reason: when-keep` answers when the outcome is keep.
 */
function isShownAsReason(branch: Branch, outcome: Outcome): boolean {
  const raises = (branch.points ?? 0) > 0 || (branch.floor !== undefined && branch.floor !== 'keep');
  return raises || branch.reason === 'always' || (branch.reason === 'when-keep' && outcome === 'keep');
}

/**
 * Tells whether an answer can be a reason on the page of `outcome` (pure): it must be shown
 * for that outcome, and that outcome must be at least what the answer's own points and floor
 * already lead to. A necessary condition, never too strict, so outcome pages can leave out
 * what could never appear on them.
 */
export function canExplain(tree: QuizTree, questionId: string, value: AnswerValue, outcome: Outcome): boolean {
  const node = tree.nodes[questionId];
  if (node?.kind !== 'question') return false;
  const branch = node[value];
  const least = classifyScore(tree, branch.points ?? 0, branch.floor ?? 'keep');
  return isShownAsReason(branch, outcome) && severityOf(outcome) >= severityOf(least);
}

/**
 * The guide sections a question is about, which its reasons link to (pure): the section of each
 * sign it covers, then the how-to section of its deliberation factor, each once. Kept out of the
 * engine so the browser bundles, which take these links from the rendered page, leave out the
 * table of guide sections.
 */
export function getQuestionLinks(tree: QuizTree, questionId: string): GuideLink[] {
  const node = tree.nodes[questionId];
  if (node?.kind !== 'question') throw new Error(`\`${questionId}\` is not a question of this tree.`);
  const links: GuideLink[] = [];
  for (const sign of node.signs) {
    const guide = findGuideOfSection(sign);
    if (guide) links.push({ guide, section: sign });
  }
  if (node.factor !== undefined) links.push({ guide: HOW_TO_GUIDE, section: tree.factors[node.factor] });
  return links.filter((l, i) => links.findIndex((m) => m.guide === l.guide && m.section === l.section) === i);
}

/** Creates the engine for a validated tree. Pure: the tree is only read. */
export function createQuizEngine(tree: QuizTree): QuizEngine {
  const question = (id: string): QuestionNode => {
    const node = tree.nodes[id];
    if (node?.kind !== 'question') throw new Error(`Quiz state names \`${id}\`, which is not a question of this tree.`);
    return node;
  };

  const isEnd = (id: string): boolean => tree.nodes[id]?.kind === 'end';

  const classify = (points: number, floor: Outcome): Outcome => classifyScore(tree, points, floor);

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
    const branch: Branch = question(w.at)[value];
    const points = w.points + (branch.points ?? 0);
    const floor = branch.floor !== undefined && severityOf(branch.floor) > severityOf(w.floor) ? branch.floor : w.floor;
    return { at: settle(branch.next, points, floor), points, floor };
  };

  /** Follows the answers from the start; stops at the first question without an answer, or at an end. */
  const walk = (answers: readonly Answer[]): Walk => {
    let w: Walk = { at: settle(tree.start, 0, 'keep'), points: 0, floor: 'keep' };
    for (let i = 0; i < answers.length; i++) {
      const given = answers[i];
      if (isEnd(w.at) || given.question !== w.at) return { ...w, mismatch: i };
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
      node.kind === 'question' ? [[id, { id, signs: node.signs, gate: node.gate === true, ...(node.factor ? { factor: node.factor } : {}) }]] : [],
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
      return state.answers.flatMap((a): Reason[] => {
        const node = question(a.question);
        const branch = node[a.value];
        return isShownAsReason(branch, result) ? [{ question: a.question, answer: a.value }] : [];
      });
    },
    progress(state) {
      const w = walkValid(state);
      if (isEnd(w.at)) return { position: state.answers.length, estimatedTotal: state.answers.length };
      let remaining = 0;
      for (let next = w; !isEnd(next.at); next = step(next, 'no')) remaining += 1;
      return { position: state.answers.length + 1, estimatedTotal: state.answers.length + remaining };
    },
    restore(answers) {
      const wellFormed = Array.isArray(answers) && answers.every((a) => typeof a?.question === 'string' && (a.value === 'yes' || a.value === 'no'));
      if (!wellFormed) return { ok: false, reason: 'invalid-path' };
      const w = walk(answers);
      if (w.mismatch !== undefined) return { ok: false, reason: 'invalid-path' };
      return { ok: true, state: { answers: answers.map((a) => ({ question: a.question, value: a.value })) } };
    },
    replay(values) {
      let state = engine.start();
      for (const value of values) {
        if (engine.isComplete(state) || (value !== 'yes' && value !== 'no')) return { ok: false, reason: 'invalid-path' };
        state = engine.answer(state, value);
      }
      return { ok: true, state };
    },
  };
  return engine;
}

/**
 * Lists every complete run of the tree (each distinct path from the start to an end, check
 * nodes decided by the answers before them). The tree is finite, so tests enumerate all of it.
 */
export function listCompletePaths(engine: QuizEngine): QuizState[] {
  const out: QuizState[] = [];
  const visit = (state: QuizState): void => {
    if (engine.isComplete(state)) {
      out.push(state);
      return;
    }
    visit(engine.answer(state, 'yes'));
    visit(engine.answer(state, 'no'));
  };
  visit(engine.start());
  return out;
}
