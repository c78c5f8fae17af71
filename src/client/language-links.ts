/**
 * Runs on every page. When the visitor picks a language (switcher or chooser link), remembers
 * it for the root chooser and carries the URL fragment (a guide section, the quiz state) to the
 * same page in the other language.
 */
import { rememberLang } from './preferred-lang.ts';

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-lang-link]');
  if (!(link instanceof HTMLAnchorElement)) return;
  rememberLang(link.hreflang);
  if (location.hash && !link.hash) link.hash = location.hash;
});
