import { describe, expect, test } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { HtmlValidate } from 'html-validate';
import { LANGS, LOCALES } from '../../src/i18n/locales.ts';
import { getUi } from '../../src/i18n/ui/index.ts';
import { DIST, listHtml, readPage, fileForPath } from '../support/dist.ts';
import { findBrokenLinks } from '../support/links.ts';
import { checkPageMeta } from '../support/meta.ts';
import { PAGES, ROUTES, pageType } from '../support/routes.ts';

const SITE = 'https://example.org';

describe('routes (SPEC section 2)', () => {
  test.each(PAGES.map((p) => p.path))('%s exists', (path) => {
    expect(fileForPath(path)).toBeDefined();
  });

  test('the root chooser, the root 404.html and a 404 page per language exist', () => {
    expect(existsSync(join(DIST, 'index.html'))).toBe(true);
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
    for (const lang of LANGS) expect(fileForPath(`/${lang}/404/`)).toBeDefined();
  });

  test('the root chooser links each language by its own name', () => {
    const page = readPage('index.html');
    for (const lang of LANGS) {
      const link = page.querySelector(`a[hreflang="${lang}"]`);
      expect(link?.getAttribute('href')).toBe(`/${lang}/`);
      expect(link?.text).toContain(LOCALES[lang].name);
    }
  });

  test('the root chooser has one main heading with the site name in each language, marked with its language', () => {
    const headings = readPage('index.html').querySelectorAll('h1');
    expect(headings).toHaveLength(1);
    for (const lang of LANGS) expect(headings[0].querySelector(`span[lang="${lang}"]`)?.text).toBe(getUi(lang).site.name);
  });

  test('the root 404.html carries the message in all four languages', () => {
    const page = readPage('404.html');
    expect(page.querySelectorAll('[data-not-found]').map((s) => s.getAttribute('lang'))).toEqual(LANGS);
  });
});

describe('outcome pages', () => {
  /** Every URL in a page's run data (keys ending in `Url` or `url`), with its key. */
  function runDataUrls(value: unknown, key = ''): [string, string][] {
    if (typeof value === 'string') return /url$/i.test(key) ? [[key, value]] : [];
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([k, v]) => runDataUrls(v, Array.isArray(value) ? key : k));
  }

  test.each(PAGES.filter((p) => pageType(p.route) === 'outcome').map((p) => p.path))(
    '%s: every URL its script fetches or links is served by a plain static host',
    (path) => {
      const script = readPage(fileForPath(path)!).querySelector('script[data-run-data]');
      const urls = runDataUrls(JSON.parse(script?.text ?? 'null'));
      expect(urls.map(([key]) => key)).toEqual(expect.arrayContaining(['questionsUrl', 'quizUrl']));
      const missing = urls.filter(([, url]) => fileForPath(new URL(url, SITE).pathname) === undefined);
      expect(missing).toEqual([]);
    },
  );
});

describe('metadata', () => {
  test.each(PAGES.map((p) => [p.path, p] as const))('%s declares language, canonical and alternates', (_path, { lang, route }) => {
    const page = readPage(fileForPath(`/${lang}/${route}`)!);
    const problems = checkPageMeta(page, {
      lang,
      dir: LOCALES[lang].dir,
      canonical: `${SITE}/${lang}/${route}`,
      alternates: { ...Object.fromEntries(LANGS.map((l) => [l, `${SITE}/${l}/${route}`])), 'x-default': `${SITE}/` },
      switcher: Object.fromEntries(LANGS.map((l) => [l, `/${l}/${route}`])),
    });
    expect(problems).toEqual([]);
    const og = (p: string) => page.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
    expect(og('og:locale')).toBe(LOCALES[lang].og);
    expect(og('og:title')).toBeTruthy();
    expect(og('og:description')).toBeTruthy();
    expect(og('og:url')).toBe(`${SITE}/${lang}/${route}`);
    expect(page.querySelector('title')?.text.trim()).toBeTruthy();
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
  });

  test('the sitemap lists every page with its alternates in all four languages', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const urls = [...xml.matchAll(/<url>(.*?)<\/url>/gs)].map((m) => m[1]);
    const locs = urls.map((u) => /<loc>(.*?)<\/loc>/.exec(u)![1]);
    for (const { lang, route } of PAGES) expect(locs).toContain(`${SITE}/${lang}/${route}`);
    expect(locs).toContain(`${SITE}/`);
    expect(locs.some((l) => l.includes('404'))).toBe(false);
    for (const url of urls) {
      const langs = [...url.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]).sort();
      expect(langs).toEqual([...LANGS, 'x-default'].sort());
    }
  });

  test('robots.txt points at the sitemap', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
});

describe('links', () => {
  test('no internal link or anchor is broken and nothing links to another origin', () => {
    expect(findBrokenLinks(DIST, '/', SITE)).toEqual([]);
  });
});

describe('HTML', () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro emits `<!DOCTYPE html>` and void elements without a slash; both are valid HTML.
      'doctype-style': 'off',
      'void-style': 'off',
      // Inline styles/scripts are Astro's, hashed by the CSP.
      'no-inline-style': 'off',
      // Ids are the stable, language-neutral section ids of the SPEC.
      'valid-id': 'off',
      // Typographic characters and Hebrew punctuation are intended.
      'no-raw-characters': 'off',
    },
  });

  // Astro's island runtime puts this one <style> before the first island, in the body; it is
  // Astro's, not ours, so it is the only thing taken out before validating.
  const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

  test.each(listHtml())('%s is valid', async (file) => {
    const html = readFileSync(join(DIST, file), 'utf8').replace(ISLAND_STYLE, '');
    const report = await validator.validateString(html, file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
    expect(messages).toEqual([]);
  });
});

describe('content security policy', () => {
  test.each(listHtml())('%s has a strict CSP that hashes every inline script', (file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    const page = readPage(file);
    const csp = page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp).toMatch(/script-src /);
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).toMatch(/default-src 'self'/);
    for (const script of page.querySelectorAll('script:not([src])')) {
      if (script.getAttribute('type') === 'application/json') continue;
      const hash = createHash('sha256').update(script.rawText).digest('base64');
      expect(csp, `inline script in ${file} is not hashed`).toContain(`'sha256-${hash}'`);
    }
    expect(html).not.toMatch(/\son[a-z]+="/);
  });
});

describe('routes table', () => {
  test('covers home, guides, quiz and outcome pages', () => {
    expect(ROUTES.length).toBe(1 + 4 + 1 + 4);
  });
});
