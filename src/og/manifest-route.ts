/** Serves the web app manifests (see manifest.ts); integration.ts injects it as `/[...lang]/manifest.webmanifest`. */
import type { APIRoute } from 'astro';
import { LANGS, isLang } from '../i18n/locales.ts';
import { getRootUrl } from '../lib/urls.ts';
import { getManifest } from './manifest.ts';
import { ROOT } from './cards.ts';

export function getStaticPaths() {
  return [{ params: { lang: undefined } }, ...LANGS.map((lang) => ({ params: { lang } }))];
}

export const GET: APIRoute = ({ params }) => {
  const lang = isLang(params.lang) ? params.lang : ROOT;
  return new Response(JSON.stringify(getManifest(lang, getRootUrl()), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
