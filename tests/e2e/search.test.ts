import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { findA11yViolations } from '../support/axe.ts';
import { useSiteSearch } from '../support/pagefind.ts';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';
import { getUi } from '../../src/i18n/ui/index.ts';
import type { QuizStrings } from '../../src/quiz/types.ts';
import { DIST } from '../support/dist.ts';
import { measureFirstSearch } from '../../tools/page-weight.mjs';

const origin = inject('origin');
const browser = useBrowser();

/** One realistic query per language and the section its first result must be. */
const FIRST_HIT: Record<Lang, { query: string; url: string }> = {
  de: { query: 'ruft ständig an', url: '/de/guides/seven-signs/#dread-calls' },
  da: { query: 'ändrer mening hele tiden', url: '/da/guides/ten-signs/#changes-mind' },
  tr: { query: 'FATURALARIMA İTİRAZ EDİYOR', url: '/tr/guides/ten-signs/#invoice-disputes' },
  he: { query: 'לקוח שמשלם באיחור', url: '/he/guides/ten-signs/#slow-payer' },
};

/** Random letters, with the language's own letters, that match nothing in the guides (see search-precision.test.ts). */
const NONSENSE: Record<Lang, string> = {
  de: 'öbed ryzkößz',
  da: 'ørkæb ålpz',
  tr: 'zxbrt plmqk',
  he: 'גדכשק זטפצ',
};

/**
 * How long a search may take to settle: the first one loads Pagefind and its WebAssembly, which
 * takes a while on a busy machine. Every wait below is for a condition; this is only its limit.
 */
const SETTLE = { timeout: 20_000 };

const field = (page: Page, lang: Lang) => page.getByRole('searchbox', { name: getUi(lang).search.label });
const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('[data-search-results] a.hit-link');

/** "1 Abschnitt gefunden" / "7 Abschnitte gefunden", as the live region says it. */
function countText(lang: Lang, n: number): string {
  const ui = getUi(lang).search;
  return (new Intl.PluralRules(lang).select(n) === 'one' ? ui.countOne : ui.countOther).replace('{n}', String(n));
}

/** What the search shows right now: the live region's words and the result links. */
async function shown(page: Page): Promise<{ status: string; links: (string | null)[] }> {
  return {
    status: (await status(page).textContent()) ?? '',
    links: await results(page).evaluateAll((links) => links.map((l) => l.getAttribute('href'))),
  };
}

/**
 * The built site's own search engine, run in Node: what the page must end up showing for a
 * query. Waiting for exactly that state (not for the first non-empty one) is what makes the checks
 * hold while the page is still working through the queries of earlier keystrokes.
 */
const { search } = useSiteSearch(origin);
async function expectedState(lang: Lang, query: string): Promise<{ status: string; links: string[] }> {
  const hits = await search(lang, query);
  const noResults = getUi(lang).search.noResults.replace('{query}', query.trim());
  return { status: hits.length ? countText(lang, hits.length) : noResults, links: hits.map((h) => h.url) };
}

/** Waits until the page shows the final results of `query`, announced in the live region. */
async function settled(page: Page, lang: Lang, query: string): Promise<{ status: string; links: string[] }> {
  const expected = await expectedState(lang, query);
  await expect.poll(() => shown(page), SETTLE).toEqual(expected);
  return expected;
}

