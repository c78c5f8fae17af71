/**
 * What each page's share card (SPEC section 2) says and where it lives. Pure and light: the page
 * heads (ShareMeta.astro) and the build step that draws the cards (integration.ts) both use it,
 * so a card always shows what its page's tags say. Drawing is in render.ts.
 */
import { LANGS, LOCALES, type Lang } from '../i18n/locales.ts';
import { format, getUi } from '../i18n/ui/index.ts';
import { loadQuiz } from '../quiz/load-fs.ts';
import { isOutcome } from '../quiz/types.ts';
import { stripSlashes } from '../lib/path.ts';

/** The size every card is drawn at (the size messengers expect for a large preview). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_TYPE = 'image/png';
/** SPEC section 2: no card may be larger. */
export const CARD_MAX_BYTES = 150 * 1024;
/** Folder of the cards under the build output (and under the base path). */
export const CARD_DIR = 'og';

/** The root chooser and the root 404.html are in every language at once (`<html lang="mul">`). */
export const ROOT = 'mul';
export type CardLang = Lang | typeof ROOT;

/** What a card shows: the title, the line under it (the site's name) and the writing direction. */
export interface CardText {
  lang: CardLang;
  dir: 'ltr' | 'rtl';
  title: string;
  subtitle: string;
}

/**
 * Returns the file of a page's card, relative to the build output: `og/de/index.png` for a home,
 * `og/de/guides/ten-signs.png` for a guide, `og/index.png` for the root chooser. Pure.
 */
export function getCardFile(lang: CardLang, route = ''): string {
  if (lang === ROOT) return `${CARD_DIR}/index.png`;
  const name = stripSlashes(route);
  return `${CARD_DIR}/${lang}/${name || 'index'}.png`;
}

/**
 * Returns what the card of a page shows, from the page's language, its language-neutral route and
 * its title (the `og:title`). Most cards show the page's title over the site's name. A home's
 * title is the site's name, so its card asks the home's question instead; an outcome's card shows
 * the outcome itself (its heading), over "quiz · site", since the outcome is the message. The root
 * chooser's card names the site in every language, a line each, each isolated in its own
 * direction, over the languages' names. Pure but for reading the quiz strings.
 */
export function getCardText(lang: CardLang, route: string, title: string): CardText {
  if (lang === ROOT) {
    return {
      lang,
      dir: 'ltr',
      title: LANGS.map((l) => isolate(getUi(l).site.name, LOCALES[l].dir)).join('\n'),
      subtitle: LANGS.map((l) => isolate(LOCALES[l].name, LOCALES[l].dir)).join(' · '),
    };
  }
  const ui = getUi(lang);
  const dir = LOCALES[lang].dir;
  if (route === '') return { lang, dir, title: ui.home.title, subtitle: ui.site.name };
  const outcome = /^quiz\/result\/([^/]+)\/?$/.exec(route)?.[1];
  if (isOutcome(outcome)) {
    return { lang, dir, title: loadQuiz(lang).strings.outcomes[outcome].title, subtitle: `${ui.nav.quiz} · ${ui.site.name}` };
  }
  return { lang, dir, title, subtitle: ui.site.name };
}

/** Returns the card's text alternative (`og:image:alt`), in the page's language. Pure. */
export function getCardAlt(text: CardText): string {
  if (text.lang === ROOT) return `${plain(text.title).split('\n').join(' · ')} – ${plain(text.subtitle)}`;
  return format(getUi(text.lang).card.alt, { title: text.title, site: text.subtitle });
}

/** Wraps right-to-left text in a Unicode isolate, so neighbouring punctuation stays on its side. */
function isolate(text: string, dir: 'ltr' | 'rtl'): string {
  return dir === 'rtl' ? `\u2067${text}\u2069` : text;
}

/** Drops the isolates again (an alt text is read, not laid out). */
function plain(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}
