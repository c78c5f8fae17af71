import type { APIRoute } from 'astro';
import { getLangPaths } from '../../../lib/lang-paths.ts';
import { loadQuiz } from '../../../quiz/load-fs.ts';
import type { Lang } from '../../../i18n/locales.ts';

export const getStaticPaths = getLangPaths;

/**
 * The quiz questions of one language, question id → text: what "your answers" on an outcome page
 * lists. Loaded only when the visitor opens that list (or prints), which keeps outcome pages
 * within their budget.
 */
export const GET: APIRoute = ({ props }) => {
  const { strings } = loadQuiz((props as { lang: Lang }).lang);
  const texts = Object.fromEntries(Object.entries(strings.questions).map(([id, q]) => [id, q.text]));
  return new Response(JSON.stringify(texts), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
