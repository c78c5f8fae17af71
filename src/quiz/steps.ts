/** Which next steps of an outcome apply to a run (pure). */
import type { NextStep, QuizState } from './types.ts';

/**
 * Tells whether a next step applies to a run (pure): a step without `onlyIf` always does; one
 * with it only when the run answered that question with one of the listed answers.
 */
export function stepApplies(state: QuizState, step: Pick<NextStep, 'onlyIf'>): boolean {
  if (!step.onlyIf) return true;
  const given = state.answers.find((a) => a.question === step.onlyIf!.question);
  return given !== undefined && step.onlyIf.answers.includes(given.value);
}
