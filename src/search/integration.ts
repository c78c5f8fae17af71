import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { LANGS, isLang } from '../i18n/locales.ts';
import { addIndexVariants } from './words.ts';
import { SECTION_COUNT_META } from './query.ts';
import { addSectionKeywords, loadSectionKeywords, type SectionKeywords } from './keywords-fs.ts';

/** Where the search bundle is written, under the build output (and served, under the base path). */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Pagefind's ready-made interfaces (English strings, inline styles) and its web worker: the
 * site uses its own interface and searches on the main thread (see README), so these files
 * are not published.
 */
const UNUSED_BUNDLE_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\.(js|css)$/;

/**
 * Astro integration that indexes the built site with Pagefind once the build is done. It indexes
 * the guides and the quiz outcome pages (INDEXED_PAGE), one index per `<html lang>`, and writes
 * the bundle to `dist/pagefind/`; `npm run build`, `npm start` and BASE_PATH builds all get it.
 * What is indexed is a copy of each page with index-only word forms added (Hebrew prefixes,
 * Turkish i; see src/search/words.ts); the served HTML is untouched.
 */
export function siteSearch(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'site-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), loadSectionKeywords(root, LANGS), logger);
      },
    },
  };
}

/**
 * The built pages that are searched, relative to `dist/`: every guide and every quiz outcome page
 * of every language. The rest (homes, quiz, 404s, the chooser) only lead to these.
 */
export const INDEXED_PAGE = /^[a-z]{2}\/(guides|quiz\/result)\/[^/]+\/index\.html$/;

/**
 * Indexes every page of `dist` that INDEXED_PAGE matches, with the section keywords of its
 * language, and writes the bundle.
 */
export async function buildSearchIndex(dist: string, keywords: Record<string, SectionKeywords>, logger?: AstroIntegrationLogger): Promise<void> {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => INDEXED_PAGE.test(file))
    .sort()
    .map((file) => ({ file, html: readFileSync(join(dist, file), 'utf8') }));
  const sectionsPerLang = new Map<string, number>();
  for (const page of pages) {
    const lang = langOf(page.html);
    sectionsPerLang.set(lang, (sectionsPerLang.get(lang) ?? 0) + countSections(page.html));
  }
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw indexError(errors);
  try {
    for (const page of pages) {
      const lang = langOf(page.html);
      const content = prepareForIndex(page.html, lang, sectionsPerLang.get(lang) ?? 0, keywords[lang] ?? {});
      const url = '/' + page.file.replace(/(^|\/)index\.html$/, '$1');
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length) throw indexError(added.errors, page.file);
    }
    // Pagefind has once been seen (under heavy load) to leave pagefind-entry.json empty after
    // writeFiles resolved; every search then fails. Check the entry file and write again if so.
    const entry = join(dist, SEARCH_BUNDLE_DIR, 'pagefind-entry.json');
    for (let attempt = 1; ; attempt++) {
      const written = await index.writeFiles({ outputPath: join(dist, SEARCH_BUNDLE_DIR) });
      if (written.errors.length) throw indexError(written.errors);
      if (isCompleteJson(entry)) break;
      if (attempt === 3) throw indexError([`${SEARCH_BUNDLE_DIR}/pagefind-entry.json was written empty or incomplete three times`]);
      logger?.warn('pagefind-entry.json was incomplete after writing; writing the bundle again');
    }
  } finally {
    await pagefind.close();
  }
  for (const name of readdirSync(join(dist, SEARCH_BUNDLE_DIR))) {
    if (UNUSED_BUNDLE_FILES.test(name)) rmSync(join(dist, SEARCH_BUNDLE_DIR, name));
  }
  const summary = [...sectionsPerLang].map(([lang, n]) => `${lang}: ${n} sections`).join(', ');
  logger?.info(`indexed ${pages.length} pages for search (${summary})`);
}

/**
 * The copy of a page the indexer reads: index-only word variants in the text of its body, the
 * section keywords in its headings, and the number of sections of its language as Pagefind
 * metadata (for section-level ranking). What is indexed is the element marked
 * `data-pagefind-body` (a guide's article), else the page's `<main>` (an outcome page, which
 * needs no search markup of its own). Pure.
 */
export function prepareForIndex(html: string, lang: string, sectionCount: number, keywords: SectionKeywords = {}): string {
  const bodyAt = html.search(/<body[\s>]/);
  if (bodyAt < 0) return html;
  const head = html.slice(0, bodyAt);
  let body = html.slice(bodyAt);
  if (!body.includes('data-pagefind-body')) body = body.replace(/<main\b/, '<main data-pagefind-body');
  body = ignoreHidden(body);
  if (isLang(lang)) {
    body = body.replace(/(<(script|style)\b[\s\S]*?<\/\2>)|>([^<]+)</g, (_whole, skipped: string | undefined, _tag, text: string) =>
      skipped ? skipped : `>${addIndexVariants(lang, text)}<`,
    );
    body = addSectionKeywords(body, lang, keywords);
  }
  body = body.replace(/(<[^>]*\bdata-pagefind-body\b[^>]*>)/, `$1<span data-pagefind-meta="${SECTION_COUNT_META}:${sectionCount}" hidden></span>`);
  return head + body;
}

/**
 * Marks every element with the `hidden` attribute `data-pagefind-ignore`: what a visitor does not
 * see when a result opens the page (an outcome page's reasons, talking points and answers, shown
 * only for a run) is not indexed, so a result never lands on a hidden section. Pure.
 */
export function ignoreHidden(html: string): string {
  return html.replace(/<([a-z][a-z0-9-]*)(\s[^>]*)?>/gi, (tag, name: string, attributes = '') => {
    const names = attributes.replace(/=\s*("[^"]*"|'[^']*'|[^\s>]*)/g, '');
    const hidden = /\shidden(?=\s|\/|$)/i.test(names);
    return hidden && !/\sdata-pagefind-ignore\b/i.test(names) ? `<${name} data-pagefind-ignore${attributes}>` : tag;
  });
}

/** Sections of a page: its introduction plus one per heading with an id in its indexed part. */
function countSections(html: string): number {
  const body = html.slice(Math.max(0, html.indexOf('data-pagefind-body'), html.search(/<main\b/)));
  return 1 + (body.match(/<h[1-6]\b[^>]*\sid="/g)?.length ?? 0);
}

/** Whether a file exists and holds a complete JSON document. */
function isCompleteJson(file: string): boolean {
  try {
    JSON.parse(readFileSync(file, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

function langOf(html: string): string {
  return /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
}

function indexError(errors: string[], file?: string): AstroError {
  return new AstroError(
    `Search indexing failed${file ? ` for ${file}` : ''}:\n  ${errors.join('\n  ')}`,
    'Pagefind could not index the built site; check that the `pagefind` package is installed (npm install).',
  );
}
