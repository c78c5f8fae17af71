import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
// Astro's own implementation of `astro:i18n`, run with this site's i18n settings (astro.config.mjs),
// so the tests see the URLs the build sees. The virtual module itself only exists inside Astro.
import { getLocaleAbsoluteUrl, getLocaleRelativeUrl } from '../../../node_modules/astro/dist/i18n/index.js';
import { DEFAULT_LANG, LANGS } from '../../../src/i18n/locales.ts';

const SITE = 'https://example.org';

vi.mock('astro:i18n', () => {
  const settings = () => ({
    base: import.meta.env.BASE_URL,
    trailingSlash: 'ignore' as const,
    format: 'directory' as const,
    defaultLocale: DEFAULT_LANG,
    locales: [...LANGS],
    strategy: 'pathname-prefix-always-no-redirect' as const,
    domains: undefined,
  });
  return {
    getRelativeLocaleUrl: (locale: string, path = '') => getLocaleRelativeUrl({ ...settings(), locale, path }),
    getAbsoluteLocaleUrl: (locale: string, path = '') => getLocaleAbsoluteUrl({ ...settings(), locale, path, site: SITE, isBuild: true }),
  };
});

const urls = await import('../../../src/lib/urls.ts');

/** Runs the tests of a block with the site served from `base` (BASE_PATH), as the build would. */
function servedFrom(base: string) {
  beforeEach(() => {
    vi.stubEnv('BASE_URL', base);
  });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('getPageUrl()', () => {
  describe('at the root', () => {
    servedFrom('/');

    test('returns a language home with its prefix and a trailing slash', () => {
      expect(urls.getPageUrl('de')).toBe('/de/');
      expect(urls.getPageUrl('he', '')).toBe('/he/');
    });

    test('prefixes every language, the default one too', () => {
      expect(urls.getPageUrl(DEFAULT_LANG, 'quiz/')).toBe(`/${DEFAULT_LANG}/quiz/`);
    });

    test('adds the trailing slash to a route written without one', () => {
      expect(urls.getPageUrl('tr', 'guides/ten-signs')).toBe('/tr/guides/ten-signs/');
    });
  });

  describe('under a base path', () => {
    servedFrom('/guide/');

    test('puts the base path before the language', () => {
      expect(urls.getPageUrl('da')).toBe('/guide/da/');
      expect(urls.getPageUrl('de', urls.QUIZ_ROUTE)).toBe('/guide/de/quiz/');
    });
  });
});

describe('getAbsolutePageUrl()', () => {
  test('returns the page URL on the site, at the root and under a base path', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(urls.getAbsolutePageUrl('de', 'guides/ten-signs/')).toBe(`${SITE}/de/guides/ten-signs/`);
    vi.stubEnv('BASE_URL', '/guide/');
    expect(urls.getAbsolutePageUrl('he')).toBe(`${SITE}/guide/he/`);
  });
});

describe('getGuideRoute()', () => {
  test('returns the language-neutral route of a guide, ending in a slash', () => {
    expect(urls.getGuideRoute('ten-signs')).toBe('guides/ten-signs/');
  });
});

describe('getGuideUrl()', () => {
  servedFrom('/guide/');

  test('returns the URL of a guide', () => {
    expect(urls.getGuideUrl('tr', 'ten-signs')).toBe('/guide/tr/guides/ten-signs/');
  });

  test('points at a section after the trailing slash', () => {
    expect(urls.getGuideUrl('de', 'ten-signs', 'lies')).toBe('/guide/de/guides/ten-signs/#lies');
  });
});

describe('getResultRoute()', () => {
  test('returns the route of an outcome page under the quiz', () => {
    expect(urls.getResultRoute('end-now')).toBe('quiz/result/end-now/');
    expect(urls.getResultRoute('keep')).toMatch(new RegExp(`^${urls.QUIZ_ROUTE}`));
  });
});

describe('getRootUrl()', () => {
  test('returns the base path, ending in a slash', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(urls.getRootUrl()).toBe('/');
    vi.stubEnv('BASE_URL', '/guide/');
    expect(urls.getRootUrl()).toBe('/guide/');
  });

  test('adds the slash to a base path given without one', () => {
    vi.stubEnv('BASE_URL', '/guide');
    expect(urls.getRootUrl()).toBe('/guide/');
  });
});

describe('getAbsoluteRootUrl()', () => {
  servedFrom('/guide/');

  test('returns the language chooser on the site', () => {
    expect(urls.getAbsoluteRootUrl(new URL('https://sub.example.org'))).toBe('https://sub.example.org/guide/');
  });

  test('falls back to example.org without a site', () => {
    expect(urls.getAbsoluteRootUrl(undefined)).toBe('https://example.org/guide/');
  });
});

describe('getLangFileUrl()', () => {
  test('returns a file among the pages of a language, with no slash after it, under the base path', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(urls.getLangFileUrl('he', 'quiz/questions.json')).toBe('/he/quiz/questions.json');
    vi.stubEnv('BASE_URL', '/guide/');
    expect(urls.getLangFileUrl('de', '/quiz/questions.json')).toBe('/guide/de/quiz/questions.json');
  });
});

describe('getAssetUrl()', () => {
  test('returns a public file under the base path, with or without a leading slash', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(urls.getAssetUrl('favicon.svg')).toBe('/favicon.svg');
    vi.stubEnv('BASE_URL', '/guide');
    expect(urls.getAssetUrl('/og/de/index.png')).toBe('/guide/og/de/index.png');
  });
});
