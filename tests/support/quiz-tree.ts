import { readFileSync } from 'node:fs';
import { createQuizEngine, listCompletePaths } from '../../src/quiz/engine.ts';
import { validateTree } from '../../src/quiz/validate-tree.ts';
import type { QuizTree } from '../../src/quiz/types.ts';

/** The real tree from content/, validated, with its engine and every complete answer path. */
const raw: unknown = JSON.parse(readFileSync(new URL('../../content/quiz/tree.json', import.meta.url), 'utf8'));
const checked = validateTree(raw);
if (!checked.ok) throw new Error(checked.problems.join('\n'));

export const tree: QuizTree = checked.value;
export const quiz = createQuizEngine(tree);
export const paths = listCompletePaths(quiz);
