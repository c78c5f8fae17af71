import type { APIRoute } from 'astro';
import { joinPath } from '../lib/path.ts';

/** robots.txt: everything may be crawled; points at the sitemap index (honours SITE_URL and BASE_PATH). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(joinPath(import.meta.env.BASE_URL, 'sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
