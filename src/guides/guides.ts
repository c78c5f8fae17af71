import { getCollection, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { LANGS, type Lang } from '../i18n/locales.ts';
import { validateGuides, estimateReadingMinutes, type GuideFileFacts } from './validate.ts';

/** A guide file with what its page needs. */
export interface Guide {
  entry: CollectionEntry<'guides'>;
  lang: Lang;
  slug: string;
  readingMinutes: number;
}

let checked: Promise<Guide[]> | undefined;

/**
 * Returns every guide in every language, sorted by `order`, after checking the whole set
 * (see `validateGuides`). A broken set fails the build with every problem, file by file.
 */
export function getAllGuides(): Promise<Guide[]> {
  checked ??= loadAndCheck();
  return checked;
}

/** Returns the guides of one language, in order. */
export async function getGuides(lang: Lang): Promise<Guide[]> {
  return (await getAllGuides()).filter((g) => g.lang === lang);
}

async function loadAndCheck(): Promise<Guide[]> {
  const entries = await getCollection('guides');
  const facts: GuideFileFacts[] = await Promise.all(
    entries.map(async (entry) => {
      const [lang, slug] = entry.id.split('/');
      const { headings } = await render(entry);
      return {
        file: `content/guides/${entry.id}.mdx`,
        lang,
        slug,
        declaredSlug: entry.data.slug,
        headingIds: headings.map((h) => h.slug),
        source: entry.data.source,
        text: [entry.data.title, entry.data.shortTitle, entry.data.description, entry.body].filter(Boolean).join('\n\n'),
      };
    }),
  );
  const problems = validateGuides(facts, LANGS);
  if (problems.length > 0) {
    throw new AstroError(
      `Guide content is invalid:\n  ${problems.join('\n  ')}`,
      'Fix each file named above; SPEC section 3 lists the section ids of every guide, src/i18n/typography.ts the quotation marks and terms of each language.',
    );
  }
  return entries
    .map((entry) => {
      const [lang, slug] = entry.id.split('/') as [Lang, string];
      return { entry, lang, slug, readingMinutes: estimateReadingMinutes(entry.body ?? '') };
    })
    .sort((a, b) => a.entry.data.order - b.entry.data.order);
}

/** A guide section as a link label: the guide's title and the section's heading. */
export interface SectionTitle {
  guide: string;
  heading: string;
}

/** Returns the titles of every section of every guide in one language, keyed `slug#id`. */
export async function getSectionTitles(lang: Lang): Promise<Map<string, SectionTitle>> {
  const titles = new Map<string, SectionTitle>();
  for (const { entry, slug } of await getGuides(lang)) {
    const { headings } = await render(entry);
    for (const h of headings) titles.set(`${slug}#${h.slug}`, { guide: entry.data.title, heading: h.text });
  }
  return titles;
}

/**
 * Returns a lookup of the guide title and heading of a section of one language's guides, which
 * throws (failing the build) for a section that does not exist.
 */
export async function getSectionTitleLookup(lang: Lang): Promise<(link: { guide: string; section: string }) => SectionTitle> {
  const titles = await getSectionTitles(lang);
  return (link) => {
    const t = titles.get(`${link.guide}#${link.section}`);
    if (!t) throw new Error(`No heading #${link.section} in the ${lang} guide ${link.guide}.`);
    return t;
  };
}
