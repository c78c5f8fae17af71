// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { LANGS, DEFAULT_LANG } from './src/i18n/locales.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { siteSearch } from './src/search/integration.ts';
import { shareCards } from './src/og/integration.ts';
import { cspPerPage } from './src/integrations/csp-per-page.ts';
import { INLINE_SCRIPTS } from './src/lib/inline-scripts.ts';
import { createHash } from 'node:crypto';

/**
 * CSP hash of an inline script's exact text.
 * @param {string} code
 * @returns {`sha256-${string}`}
 */
const hashOf = (code) => `sha256-${createHash('sha256').update(code).digest('base64')}`;

/** Where the site is published; canonical URLs, Open Graph and the sitemap use it. */
const site = process.env.SITE_URL || 'https://example.org';
/** The sub-path the site is served from, e.g. `/guide/`. */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  i18n: {
    locales: [...LANGS],
    defaultLocale: DEFAULT_LANG,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    preact(),
    sitemap({
      i18n: {
        defaultLocale: DEFAULT_LANG,
        locales: Object.fromEntries(LANGS.map((l) => [l, l])),
      },
      // The unprefixed root is the language chooser, not a page of the default locale: it is
      // every page's `x-default` alternate instead (as in each page's <head>).
      serialize(item) {
        const root = new URL(base, site).href;
        const links = (item.links ?? []).filter((link) => link.url !== root);
        return { ...item, links: links.length ? [...links, { lang: 'x-default', url: root }] : [] };
      },
      // The per-language 404 pages are not content.
      filter: (page) => !/\/404\/?$/.test(page),
    }),
    // Indexes the built pages with Pagefind (dist/pagefind/); see src/search/.
    siteSearch(),
    // Each page's CSP lists only the hashes of its own inline scripts and styles.
    cspPerPage(),
    // Draws each page's share card (og:image) and serves the icons and manifests; see src/og/.
    shareCards(),
  ],
  markdown: {
    syntaxHighlight: false,
    processor: satteri({
      features: {
        // `## Heading {#stable-id}`: every guide section keeps the same id in every language.
        headingAttributes: true,
        // Quotes are typed per language in the content („…“, »…«); English smart quotes would be wrong.
        smartPunctuation: false,
      },
    }),
  },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: INLINE_SCRIPTS.map(hashOf) },
    },
  },
});
