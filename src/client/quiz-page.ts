/**
 * The quiz page: mounts the quiz island (src/islands/Quiz.tsx) into the page, with the props the
 * page rendered as JSON. The island renders only in the browser, since the run lives in the URL
 * fragment the server never sees; mounting it here rather than through Astro's `client:only`
 * runtime saves the hydration loader (about 1.7 KB of JavaScript) on the site's heaviest page.
 */
import { h, render } from 'preact';
import Quiz, { type QuizProps } from '../islands/Quiz.tsx';

const root = document.querySelector<HTMLElement>('[data-quiz-root]');
const props = document.querySelector('[data-quiz-props]')?.textContent;
if (root && props) render(h(Quiz, JSON.parse(props) as QuizProps), root);
