import { fileForPath, listHtml, readPage } from './dist.ts';

/**
 * Checks every internal link and fragment of a built site: each `href`/`src` that stays on the
 * site must resolve to a file, and each `#fragment` to an element id on the target page.
 * Returns one message per problem. `base` is the path the site is served from.
 */
export function findBrokenLinks(dir: string, base = '/', origin = 'https://example.org'): string[] {
  const problems: string[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set(
        readPage(file, dir)
          .querySelectorAll('[id]')
          .map((el) => el.id),
      );
      idCache.set(file, ids);
    }
    return ids;
  };
  for (const file of listHtml(dir)) {
    const page = readPage(file, dir);
    const pageUrl = new URL(base + file.replace(/index\.html$/, ''), origin);
    for (const el of page.querySelectorAll('a[href], link[href], script[src], img[src]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (el.tagName === 'LINK' && ['canonical', 'alternate'].includes(el.getAttribute('rel') ?? '')) continue;
      if (/^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
      const url = new URL(raw, pageUrl);
      if (url.origin !== new URL(origin).origin) {
        problems.push(`${file}: link to another origin ${raw}`);
        continue;
      }
      const target = fileForPath(url.pathname, dir, base);
      if (!target) {
        problems.push(`${file}: broken link ${raw}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        problems.push(`${file}: broken anchor ${raw} (no id "${fragment}" in ${target})`);
      }
    }
  }
  return problems;
}
