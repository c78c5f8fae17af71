/**
 * The page title during a quiz run: the progress ("Question 3 of about 9") before the page's name,
 * within the site's 70-character limit for titles (SPEC section 5). Pure; used by the island.
 */

/** Longest title the site publishes (as MAX_TITLE_LENGTH in src/lib/page-title.ts). */
const MAX = 70;

/**
 * The progress with the first of the page's names (most informative first) that keeps the title
 * within the limit, else the progress alone.
 */
export function getProgressTitle(progress: string, names: readonly string[]): string {
  return names.map((name) => `${progress} · ${name}`).find((title) => title.length <= MAX) ?? progress;
}
