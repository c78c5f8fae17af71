/**
 * The graph checks of `content/quiz/tree.json` (pure): every next pointer names a node, there is
 * an end, every node is reachable, no cycle, no dead end, and no path asks more than
 * `maxQuestions` questions. The algorithms are in `tree-graph.ts`; this module words the messages.
 */
import { code, didYouMean } from '../lib/diagnostics.ts';
import { findCycles, findDeadEnds, longestQuestionPath, nextsOf, reachableFrom } from './tree-graph.ts';
import type { QuizTree } from './types.ts';

/** Checks the pointers, the end, reachability, cycles and dead ends of a tree whose schema is valid. */
export function checkGraph(problems: string[], at: string, tree: QuizTree): void {
  const ids = Object.keys(tree.nodes);
  for (const [id, node] of Object.entries(tree.nodes)) {
    for (const [branch, next] of nextsOf(node)) {
      if (!Object.hasOwn(tree.nodes, next)) {
        const field = node.kind === 'question' ? `${branch}.next` : branch;
        problems.push(
          `${at}node ${code(id)}: ${field} ${code(next)} does not exist — ${didYouMean(next, ids, 'point it at an existing node or add the node.')}`,
        );
      }
    }
  }
  if (problems.length > 0) return;
  if (!ids.some((id) => tree.nodes[id].kind === 'end')) problems.push(`${at}there is no end node — add { "kind": "end" } and lead the last questions to it.`);

  const reached = reachableFrom(tree.nodes, tree.start);
  for (const id of ids) {
    if (!reached.has(id)) problems.push(`${at}node ${code(id)} is not reachable from start ${code(tree.start)} — point an answer's next at it, or remove it.`);
  }
  for (const cycle of findCycles(tree.nodes)) {
    problems.push(`${at}nodes form a cycle: ${cycle.map(code).join(' → ')} — every next must lead on towards an end.`);
  }
  for (const id of findDeadEnds(tree.nodes)) {
    problems.push(`${at}node ${code(id)} is a dead end: no end can be reached from it — lead one of its answers towards an end node.`);
  }
}

/** Checks the longest path (checks may go either way, so this bounds every real run). */
export function checkPaths(problems: string[], at: string, tree: QuizTree): void {
  const path = longestQuestionPath(tree, tree.start);
  if (path.length > tree.maxQuestions) {
    problems.push(
      `${at}a path asks ${path.length} questions (${path.join(' → ')}), more than maxQuestions ${tree.maxQuestions} — merge questions, move some behind a gate, or raise maxQuestions.`,
    );
  }
}
