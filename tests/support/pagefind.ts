import type { Lang } from '../../src/i18n/locales.ts';
import { getPagefindOptions, type PagefindApi } from '../../src/search/engine.ts';
import { createPagefind } from '../../scripts/pagefind-node.mjs';
import { DIST } from './dist.ts';

/**
 * The built site's own Pagefind for one language, run in Node against the bundle served at
 * `origin`: the same index, WebAssembly and options the browser uses, without a browser.
 */
export async function openPagefind(origin: string, lang: Lang): Promise<PagefindApi> {
  return createPagefind(DIST, lang, { ...getPagefindOptions(lang), basePath: `${origin}/pagefind/`, baseUrl: '/' });
}
