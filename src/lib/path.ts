/**
 * Slash handling for paths and URLs, in one place (as Starlight's `utils/path.ts`). Pure string
 * functions with no Astro or Node import, so browser scripts can use them too.
 */

/** Returns the path with one trailing slash added if it has none (`/guide` → `/guide/`, `''` → `/`). */
export function ensureTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** Returns the path without its leading slashes (`/favicon.svg` → `favicon.svg`). */
export function stripLeadingSlash(path: string): string {
  return path.replace(/^\/+/, '');
}

/** Returns the path without its leading and trailing slashes (`/guides/x/` → `guides/x`). */
export function stripSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

/**
 * Joins a directory (e.g. the base path) and a path inside it with exactly one slash between:
 * `joinPath('/guide', '/pagefind/pagefind.js')` → `/guide/pagefind/pagefind.js`.
 */
export function joinPath(directory: string, path: string): string {
  return ensureTrailingSlash(directory) + stripLeadingSlash(path);
}

/**
 * Returns a page URL ending in a slash before its fragment (`/de/guides/x#lies` →
 * `/de/guides/x/#lies`); a file's URL (`/og/de/index.png`) stays as it is.
 */
export function ensurePageSlash(url: string): string {
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const isFile = /\.[a-z0-9]+$/i.test(path);
  return (isFile ? path : ensureTrailingSlash(path)) + hash;
}
