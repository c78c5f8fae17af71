/**
 * Root chooser: forwards once to the remembered language or the best match of the browser's
 * languages. It never forwards a visitor who came back here from inside the site (they came to
 * choose), nor twice in one session, so a choice is never overridden.
 */
import { LANGS, matchLang } from '../i18n/locales.ts';
import { recallLang } from './preferred-lang.ts';

const FORWARDED = 'lang-forwarded';

function cameFromThisSite(): boolean {
  try {
    return document.referrer !== '' && new URL(document.referrer).origin === location.origin;
  } catch {
    return false;
  }
}

function alreadyForwarded(): boolean {
  try {
    return sessionStorage.getItem(FORWARDED) === '1';
  } catch {
    return false;
  }
}

if (!cameFromThisSite() && !alreadyForwarded()) {
  const remembered = recallLang();
  const target = LANGS.find((l) => l === remembered) ?? matchLang(navigator.languages ?? []);
  const link = target && document.querySelector<HTMLAnchorElement>(`a[data-lang-link][hreflang="${target}"]`);
  if (link) {
    try {
      sessionStorage.setItem(FORWARDED, '1');
    } catch {
      /* without session storage the forward still happens once per visit to / */
    }
    location.replace(link.href);
  }
}
