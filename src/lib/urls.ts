import { getRelativeLocaleUrl, getAbsoluteLocaleUrl } from 'astro:i18n';
import type { Lang } from '../i18n/locales.ts';
import { ensurePageSlash, ensureTrailingSlash, joinPath } from './path.ts';

/**
 * The one place that builds internal URLs. Every page is addressed by its language and a
 * language-neutral `route` ('' for home, 'guides/ten-signs/', 'quiz/'…); Astro's i18n helpers
 * add `base` (BASE_PATH) and the locale prefix, so sub-path builds have no broken link.
 */
export type Route = string;

/** Returns the site-relative URL of a page in one language. */
export function getPageUrl(lang: Lang, route: Route = ''): string {
  return ensurePageSlash(getRelativeLocaleUrl(lang, route));
}

/** Returns the absolute URL of a page (for canonical links, Open Graph and share links). */
export function getAbsolutePageUrl(lang: Lang, route: Route = ''): string {
  return ensurePageSlash(getAbsoluteLocaleUrl(lang, route));
}

/**
 * Returns the URL of a file the build writes among a language's pages (`quiz/questions.json` →
 * `/de/quiz/questions.json`), with no slash after it: a plain static host has no `questions.json/`.
 */
export function getLangFileUrl(lang: Lang, file: string): string {
  return joinPath(getPageUrl(lang), file);
}

/** Route of a guide, optionally pointing at a section. */
export function getGuideRoute(slug: string): Route {
  return `guides/${slug}/`;
}

/** Returns the URL of a guide, or of one of its sections. */
export function getGuideUrl(lang: Lang, slug: string, section?: string): string {
  return getPageUrl(lang, getGuideRoute(slug)) + (section ? `#${section}` : '');
}

/** Route of the quiz. */
export const QUIZ_ROUTE: Route = 'quiz/';

/** Route of a quiz outcome page. */
export function getResultRoute(outcome: string): Route {
  return `quiz/result/${outcome}/`;
}

/** Returns the URL of the root language chooser (also the `x-default` alternate). */
export function getRootUrl(): string {
  return ensureTrailingSlash(import.meta.env.BASE_URL);
}

/** Returns the absolute URL of the root language chooser. */
export function getAbsoluteRootUrl(site: URL | undefined): string {
  return new URL(getRootUrl(), site ?? 'https://example.org').href;
}

/** Returns the URL of a file in `public/`, honouring the base path. */
export function getAssetUrl(file: string): string {
  return joinPath(getRootUrl(), file);
}
