/**
 * Reads and checks the quiz content for the build. The pages call `loadQuiz(lang)`; any problem
 * (a file missing, invalid JSON, a broken tree or a missing string) throws an AstroError naming
 * the file, the node or key and the fix, so the build fails with that message.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { AstroError } from 'astro/errors';
import { LANGS, type Lang } from '../i18n/locales.ts';
import type { QuizStrings, QuizTree } from './types.ts';
import { SCENARIOS_FILE, TREE_FILE, getStringsFile } from './files.ts';
import { validateScenarios } from './scenarios.ts';
import { validateQuizContent } from './validate.ts';

/** The checked quiz content of one language. */
export interface LoadedQuiz {
  readonly tree: QuizTree;
  readonly strings: QuizStrings;
}

/** Where to read from; tests point `root` at a copy of the content. */
export interface LoadOptions {
  /** Project root holding `content/quiz/`; defaults to `process.cwd()`. */
  readonly root?: string;
}

const cache = new Map<string, { tree: QuizTree; strings: Record<string, QuizStrings> }>();

function readJson(root: string, file: string, problems: string[]): unknown {
  let text: string;
  try {
    text = readFileSync(resolve(root, file), 'utf8');
  } catch {
    problems.push(
      file === TREE_FILE
        ? `${file}: not found — the quiz needs its tree; restore the file.`
        : file === SCENARIOS_FILE
          ? `${file}: not found — the build replays the scenario table; restore the file.`
          : `${file}: missing — every language needs the quiz strings; copy another language's file and translate every string.`,
    );
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    problems.push(`${file}: not valid JSON (${(e as Error).message}) — fix the syntax.`);
    return undefined;
  }
}

function loadAll(root: string): { tree: QuizTree; strings: Record<string, QuizStrings> } {
  const problems: string[] = [];
  const tree = readJson(root, TREE_FILE, problems);
  const strings: Record<string, unknown> = {};
  for (const lang of LANGS) {
    const parsed = readJson(root, getStringsFile(lang), problems);
    if (parsed !== undefined) strings[lang] = parsed;
  }
  const scenarios = readJson(root, SCENARIOS_FILE, problems);
  if (problems.length === 0) {
    const checked = validateQuizContent({ tree, strings }, LANGS);
    if (checked.ok) {
      problems.push(...validateScenarios(checked.value.tree, scenarios).problems);
      if (problems.length === 0) return checked.value;
    } else problems.push(...checked.problems);
  }
  throw new AstroError(
    `Quiz content is invalid:\n  ${problems.join('\n  ')}`,
    'Fix each file named above. content/quiz/tree.json lists the rules of the tree; src/quiz/validate.ts and the modules it names have the checks.',
  );
}

/** A key that changes whenever one of the quiz files changes (so `astro dev` sees edits). */
function versionOf(root: string): string {
  return [TREE_FILE, SCENARIOS_FILE, ...LANGS.map(getStringsFile)]
    .map((file) => {
      try {
        const s = statSync(resolve(root, file));
        return `${s.mtimeMs}:${s.size}`;
      } catch {
        return 'missing';
      }
    })
    .join('|');
}

/**
 * Returns the checked tree and the strings of one language. Every language is checked together
 * (so a string missing in any language fails the build); the result is reused until a file
 * changes. Throws an AstroError listing every problem.
 */
export function loadQuiz(lang: Lang, options: LoadOptions = {}): LoadedQuiz {
  const root = resolve(options.root ?? process.cwd());
  const key = `${root}\n${versionOf(root)}`;
  let all = cache.get(key);
  if (!all) {
    all = loadAll(root);
    cache.clear();
    cache.set(key, all);
  }
  return { tree: all.tree, strings: all.strings[lang] };
}
