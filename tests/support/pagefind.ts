import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../../src/i18n/locales.ts';
import { getPagefindOptions, type PagefindApi } from '../../src/search/engine.ts';
import { DIST } from './dist.ts';

interface PagefindBundle {
  createInstance(options: Record<string, unknown>): PagefindApi & { options(o: Record<string, unknown>): Promise<void> };
}

let bundle: Promise<PagefindBundle> | undefined;

/**
 * The built site's own `pagefind.js`, run in Node against the served bundle, for one language:
 * the same index, WebAssembly and options the browser uses, without a browser. Pagefind reads
 * the page language from `document` once, when an instance is created, so a stand-in is set
 * for that moment only.
 */
export async function openPagefind(origin: string, lang: Lang): Promise<PagefindApi> {
  bundle ??= import(pathToFileURL(join(DIST, 'pagefind/pagefind.js')).href) as Promise<PagefindBundle>;
  const { createInstance } = await bundle;
  const global = globalThis as { document?: unknown };
  const previous = global.document;
  global.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  try {
    return createInstance({ ...getPagefindOptions(lang), basePath: `${origin}/pagefind/`, baseUrl: '/' });
  } finally {
    global.document = previous;
  }
}
