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
}

/**
 * Checks a set of guide files against the rules every guide obeys: each guide exists in every
 * language, the slug field matches the file name, every SPEC section id is a heading in SPEC
 * order, ids are unique, other headings agree across languages, and the source is the same
 * in every language. Returns one message per problem, each naming the file and the fix. Pure.
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
  }
  for (const slug of GUIDE_SLUGS) {
    const group = files.filter((f) => f.slug === slug && langs.includes(f.lang));
    const [first, ...rest] = group;
    for (const f of rest) {
      if (JSON.stringify(f.headingIds) !== JSON.stringify(first.headingIds)) {
        problems.push(`${f.file}: heading ids [${f.headingIds.join(' ')}] differ from ${first.file} [${first.headingIds.join(' ')}] — every language has the same headings with the same {#id} markers.`);
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

function sortKeys(o: Record<string, string | undefined>): [string, string | undefined][] {
  return Object.entries(o).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b));
}

/** Estimates reading time in whole minutes (at least 1) from a text, at 200 words a minute. Pure. */
export function estimateReadingMinutes(text: string): number {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / 200));
}
