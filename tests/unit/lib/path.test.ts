import { describe, expect, test } from 'vitest';
import { ensurePageSlash, ensureTrailingSlash, joinPath, stripLeadingSlash, stripSlashes } from '../../../src/lib/path.ts';

describe('ensureTrailingSlash()', () => {
  test('adds a slash to a path without one', () => {
    expect(ensureTrailingSlash('/guide')).toBe('/guide/');
    expect(ensureTrailingSlash('')).toBe('/');
  });

  test('leaves a path that ends in a slash as it is', () => {
    expect(ensureTrailingSlash('/')).toBe('/');
    expect(ensureTrailingSlash('/guide/')).toBe('/guide/');
  });
});

describe('stripLeadingSlash()', () => {
  test('removes every leading slash and nothing else', () => {
    expect(stripLeadingSlash('/favicon.svg')).toBe('favicon.svg');
    expect(stripLeadingSlash('//og/de/index.png')).toBe('og/de/index.png');
    expect(stripLeadingSlash('de/')).toBe('de/');
  });
});

describe('stripSlashes()', () => {
  test('removes the slashes at both ends', () => {
    expect(stripSlashes('/guides/ten-signs/')).toBe('guides/ten-signs');
    expect(stripSlashes('quiz/result/keep//')).toBe('quiz/result/keep');
  });

  test('keeps the slashes inside and turns a bare slash into nothing', () => {
    expect(stripSlashes('guides/ten-signs')).toBe('guides/ten-signs');
    expect(stripSlashes('/')).toBe('');
  });
});

describe('joinPath()', () => {
  test('puts exactly one slash between the directory and the path', () => {
    expect(joinPath('/', 'favicon.svg')).toBe('/favicon.svg');
    expect(joinPath('/guide', 'pagefind/pagefind.js')).toBe('/guide/pagefind/pagefind.js');
    expect(joinPath('/guide/', '/sitemap-index.xml')).toBe('/guide/sitemap-index.xml');
  });

  test('joins under an empty directory as under the root', () => {
    expect(joinPath('', 'favicon.svg')).toBe('/favicon.svg');
  });
});

describe('ensurePageSlash()', () => {
  test('ends a page URL in a slash', () => {
    expect(ensurePageSlash('/de')).toBe('/de/');
    expect(ensurePageSlash('https://example.org/guide/de/guides/ten-signs')).toBe('https://example.org/guide/de/guides/ten-signs/');
    expect(ensurePageSlash('/de/quiz/')).toBe('/de/quiz/');
  });

  test('puts the slash before the fragment', () => {
    expect(ensurePageSlash('/de/guides/ten-signs#lies')).toBe('/de/guides/ten-signs/#lies');
    expect(ensurePageSlash('/de/guides/ten-signs/#lies')).toBe('/de/guides/ten-signs/#lies');
  });

  test('leaves the URL of a file as it is', () => {
    expect(ensurePageSlash('/og/de/index.png')).toBe('/og/de/index.png');
    expect(ensurePageSlash('/de/manifest.webmanifest')).toBe('/de/manifest.webmanifest');
  });
});
