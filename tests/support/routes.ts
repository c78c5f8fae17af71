import { LANGS } from '../../src/i18n/locales.ts';
import { GUIDE_SLUGS } from '../../src/guides/sections.ts';

/** The outcomes of the quiz, in order of severity (SPEC section 4). */
export const OUTCOMES = ['keep', 'reset-terms', 'plan-exit', 'end-now'] as const;

/** Every language-neutral route of SPEC section 2 that exists once per language. */
export const ROUTES: string[] = ['', ...GUIDE_SLUGS.map((slug) => `guides/${slug}/`), 'quiz/', ...OUTCOMES.map((o) => `quiz/result/${o}/`)];

/** Every content page of the site: language × route. */
export const PAGES = LANGS.flatMap((lang) => ROUTES.map((route) => ({ lang, route, path: `/${lang}/${route}` })));

/** The page type a route belongs to (bench budgets and checks are per type). */
export function pageType(route: string): 'home' | 'guide' | 'quiz' | 'outcome' | '404' {
  if (route === '') return 'home';
  if (route.startsWith('guides/')) return 'guide';
  if (route === 'quiz/') return 'quiz';
  if (route.startsWith('quiz/result/')) return 'outcome';
  return '404';
}
