import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { LANGS } from './i18n/locales.ts';
import { GUIDE_SLUGS } from './guides/sections.ts';

/**
 * Guides: `content/guides/{lang}/{slug}.mdx`, one file per guide and language. The schema is
 * strict, so a misspelt or missing field fails the build naming the file and the field; the
 * completeness of the set and the section ids are checked in `src/guides/guides.ts`.
 */
const guides = defineCollection({
  // The id is the file path (`de/ten-signs`), not the `slug` field, which repeats across languages.
  loader: glob({
    pattern: '*/*.mdx',
    // GUIDES_DIR (development only) points the build at another set of guide files.
    base: process.env.GUIDES_DIR || './content/guides',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: z.strictObject({
    title: z.string().min(1),
    /** For the page's `<title>` when the title is too long for it (at most 70 characters with the site's name or alone). */
    shortTitle: z.string().min(1).optional(),
    description: z.string().min(20).max(300),
    slug: z.enum(GUIDE_SLUGS as [string, ...string[]]),
    order: z.number().int().positive(),
    source: z.strictObject({
      author: z.string().min(1).optional(),
      publication: z.string().min(1).optional(),
      copyright: z.string().min(1).optional(),
    }),
    translatedFrom: z.enum(LANGS as [string, ...string[]]),
  }),
});

export const collections = { guides };
