/**
 * The checks of the guide set (pure): every guide in every language, slugs, section ids in SPEC
 * order, the same headings and source in every language, and the language's typography
 * (`i18n/typography.ts`, the rules the quiz strings follow too).
 */
import { isLang, type Lang } from '../i18n/locales.ts';
import { QUOTES, findBannedQuote, findForbiddenTerms, quotesPairUp } from '../i18n/typography.ts';
import { code } from '../lib/diagnostics.ts';
import { GUIDE_SECTIONS, GUIDE_SLUGS, type GuideSlug } from './sections.ts';

/** What the validator needs to know of one guide file. */
export interface GuideFileFacts {
  /** Path relative to the repo, e.g. `content/guides/de/ten-signs.mdx`. */
  file: string;
  lang: string;
  slug: string;
  /** The `slug` field of the frontmatter. */
  declaredSlug: string;
  /** Ids of the file's headings, in document order. */
  headingIds: string[];
  /** The `source` block, compared across languages. */
  source: Record<string, string | undefined>;
  /** What a reader sees: title, short title, description and the markdown body. */
  text: string;
}

/**
 * Checks a set of guide files against the rules every guide obeys: each guide exists in every
 * language, the slug field matches the file name, every SPEC section id is a heading in SPEC
 * order, ids are unique, other headings agree across languages, and the source is the same
 * in every language, and the text follows the language's typography. Returns one message per
 * problem, each naming the file and the fix. Pure.
 */
export function validateGuides(files: GuideFileFacts[], langs: readonly string[]): string[] {
  const problems: string[] = [];
  for (const slug of GUIDE_SLUGS) {
    for (const lang of langs) {
      if (!files.some((f) => f.slug === slug && f.lang === lang)) {
        problems.push(`content/guides/${lang}/${slug}.mdx: missing — every guide must exist in every language; translate it from another language's file.`);
      }
    }
  }
  for (const f of files) {
    if (!langs.includes(f.lang)) {
      problems.push(`${f.file}: unknown language folder \`${f.lang}\` — use one of ${langs.join(', ')}.`);
      continue;
    }
    if (!(GUIDE_SLUGS as string[]).includes(f.slug)) {
      problems.push(`${f.file}: unknown guide \`${f.slug}\` — add it to src/guides/sections.ts or rename the file to one of ${GUIDE_SLUGS.join(', ')}.`);
      continue;
    }
    if (f.declaredSlug !== f.slug) {
      problems.push(`${f.file}: frontmatter slug \`${f.declaredSlug}\` does not match the file name — set \`slug: ${f.slug}\`.`);
    }
    problems.push(...checkHeadingIds(f));
    if (isLang(f.lang)) problems.push(...checkTypography(f.file, f.lang, f.text));
  }
  for (const slug of GUIDE_SLUGS) {
    const group = files.filter((f) => f.slug === slug && langs.includes(f.lang));
    const [first, ...rest] = group;
    for (const f of rest) {
      if (JSON.stringify(f.headingIds) !== JSON.stringify(first.headingIds)) {
        problems.push(
          `${f.file}: heading ids [${f.headingIds.join(' ')}] differ from ${first.file} [${first.headingIds.join(' ')}] — every language has the same headings with the same {#id} markers.`,
        );
      }
      if (JSON.stringify(sortKeys(f.source)) !== JSON.stringify(sortKeys(first.source))) {
        problems.push(`${f.file}: source differs from ${first.file} — the source block is the same in every language.`);
      }
    }
  }
  return problems;
}

function checkHeadingIds(f: GuideFileFacts): string[] {
  const problems: string[] = [];
  const expected = GUIDE_SECTIONS[f.slug as GuideSlug] as readonly string[];
  const seen = new Set<string>();
  for (const id of f.headingIds) {
    if (seen.has(id)) problems.push(`${f.file}: heading id \`${id}\` is used twice — ids must be unique.`);
    seen.add(id);
  }
  for (const id of expected) {
    if (!seen.has(id)) problems.push(`${f.file}: no heading has the id \`${id}\` — end its heading with {#${id}}.`);
  }
  const order = f.headingIds.filter((id) => expected.includes(id));
  if (problems.length === 0 && order.join() !== expected.join()) {
    problems.push(`${f.file}: section ids are out of order (${order.join(' ')}) — the order is ${expected.join(' ')}.`);
  }
  return problems;
}

/**
 * Checks a guide's text against its language's quotation marks (none banned, each pair closed
 * within its paragraph) and glossary (no seed mistranslation). Not the Latin-letter rule of the
 * quiz strings: the guides name their English sources (a book title, a publication, an acronym
 * they explain), in Hebrew too. Heading id markers `{#id}` are not text.
 */
export function checkTypography(file: string, lang: Lang, text: string): string[] {
  const problems: string[] = [];
  const prose = text.replace(/\{#[^}]*\}/g, '');
  const fix = QUOTES[lang].fix;
  const bad = findBannedQuote(lang, prose);
  if (bad) problems.push(`${file}: quotation mark ${bad} in "${excerptAround(prose, bad)}" — ${fix}.`);
  for (const term of findForbiddenTerms(lang, prose)) {
    problems.push(`${file}: ${code(term)} in "${excerptAround(prose, term)}" is a mistranslation — use the term of content/glossary/${lang}.md.`);
  }
  for (const paragraph of prose.split(/\n\s*\n/)) {
    if (!quotesPairUp(lang, paragraph))
      problems.push(`${file}: quotation marks do not pair up in "${paragraph.trim().slice(0, 60)}…" — ${fix}, and close each quote.`);
  }
  return problems;
}

/** A few words either side of the first occurrence of `needle`, to find it in the file. */
function excerptAround(text: string, needle: string): string {
  const at = text.indexOf(needle);
  const start = Math.max(0, at - 30);
  const end = Math.min(text.length, at + needle.length + 30);
  // Whole words only: drop a word cut at either edge.
  const words = text.slice(start, end).split(/\s+/);
  if (start > 0 && words.length > 1 && !words[0].includes(needle)) words.shift();
  if (end < text.length && words.length > 1 && !words[words.length - 1].includes(needle)) words.pop();
  return words.join(' ').trim();
}

function sortKeys(o: Record<string, string | undefined>): [string, string | undefined][] {
  return Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
}

/** Estimates reading time in whole minutes (at least 1) from a text, at 200 words a minute. Pure. */
export function estimateReadingMinutes(text: string): number {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / 200));
}
