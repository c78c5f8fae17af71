import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import { GUIDE_SECTIONS } from '../guides/sections.ts';
import type { Lang } from '../i18n/locales.ts';
import { code, isObject, suggestClosest } from '../lib/diagnostics.ts';
import { toKeywordTokens } from './words.ts';

/**
 * Section keywords: words readers use for a problem that its section does not contain ("angelogen"
 * for a section that says "lügt", "לשלם" for one that says "משלמים"). They live in
 * `content/search/{lang}.json`, keyed by section id, and are indexed with the section's heading in
 * the search index only: they rank the section as if the heading said them, and are never shown.
 */
export type SectionKeywords = Record<string, string[]>;

/** Every section id of every guide (SPEC section 3). */
export const SECTION_IDS: readonly string[] = Object.values(GUIDE_SECTIONS).flat();

/** Path of a language's keyword file, relative to the project. */
export function getKeywordFile(lang: Lang): string {
  return `content/search/${lang}.json`;
}

/**
 * Checks the parsed content of one keyword file: an object whose keys are section ids and whose
 * values are lists of single words, each listed once. Returns one message per problem, naming the
 * file and the key and saying how to fix it. Pure.
 */
export function validateSectionKeywords(data: unknown, file: string, sectionIds: readonly string[] = SECTION_IDS): string[] {
  if (!isObject(data)) {
    return [`${file}: expected an object mapping section ids to lists of words, e.g. { "lies": ["gelogen"] }.`];
  }
  const problems: string[] = [];
  for (const [id, words] of Object.entries(data)) {
    if (!sectionIds.includes(id)) {
      // A looser bound than the quiz's: any id within 3 edits is suggested.
      const guess = suggestClosest(id, sectionIds, 3);
      problems.push(`${file}: ${code(id)} is not a section id${guess ? ` — did you mean ${code(guess)}?` : ''} (see src/guides/sections.ts).`);
      continue;
    }
    if (!Array.isArray(words)) {
      problems.push(`${file}: \`${id}\` must be a list of words, e.g. ["gelogen", "Lüge"].`);
      continue;
    }
    const seen = new Set<string>();
    for (const word of words) {
      if (typeof word !== 'string' || !/^[\p{L}\p{M}\p{N}'’-]+$/u.test(word)) {
        problems.push(`${file}: \`${id}\` has ${JSON.stringify(word)} — each keyword is one word (letters, digits, hyphen), no spaces.`);
      } else if (seen.has(word.toLowerCase())) {
        problems.push(`${file}: \`${id}\` lists "${word}" twice — remove one.`);
      } else {
        seen.add(word.toLowerCase());
      }
    }
  }
  return problems;
}

/**
 * Reads and checks the keyword files of every language; throws naming every problem, file by
 * file. A missing file is an error, so no language is searched with less help than the others.
 */
export function loadSectionKeywords(root: string, langs: readonly Lang[]): Record<string, SectionKeywords> {
  const result: Record<string, SectionKeywords> = {};
  const problems: string[] = [];
  for (const lang of langs) {
    const file = getKeywordFile(lang);
    if (!existsSync(join(root, file))) {
      problems.push(`${file}: missing — every language has a keyword file (it may be \`{}\`).`);
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message}).`);
      continue;
    }
    const found = validateSectionKeywords(data, file);
    problems.push(...found);
    if (found.length === 0) result[lang] = data as SectionKeywords;
  }
  if (problems.length > 0) {
    throw new AstroError(
      `Search keywords are invalid:\n  ${problems.join('\n  ')}`,
      'Fix each file named above; its keys are the section ids of SPEC section 3.',
    );
  }
  return result;
}

/**
 * Adds a section's keywords to its heading, as index-only words, in the copy of a page that is
 * indexed. Pure.
 */
export function addSectionKeywords(html: string, lang: Lang, keywords: SectionKeywords): string {
  return html.replace(/(<h([1-6])\b[^>]*\sid="([^"]+)"[^>]*>)([\s\S]*?)(<\/h\2>)/g, (whole, open: string, _level, id: string, inner: string, close: string) => {
    const words = keywords[id];
    if (!words?.length) return whole;
    return `${open}${inner} ${words.flatMap((w) => toKeywordTokens(lang, w)).join(' ')}${close}`;
  });
}
