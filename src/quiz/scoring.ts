/**
 * The scoring rules of the quiz, in one place for the engine, the validator and the outcome
 * pages (pure). How an outcome follows from the answers:
 * - every answer may carry `points` and a `floor` (the least outcome it allows);
 * - the score is the sum of the points on the path; the tree's `thresholds` turn it into an
 *   outcome (`keep` below the first threshold);
 * - the outcome is the more severe of that and the highest floor on the path.
 */
import { ANSWER_VALUES, OUTCOMES, severityOf, type AnswerValue, type Branch, type Outcome, type QuestionNode, type QuizTree } from './types.ts';

/** The outcome of a score and a floor under the tree's thresholds: the more severe of the two. Pure. */
export function classifyScore(thresholds: QuizTree['thresholds'], points: number, floor: Outcome): Outcome {
  let byScore: Outcome = 'keep';
  for (const o of OUTCOMES) {
    const t = o === 'keep' ? undefined : thresholds[o];
    if (t !== undefined && points >= t) byScore = o;
  }
  return severityOf(floor) > severityOf(byScore) ? floor : byScore;
}

/** Tells whether an answer raises the outcome: it adds points or sets a floor above keep. Pure. */
export function raisesOutcome(branch: Pick<Branch, 'points' | 'floor'>): boolean {
  return (branch.points ?? 0) > 0 || (branch.floor !== undefined && branch.floor !== 'keep');
}

/**
 * Tells whether an answer is listed among the reasons of a run whose outcome is `outcome`:
 * every answer that raises the outcome, every `reason: always`, and the `reason: when-keep`
 * answers when the outcome is keep. A not-sure answer is never a reason: it has its own list. Pure.
 */
export function isShownAsReason(value: AnswerValue, branch: Branch, outcome: Outcome): boolean {
  if (value === 'unsure') return false;
  return raisesOutcome(branch) || branch.reason === 'always' || (branch.reason === 'when-keep' && outcome === 'keep');
}

/**
 * The answers whose sentence the strings must give, per question: those the engine may list as
 * reasons, and "not sure" wherever it is offered (it is listed under its own heading). Pure.
 */
export function getReasonAnswers(tree: Pick<QuizTree, 'nodes'>): Record<string, AnswerValue[]> {
  const out: Record<string, AnswerValue[]> = {};
  for (const [id, q] of Object.entries(tree.nodes)) {
    if (q.kind !== 'question') continue;
    out[id] = ANSWER_VALUES.filter((a) => {
      const b: Branch | undefined = q[a];
      return b !== undefined && (a === 'unsure' || raisesOutcome(b) || b.reason !== undefined);
    });
  }
  return out;
}

/** The answers a question offers: yes and no, and not sure where the node has that branch. Pure. */
export function getAnswerOptions(node: QuestionNode): readonly AnswerValue[] {
  return node.unsure ? ['yes', 'no', 'unsure'] : ['yes', 'no'];
}

/**
 * How serious an answer is, for ordering talking points: a higher floor first, then more
 * points. Pure; larger is more serious.
 */
export function seriousnessOf(branch: Branch): number {
  return severityOf(branch.floor ?? 'keep') * 100 + (branch.points ?? 0);
}
