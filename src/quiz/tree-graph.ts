/**
 * Graph algorithms over the quiz tree (pure): where each node leads, what is reachable, the
 * group of questions a gate opens, the longest path. The validator and the question rules use
 * them; they know nothing of scoring or strings.
 */
import type { QuizNode, QuizTree } from './types.ts';

/** A node's outgoing edges as [label, next id]: yes/no/unsure for a question, then/else for a check. */
export function nextsOf(node: QuizNode): [string, string][] {
  if (node.kind === 'question') {
    const out: [string, string][] = [
      ['yes', node.yes.next],
      ['no', node.no.next],
    ];
    if (node.unsure) out.push(['unsure', node.unsure.next]);
    return out;
  }
  if (node.kind === 'check') {
    return [
      ['then', node.then],
      ['else', node.else],
    ];
  }
  return [];
}

/** Every node reachable from `start`, itself included (ids that name no node are skipped). */
export function reachableFrom(nodes: QuizTree['nodes'], start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id) || !Object.hasOwn(nodes, id)) continue;
    seen.add(id);
    for (const [, next] of nextsOf(nodes[id])) stack.push(next);
  }
  return seen;
}

/**
 * The group a gate opens: the questions its yes reaches and its no skips, in the tree's order.
 * Empty for a node that is not a question.
 */
export function getGateGroup(tree: Pick<QuizTree, 'nodes'>, gateId: string): string[] {
  const gate = tree.nodes[gateId];
  if (gate?.kind !== 'question') return [];
  const skipped = reachableFrom(tree.nodes, gate.no.next);
  const opened = reachableFrom(tree.nodes, gate.yes.next);
  return Object.keys(tree.nodes).filter((id) => opened.has(id) && !skipped.has(id) && tree.nodes[id].kind === 'question');
}

/** The questions on the longest path from `start` (checks may go either way, so this bounds every real run). */
export function longestQuestionPath(tree: Pick<QuizTree, 'nodes'>, start: string): string[] {
  const memo = new Map<string, string[]>();
  const longest = (id: string): string[] => {
    const known = memo.get(id);
    if (known) return known;
    const node = tree.nodes[id];
    let best: string[] = [];
    for (const [, next] of nextsOf(node)) {
      const p = longest(next);
      if (p.length > best.length) best = p;
    }
    const path = node.kind === 'question' ? [id, ...best] : best;
    memo.set(id, path);
    return path;
  };
  return longest(start);
}
