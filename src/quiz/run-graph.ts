/**
 * Every run of a quiz tree, as a graph of positions rather than a list of paths (pure). The
 * engine's future depends only on a run's position (node, score, floor), so the runs of the tree
 * (millions of paths once "not sure" is offered) fold into a few hundred positions. Tests check
 * properties of every run on this graph, exhaustively and in milliseconds, as XState's path
 * tests do on a machine's states.
 */
import type { QuizEngine } from './engine.ts';
import { severityOf, type AnswerValue, type Outcome, type QuizState } from './types.ts';

/** One position of the graph, with a run that reaches it and where each answer leads. */
export interface RunNode {
  readonly key: string;
  /** The first run found that reaches this position (any run that does continues alike). */
  readonly state: QuizState;
  /** The question asked here, or undefined at an end. */
  readonly question?: string;
  /** The outcome of the answers so far (the final outcome at an end). */
  readonly outcome: Outcome;
  /** The position each offered answer leads to. */
  readonly next: Readonly<Partial<Record<AnswerValue, string>>>;
}

/** The graph of every run: positions by key, and the start. */
export interface RunGraph {
  readonly start: string;
  readonly nodes: ReadonlyMap<string, RunNode>;
}

const keyOf = (engine: QuizEngine, state: QuizState): string => {
  const { at, points, floor } = engine.position(state);
  return `${at}|${points}|${floor}`;
};

/** Explores every position a run of the engine's tree can reach. */
export function exploreRuns(engine: QuizEngine): RunGraph {
  const nodes = new Map<string, RunNode>();
  const start = keyOf(engine, engine.start());
  const queue: QuizState[] = [engine.start()];
  while (queue.length > 0) {
    const state = queue.shift()!;
    const key = keyOf(engine, state);
    if (nodes.has(key)) continue;
    const q = engine.current(state);
    const next: Partial<Record<AnswerValue, string>> = {};
    for (const value of q?.answers ?? []) {
      const after = engine.answer(state, value);
      next[value] = keyOf(engine, after);
      queue.push(after);
    }
    nodes.set(key, { key, state, question: q?.id, outcome: engine.outcomeSoFar(state), next });
  }
  return { start, nodes };
}

/** Memoises a function of a position over the graph (positions form a DAG: no run repeats a question). */
function foldRuns<T>(graph: RunGraph, at: (node: RunNode, below: Partial<Record<AnswerValue, T>>) => T): (key: string) => T {
  const memo = new Map<string, T>();
  const of = (key: string): T => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const node = graph.nodes.get(key)!;
    const below: Partial<Record<AnswerValue, T>> = {};
    for (const [value, next] of Object.entries(node.next) as [AnswerValue, string][]) below[value] = of(next);
    const result = at(node, below);
    memo.set(key, result);
    return result;
  };
  return of;
}

/** The number of complete runs (distinct answer paths) from the start. */
export function countRuns(graph: RunGraph): number {
  return foldRuns<number>(graph, (node, below) => (node.question === undefined ? 1 : Object.values(below).reduce((a, b) => a + b, 0)))(graph.start);
}

/** The fewest and most questions a complete run asks. */
export function getRunLengths(graph: RunGraph): { readonly min: number; readonly max: number } {
  const fold = foldRuns<[number, number]>(graph, (node, below) => {
    if (node.question === undefined) return [0, 0];
    const subs = Object.values(below);
    return [1 + Math.min(...subs.map((s) => s[0])), 1 + Math.max(...subs.map((s) => s[1]))];
  });
  const [min, max] = fold(graph.start);
  return { min, max };
}

/** The outcomes complete runs from each position can end in. */
export function getReachableOutcomes(graph: RunGraph): (key: string) => ReadonlySet<Outcome> {
  return foldRuns<Set<Outcome>>(graph, (node, below) =>
    node.question === undefined ? new Set([node.outcome]) : new Set(Object.values(below).flatMap((s) => [...s])),
  );
}

/**
 * Complete runs that between them take every answer at every position: each continues from the
 * position's first run through one answer, then answers no (or the first offered answer) to the end.
 */
export function sampleRuns(engine: QuizEngine, graph: RunGraph): QuizState[] {
  const out: QuizState[] = [];
  const seen = new Set<string>();
  for (const node of graph.nodes.values()) {
    for (const value of Object.keys(node.next) as AnswerValue[]) {
      let state = engine.answer(node.state, value);
      for (let q = engine.current(state); q; q = engine.current(state)) state = engine.answer(state, q.answers.includes('no') ? 'no' : q.answers[0]);
      const id = state.answers.map((a) => a.value[0]).join('');
      if (!seen.has(id)) out.push(state);
      seen.add(id);
    }
  }
  return out;
}

/**
 * Tells whether the runs from position `high` never end milder than the runs from `low` given
 * the same answers: for every way of answering, where both runs ask a question they get the
 * same answer, and each run takes any answer to a question only it asks. Questions are taken in
 * `order` (a topological order of the tree), so a question one run has passed is never asked by
 * the other later. Returns the first counterexample found, or undefined.
 */
export function findLowerRun(graph: RunGraph, order: readonly string[], low: string, high: string): string | undefined {
  const rank = new Map(order.map((id, i) => [id, i]));
  const memo = new Map<string, string | undefined>();
  const check = (a: string, b: string): string | undefined => {
    const pair = `${a}>${b}`;
    if (memo.has(pair)) return memo.get(pair);
    memo.set(pair, undefined);
    const [na, nb] = [graph.nodes.get(a)!, graph.nodes.get(b)!];
    let found: string | undefined;
    if (na.question === undefined && nb.question === undefined) {
      if (severityOf(nb.outcome) < severityOf(na.outcome)) found = `${nb.outcome} after ${na.outcome} (${a} vs ${b})`;
    } else {
      const ra = na.question === undefined ? Infinity : rank.get(na.question)!;
      const rb = nb.question === undefined ? Infinity : rank.get(nb.question)!;
      if (ra === rb) {
        for (const [v, next] of Object.entries(na.next) as [AnswerValue, string][]) {
          found ??= check(next, nb.next[v] ?? next);
        }
      } else if (ra < rb) {
        for (const next of Object.values(na.next)) found ??= check(next, b);
      } else {
        for (const next of Object.values(nb.next)) found ??= check(a, next);
      }
    }
    memo.set(pair, found);
    return found;
  };
  return check(low, high);
}

/**
 * For each outcome, the answers (`question:answer`) some complete run with that outcome gives:
 * exactly what an outcome page can ever have to explain. An answer at a position appears on a
 * run ending in an outcome if a run through that answer can end in it.
 */
export function getAnswersByOutcome(graph: RunGraph): ReadonlyMap<Outcome, ReadonlySet<string>> {
  const outcomesFrom = getReachableOutcomes(graph);
  const out = new Map<Outcome, Set<string>>();
  for (const node of graph.nodes.values()) {
    if (node.question === undefined) continue;
    for (const [value, next] of Object.entries(node.next) as [AnswerValue, string][]) {
      for (const outcome of outcomesFrom(next)) {
        if (!out.has(outcome)) out.set(outcome, new Set());
        out.get(outcome)!.add(`${node.question}:${value}`);
      }
    }
  }
  return out;
}
