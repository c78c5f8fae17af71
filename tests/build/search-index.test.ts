import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../../src/i18n/locales.ts';
import { getUi } from '../../src/i18n/ui/index.ts';
import { GUIDE_SLUGS } from '../../src/guides/sections.ts';
import { DIST, listHtml, readPage } from '../support/dist.ts';
import { OUTCOMES, PAGES } from '../support/routes.ts';
import { INDEXED_PAGE } from '../../src/search/integration.ts';

const GUIDE_PAGES = PAGES.filter((p) => p.route.startsWith('guides/'));

const BUNDLE = join(DIST, 'pagefind');

describe('search index (dist/pagefind)', () => {
  test('has one index per language, each with the guides and the quiz outcomes', () => {
    const entry = JSON.parse(readFileSync(join(BUNDLE, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) expect(entry.languages[lang].page_count).toBe(GUIDE_SLUGS.length + OUTCOMES.length);
  });

  test("publishes Pagefind's JavaScript API and WebAssembly, not its English interfaces or its worker", () => {
    const files = readdirSync(BUNDLE);
    expect(files).toContain('pagefind.js');
    expect(files.some((f) => f.startsWith('wasm.'))).toBe(true);
    expect(files.filter((f) => /ui|highlight|worker/.test(f))).toEqual([]);
  });
});

describe('indexed pages', () => {
  test('are the guides and the quiz outcome pages of every language, no other page', () => {
    const indexed = listHtml().filter((file) => INDEXED_PAGE.test(file));
    const expected = PAGES.filter((p) => p.route.startsWith('guides/') || p.route.startsWith('quiz/result/')).map((p) => `${p.lang}/${p.route}index.html`);
    expect(indexed.sort()).toEqual(expected.sort());
  });

  test.each(GUIDE_PAGES.map((p) => [p.path, p] as const))(
    '%s gives the index its article, without the copy-links and the source note',
    (_path, { lang, route }) => {
      const page = readPage(`${lang}/${route}index.html`);
      expect(page.querySelectorAll('[data-pagefind-body]').map((el) => el.tagName)).toEqual(['ARTICLE']);
      // The reading time, source and copy-links would only add noise to every section.
      for (const sel of ['.copy-link', '.source']) {
        for (const el of page.querySelectorAll(sel)) expect(el.closest('[data-pagefind-ignore]'), sel).not.toBeNull();
      }
    },
  );

  test('served pages never contain the index-only word forms', () => {
    for (const file of listHtml()) expect(readFileSync(join(DIST, file), 'utf8'), file).not.toContain('~~');
  });
});

describe('search field in the header', () => {
  test.each(PAGES.map((p) => [p.path, p] as const))(
    '%s has a labelled search field in its language and a link for readers without JavaScript',
    (_path, { lang, route }) => {
      const ui = getUi(lang);
      const page = readPage(`${lang}/${route}index.html`);
      const header = page.querySelector('header')!;
      const input = header.querySelector('input[type="search"]')!;
      expect(header.querySelector(`label[for="${input.id}"]`)?.text).toBe(ui.search.label);
      expect(input.getAttribute('placeholder')).toBe(ui.search.placeholder);
      expect(header.querySelector(`#${input.getAttribute('aria-describedby')}`)?.text).toBe(ui.search.hint);
      expect(header.querySelector('button[type="submit"]')?.getAttribute('aria-label')).toBe(ui.search.submit);
      expect(header.querySelector('[data-search-clear]')?.getAttribute('aria-label')).toBe(ui.search.clear);
      expect(header.querySelector('[data-search-results]')?.getAttribute('aria-label')).toBe(ui.search.results);
      expect(header.querySelector('[data-search] [role="status"]')).not.toBeNull();
      const fallback = header.querySelector('a.search-fallback')!;
      expect(fallback.getAttribute('href')).toBe(`/${lang}/#guides`);
      expect(fallback.text).toBe(ui.search.browse);
    },
  );

  test('the search code is not loaded up front: pages load only the small loader', () => {
    const html = readFileSync(join(DIST, 'de/guides/ten-signs/index.html'), 'utf8');
    expect(html).not.toMatch(/pagefind\.js|search-ui/);
    expect(existsSync(join(BUNDLE, 'pagefind.js'))).toBe(true);
  });
});
