import { readFileSync } from 'node:fs';
import { createQuizEngine } from '../../src/quiz/engine.ts';
import { exploreRuns, sampleRuns } from '../../src/quiz/run-graph.ts';
import { validateTree } from '../../src/quiz/validate-tree.ts';
import type { QuizTree } from '../../src/quiz/types.ts';

/**
 * The real tree from content/, validated, with its engine, the graph of every run (positions,
 * see run-graph.ts) and a sample of complete runs that takes every answer at every position.
 */
const raw: unknown = JSON.parse(readFileSync(new URL('../../content/quiz/tree.json', import.meta.url), 'utf8'));
const checked = validateTree(raw);
if (!checked.ok) throw new Error(checked.problems.join('\n'));

export const tree: QuizTree = checked.value;
export const quiz = createQuizEngine(tree);
export const runs = exploreRuns(quiz);
export const paths = sampleRuns(quiz, runs);
