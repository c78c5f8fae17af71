/**
 * The quiz tree as the browser gets it: the one language-neutral `content/quiz/tree.json`,
 * bundled once and cached across the quiz and outcome pages. Only the parts the engine and the
 * share token use are imported (documentation, bounds, factors and next steps are left out of
 * the bundle; the build checks them). The build validates the whole file first (`loadQuiz` in every quiz page), so the
 * cast is safe; a unit test checks that this tree hashes like the validated one.
 */
import { nodes, start, thresholds } from '../../content/quiz/tree.json';
import type { QuizTree } from './types.ts';

/** What the engine and the share token read in the browser: the start, the thresholds and the nodes. */
export const clientTree = {
  rules: [],
  start,
  maxQuestions: 0,
  thresholds,
  redLines: [],
  factors: {},
  outcomes: {},
  nodes,
} as unknown as QuizTree;
