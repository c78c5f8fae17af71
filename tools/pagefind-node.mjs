// The built site's own Pagefind (dist/pagefind/pagefind.js and its WebAssembly), run in Node:
// the search tests and `npm run bench` search the real index this way, without a browser.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Creates a Pagefind instance for one language from the bundle in `dist`, with `options`
 * (at least `basePath`, the URL the bundle's files are fetched from). Each language gets its own
 * copy of the module: instances of one module share Pagefind's WebAssembly state. Pagefind reads
 * the page language from `document` once, when an instance is created, so a stand-in is set for
 * that moment only.
 */
export async function createPagefind(dist, lang, options) {
  const url = `${pathToFileURL(join(dist, 'pagefind/pagefind.js')).href}?lang=${lang}`;
  const { createInstance } = await import(url);
  const previous = globalThis.document;
  globalThis.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  try {
    return createInstance(options);
  } finally {
    globalThis.document = previous;
  }
}
