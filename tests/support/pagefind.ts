import { beforeAll } from 'vitest';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';
import { getPagefindOptions, searchSections, type PagefindApi } from '../../src/search/query.ts';
import type { RankOptions, SectionHit } from '../../src/search/rank.ts';
import { createPagefind } from '../../tools/pagefind-node.mjs';
import { DIST } from './dist.ts';

/**
 * The built site's own Pagefind for one language, run in Node against the bundle served at
 * `origin`: the same index, WebAssembly and options the browser uses, without a browser.
 */
export async function openPagefind(origin: string, lang: Lang): Promise<PagefindApi> {
  return createPagefind(DIST, lang, { ...getPagefindOptions(lang), basePath: `${origin}/pagefind/`, baseUrl: '/' });
}

/**
 * The site search of every language for the tests of a file, opened before them: `search` runs
 * a query through the real engine, `sections` gives the result's section ids (or page paths).
 */
export function useSiteSearch(origin: string) {
  const engines = new Map<Lang, PagefindApi>();
  beforeAll(async () => {
    for (const lang of LANGS) engines.set(lang, await openPagefind(origin, lang));
  });
  const search = async (lang: Lang, query: string, options: Partial<RankOptions> = {}): Promise<SectionHit[]> =>
    (await searchSections(engines.get(lang)!, lang, query, options)) ?? [];
  const sections = async (lang: Lang, query: string): Promise<string[]> =>
    (await search(lang, query)).map((h) => new URL(h.url, origin).hash.slice(1) || new URL(h.url, origin).pathname);
  return { search, sections };
}
