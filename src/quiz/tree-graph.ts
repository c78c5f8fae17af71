/**
 * Graph algorithms over the quiz tree (pure): where each node leads, what is reachable, cycles
 * and dead ends, the group of questions a gate opens, the longest path. One depth-first walk
 * serves all but the longest path (a memoised recursion). The validator and the question rules
 * use them; they know nothing of scoring or strings.
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

/**
 * The one depth-first walk over the tree: visits every node reachable from the starts (in order,
 * following yes, no, unsure or then, else), skipping ids that name no node, and calls `onCycle`
 * with the path `a → … → a` whenever an edge leads back to a node on the current path. Returns
 * the visited ids.
 */
function walk(nodes: QuizTree['nodes'], starts: readonly string[], onCycle?: (cycle: string[]) => void): Set<string> {
  const done = new Set<string>();
  const trail: string[] = [];
  const visit = (id: string): void => {
    trail.push(id);
    for (const [, next] of nextsOf(nodes[id])) {
      const back = trail.indexOf(next);
      if (back >= 0) onCycle?.([...trail.slice(back), next]);
      else if (!done.has(next) && Object.hasOwn(nodes, next)) visit(next);
    }
    trail.pop();
    done.add(id);
  };
  for (const id of starts) if (!done.has(id) && Object.hasOwn(nodes, id)) visit(id);
  return done;
}

/** Every node reachable from `start`, itself included (ids that name no node are skipped). */
export function reachableFrom(nodes: QuizTree['nodes'], start: string): Set<string> {
  return walk(nodes, [start]);
}

/**
 * Every cycle of the tree, once each, as the path `a → … → a` in which the walk from the first
 * node (in the tree's order) meets it. A valid tree has none. Pure.
 */
export function findCycles(nodes: QuizTree['nodes']): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  walk(nodes, Object.keys(nodes), (cycle) => {
    const key = cycle.slice(0, -1).sort().join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    cycles.push(cycle);
  });
  return cycles;
}

/** The nodes from which no end node can be reached, in the tree's order. Pure. */
export function findDeadEnds(nodes: QuizTree['nodes']): string[] {
  return Object.keys(nodes).filter((id) => ![...reachableFrom(nodes, id)].some((n) => nodes[n].kind === 'end'));
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
