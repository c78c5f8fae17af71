/**
 * Checks the whole quiz content (pure): the tree (`validate-tree.ts`), then the strings of every
 * language against it (`validate-strings.ts`). `load.ts` reads the files and calls this.
 */
import type { Validated } from '../lib/diagnostics.ts';
import { getStringsFile } from './files.ts';
import type { QuizStrings, QuizTree } from './types.ts';
import { validateStrings } from './validate-strings.ts';
import { validateTree } from './validate-tree.ts';

/**
 * Checks the whole quiz content: the tree, then the strings of every language against it. A
 * missing language is a problem too. Pure.
 */
export function validateQuizContent(
  raw: { readonly tree: unknown; readonly strings: Readonly<Record<string, unknown>> },
  langs: readonly string[],
): Validated<{ tree: QuizTree; strings: Record<string, QuizStrings> }> {
  const tree = validateTree(raw.tree);
  if (!tree.ok) return tree;
  const problems: string[] = [];
  const strings: Record<string, QuizStrings> = {};
  for (const lang of langs) {
    if (!Object.hasOwn(raw.strings, lang)) {
      problems.push(`${getStringsFile(lang)}: missing — every language needs the quiz strings; copy another language's file and translate every string.`);
      continue;
    }
    const s = validateStrings(tree.value, lang, raw.strings[lang]);
    if (s.ok) strings[lang] = s.value;
    else problems.push(...s.problems);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { tree: tree.value, strings } };
}
