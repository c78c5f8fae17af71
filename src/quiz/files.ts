/**
 * Where the quiz content lives, relative to the project root. `load.ts` reads these files; the
 * checks (pure) only use the names, to say in each message which file to fix.
 */

/** The tree: questions, branches, scoring and next steps. */
export const TREE_FILE = 'content/quiz/tree.json';

/** The scenario table the build replays (see `scenarios.ts`). */
export const SCENARIOS_FILE = 'content/quiz/scenarios.json';

/** Where the strings of one language live. */
export function getStringsFile(lang: string): string {
  return `content/quiz/strings/${lang}.json`;
}
