import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { findBrokenLinks } from '../../support/links.ts';
import { checkPageMeta } from '../../support/meta.ts';
import { readPage } from '../../support/dist.ts';

const fixtures = join(process.cwd(), 'tests/fixtures');

describe('findBrokenLinks()', () => {
  test('reports a missing page, a missing anchor and a third-party link, and nothing else', () => {
    const problems = findBrokenLinks(join(fixtures, 'broken-links'));
    expect(problems).toEqual([
      'index.html: broken link /de/missing/',
      'index.html: broken anchor /de/#nope (no id "nope" in de/index.html)',
      'index.html: link to another origin https://cdn.example.net/x.js',
    ]);
  });

  test('honours a base path: the same site under /guide/ has only broken links', () => {
    const problems = findBrokenLinks(join(fixtures, 'broken-links'), '/guide/');
    expect(problems.filter((p) => p.includes('broken link')).length).toBe(4);
  });
});

describe('checkPageMeta()', () => {
  test('reports a missing hreflang alternate, a wrong one and a wrong switcher link', () => {
    const page = readPage('page.html', join(fixtures, 'broken-meta'));
    const problems = checkPageMeta(page, {
      lang: 'de',
      dir: 'ltr',
      canonical: 'https://example.org/de/',
      alternates: {
        he: 'https://example.org/he/',
        de: 'https://example.org/de/',
        tr: 'https://example.org/tr/',
        da: 'https://example.org/da/',
        'x-default': 'https://example.org/',
      },
      switcher: { he: '/he/', de: '/de/', tr: '/tr/', da: '/da/' },
    });
    expect(problems).toEqual([
      'alternate hreflang="tr" is missing, expected https://example.org/tr/',
      'alternate hreflang="da" is https://example.org/de/, expected https://example.org/da/',
      'switcher link hreflang="tr" is /de/, expected /tr/',
    ]);
  });

  test('reports a wrong direction', () => {
    const page = readPage('page.html', join(fixtures, 'broken-meta'));
    const problems = checkPageMeta(page, { lang: 'de', dir: 'rtl', canonical: 'https://example.org/de/', alternates: {}, switcher: {} });
    expect(problems).toContain('dir is "ltr", expected "rtl"');
  });
});
