/**
 * Root 404: shows only the message in the language of the path's prefix (after the base path)
 * and sets the page language and direction to match. Without a known prefix all four stay.
 */
import { LOCALES, isLang } from '../i18n/locales.ts';
import { ensureTrailingSlash } from '../lib/path.ts';

const main = document.querySelector<HTMLElement>('[data-base]');
const base = ensureTrailingSlash(main?.dataset.base ?? '/');
const rest = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : '';
const prefix = rest.split('/')[0];

if (isLang(prefix)) {
  const sections = document.querySelectorAll<HTMLElement>('[data-not-found]');
  for (const section of sections) {
    if (section.dataset.notFound === prefix) {
      document.title = section.dataset.title ?? document.title;
      section.querySelector('h2')?.replaceWith(Object.assign(document.createElement('h1'), { textContent: section.dataset.title }));
    } else {
      section.remove();
    }
  }
  document.querySelector('[data-all-title]')?.remove();
  document.documentElement.lang = prefix;
  document.documentElement.dir = LOCALES[prefix].dir;
}