describe('header search', () => {
  test.each(LANGS)('%s: a reader types a problem with the keyboard and gets the right section, announced in their language', async (lang) => {
    const page = await browser().newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${origin}/${lang}/guides/five-signs/`, { waitUntil: 'networkidle' });
    expect(
      requests.filter((u) => /pagefind|search-ui/.test(u)),
      'nothing of the search loads before it is used',
    ).toEqual([]);
    await page.keyboard.press('/');
    await expect.poll(() => field(page, lang).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(FIRST_HIT[lang].query);
    // The live region announces the count of exactly the results shown, in the page's language.
    const { links } = await settled(page, lang, FIRST_HIT[lang].query);
    expect(links[0]).toBe(FIRST_HIT[lang].url);
    expect(requests.some((u) => u.includes('/pagefind/wasm.'))).toBe(true);
    expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
    await page.close();
  });

  test.each(LANGS)('%s: a query of random letters says “no results” in the reader’s language', async (lang) => {
    const page = await browser().newPage();
    await page.goto(`${origin}/${lang}/`);
    await field(page, lang).click();
    // Typed key by key: the earlier keystrokes ("z", "zx"…) may find sections; the whole query must not.
    await page.keyboard.type(NONSENSE[lang]);
    const message = getUi(lang).search.noResults.replace('{query}', NONSENSE[lang]);
    await expect.poll(() => shown(page), SETTLE).toEqual({ status: message, links: [] });
    await expect.poll(() => page.locator('[data-search-message]').textContent()).toBe(message);
    await page.close();
  });

  test('works by keyboard alone: Ctrl+K, arrows through the results, Escape closes, Enter opens the section', async () => {
    const page = await browser().newPage();
    await page.goto(`${origin}/de/guides/ten-signs/`);
    await page.keyboard.press('Control+k');
    const input = field(page, 'de');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    // The query arrives as one input (as from an input method), so no search of a shorter query is
    // still under way to redraw the results, and take the focus, while the arrows move through them.
    await page.keyboard.insertText('zahlt nicht');
    const { links: hrefs } = await settled(page, 'de', 'zahlt nicht');
    const focusedHref = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id ?? '');
    expect(hrefs.length).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedHref).toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedHref).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedHref).toBe('site-search-input');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-search-panel]').isHidden()).toBe(true);
    expect(await input.inputValue()).toBe('zahlt nicht');
    // Typing again reopens the results; Enter opens the first one, a section of this very page.
    await page.keyboard.type(' ');
    await expect.poll(() => page.locator('[data-search-panel]').isVisible()).toBe(true);
    await settled(page, 'de', 'zahlt nicht');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}/de/guides/ten-signs/#slow-payer`);
    await expect.poll(focusedHref).toBe('slow-payer');
    await page.close();
  });

  test('a result opens the section of another guide', async () => {
    const page = await browser().newPage();
    await page.goto(`${origin}/tr/`);
    await field(page, 'tr').fill('her şey acil');
    const { links } = await settled(page, 'tr', 'her şey acil');
    expect(links[0]).toBe('/tr/guides/seven-signs/#constant-emergencies');
    await results(page).first().click();
    await page.waitForURL(`${origin}/tr/guides/seven-signs/#constant-emergencies`);
    await page.close();
  });

  test.each(LANGS)('%s: a result on an outcome page opens it without an alert (its anchors are not answers)', async (lang) => {
    const strings = JSON.parse(readFileSync(new URL(`../../content/quiz/strings/${lang}.json`, import.meta.url), 'utf8')) as QuizStrings;
    // The heading of the next steps finds the section of every outcome page.
    const query = strings.ui.nextStepsHeading;
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/${lang}/`);
    await field(page, lang).fill(query);
    const { links } = await settled(page, lang, query);
    const onOutcome = links.find((l) => /\/quiz\/result\/[a-z-]+\/#next-steps$/.test(l));
    expect(onOutcome, links.join(', ')).toBeDefined();
    await results(page).nth(links.indexOf(onOutcome!)).click();
    await page.waitForURL(`${origin}${onOutcome}`);
    await expect.poll(() => page.locator('[data-generic]').isVisible()).toBe(true);
    expect(await page.getByRole('alert').textContent()).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('without JavaScript the field is a link to the list of guides', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const lang of LANGS) {
      await page.goto(`${origin}/${lang}/guides/seven-signs/`);
      expect(await page.getByRole('searchbox').isVisible()).toBe(false);
      const link = page.getByRole('link', { name: getUi(lang).search.browse }).first();
      expect(await link.isVisible()).toBe(true);
      expect(await link.getAttribute('href')).toBe(`/${lang}/#guides`);
    }
    await context.close();
  });

  test('a first search stays on the site, logs no CSP violation and loads no more than its measured bound', async () => {
    const page = await browser().newPage();
    const problems: string[] = [];
    let bytes = 0;
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy|Refused/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${origin}/de/guides/seven-signs/`, { waitUntil: 'networkidle' });
    page.on('response', async (response) => {
      if (!response.url().startsWith(origin)) problems.push(`request to ${response.url()}`);
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes += body.length;
    });
    await field(page, 'de').fill('Kunde lügt');
    await settled(page, 'de', 'Kunde lügt');
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    const bound = measureFirstSearch(DIST).find((r: { lang: string }) => r.lang === 'de');
    // Raw bytes of JavaScript are compared with the raw bound: the browser here gets no compression.
    expect(bytes).toBeLessThanOrEqual(bound!.raw);
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('axe-core with results open (%s theme)', (colorScheme) => {
  test('reports no violation in any language', async () => {
    const context = await browser().newContext({ bypassCSP: true, colorScheme });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const lang of LANGS) {
      await page.goto(`${origin}/${lang}/guides/ten-signs/`);
      await field(page, lang).fill(FIRST_HIT[lang].query);
      await settled(page, lang, FIRST_HIT[lang].query);
      await expect.poll(() => page.locator('[data-search-panel]').isVisible()).toBe(true);
      problems.push(...(await findA11yViolations(page)).map((v) => `${lang}: ${v}`));
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
