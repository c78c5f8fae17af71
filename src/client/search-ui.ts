/**
 * The header search, loaded on first use by search-loader.ts: loads Pagefind (its JavaScript API,
 * from the bundle the build writes under the base path), searches as the visitor types, shows the
 * matching sections with highlighted excerpts and announces counts, "no results", loading and
 * errors in a live region, in the page's language. Keyboard: ↓/↑ move through the results,
 * Home/End jump, Escape closes, Enter opens the first result.
 */
import type { Lang } from '../i18n/locales.ts';
import panelStyles from '../styles/search-panel.css?url';
import { getPagefindOptions, searchSections, type PagefindApi } from '../search/query.ts';
import type { SectionHit } from '../search/rank.ts';
import { joinPath } from '../lib/path.ts';

/** The module `pagefind.js` exports (the calls used here). */
interface PagefindModule extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

const DEBOUNCE_MS = 160;

/** Takes over the search field in `root`; runs a search right away if something was typed. */
export async function startSearch(root: HTMLElement, input: HTMLInputElement): Promise<void> {
  // The results panel's styles come with the search, not with every page.
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: panelStyles }));
  // Every page is built with its language in <html lang> (Base.astro); no table is needed here,
  // which keeps this chunk free of shared imports (and the pages free of a preload helper).
  const lang = document.documentElement.lang as Lang;
  const panel = root.querySelector<HTMLElement>('[data-search-panel]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const message = root.querySelector<HTMLElement>('[data-search-message]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const text = (key: 'countOne' | 'countOther' | 'noResults' | 'loading' | 'error') => root.dataset[key] ?? '';

  let hits: SectionHit[] = [];
  /** The query whose results are shown: searching it again would only re-render (and drop focus). */
  let shownQuery = '';
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failed = false;
  const pagefind = loadPagefind(lang).catch(() => {
    failed = true;
    return undefined;
  });
  root.dataset.ready = 'true';

  const setOpen = (open: boolean) => {
    if (open && panel.hidden) panel.dataset.align = hasRoomAfter(root) ? 'start' : 'end';
    panel.hidden = !open;
  };
  const say = (words: string) => {
    message.textContent = words;
    status.textContent = words;
  };
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.hit-link')];

  const run = async () => {
    const query = input.value.trim();
    const mine = ++generation;
    clear.hidden = input.value === '';
    if (query === '') {
      hits = [];
      shownQuery = '';
      list.replaceChildren();
      say('');
      setOpen(false);
      return;
    }
    setOpen(true);
    if (query === shownQuery) return;
    const api = await Promise.race([pagefind, delay(300).then(() => 'slow' as const)]);
    if (api === 'slow') {
      if (mine === generation) say(text('loading'));
    }
    const ready = await pagefind;
    if (mine !== generation) return;
    if (!ready || failed) {
      list.replaceChildren();
      say(text('error'));
      return;
    }
    let found: SectionHit[] | null;
    try {
      found = await searchSections(ready, lang, query, { isStale: () => mine !== generation });
    } catch {
      if (mine === generation) {
        list.replaceChildren();
        say(text('error'));
      }
      return;
    }
    if (found === null || mine !== generation) return;
    hits = found;
    shownQuery = query;
    list.replaceChildren(...found.map(renderHit));
    say(found.length === 0 ? text('noResults').replace('{query}', query) : formatCount(lang, found.length, text('countOne'), text('countOther')));
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && hits.length + message.textContent!.length > 0) setOpen(true);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !panel.hidden && links().length) {
      event.preventDefault();
      links()[0].focus();
    } else if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      setOpen(false);
    }
  });
  panel.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const moves: Record<string, number | undefined> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      input.focus();
    } else if (at >= 0 && moves[event.key] !== undefined) {
      event.preventDefault();
      const next = moves[event.key]!;
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)].focus();
    }
  });
  panel.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('a');
    if (link) followSamePage(link, () => setOpen(false));
  });
  clear.addEventListener('click', () => {
    input.value = '';
    void run();
    input.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const first = links()[0];
    if (first) first.click();
    else void run();
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) setOpen(false);
  });
  document.addEventListener('pointerdown', (event) => {
    if (!root.contains(event.target as Node)) setOpen(false);
  });

  if (input.value.trim()) await run();
}

/** Loads `pagefind.js` from the bundle under the site's base path and prepares the language. */
async function loadPagefind(lang: Lang): Promise<PagefindModule> {
  const pagefind = (await import(/* @vite-ignore */ joinPath(import.meta.env.BASE_URL, 'pagefind/pagefind.js'))) as PagefindModule;
  await pagefind.options(getPagefindOptions(lang));
  await pagefind.init();
  return pagefind;
}

/** One result: the guide, the section heading as the link, the excerpt with the matches marked. */
function renderHit(hit: SectionHit): HTMLLIElement {
  const item = document.createElement('li');
  if (hit.heading) item.append(element('span', 'hit-guide', hit.pageTitle));
  const link = element('a', 'hit-link', hit.heading ?? hit.pageTitle);
  link.href = hit.url;
  item.append(link);
  const excerpt = element('p', 'hit-excerpt');
  excerpt.append(...hit.excerpt.map((part) => (part.mark ? element('mark', '', part.text) : document.createTextNode(part.text))));
  item.append(excerpt);
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.textContent = text;
  return node;
}

/**
 * A result in the page being read only changes the fragment: the browser scrolls, and focus is
 * moved to the section's heading so keyboard and screen reader users continue from there.
 */
function followSamePage(link: HTMLAnchorElement, close: () => void): void {
  close();
  const target = new URL(link.href, location.href);
  if (target.pathname !== location.pathname || !target.hash) return;
  requestAnimationFrame(() => {
    const heading = document.getElementById(decodeURIComponent(target.hash.slice(1)));
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  });
}

/** Whether the results panel fits between the field's inline start and the window's edge. */
function hasRoomAfter(root: HTMLElement): boolean {
  const box = root.getBoundingClientRect();
  const room = getComputedStyle(root).direction === 'rtl' ? box.right : innerWidth - box.left;
  const panelWidth = Math.min(34 * parseFloat(getComputedStyle(document.documentElement).fontSize), innerWidth - 32);
  return room >= panelWidth + 16;
}

/** "1 Abschnitt gefunden" / "{n} Abschnitte gefunden" by the language's plural rules. */
function formatCount(lang: Lang, n: number, one: string, other: string): string {
  return (new Intl.PluralRules(lang).select(n) === 'one' ? one : other).replace('{n}', String(n));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
