import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { findA11yViolations } from '../support/axe.ts';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';
import { getUi } from '../../src/i18n/ui/index.ts';
import { DIST } from '../support/dist.ts';
import { measureFirstSearch } from '../../scripts/page-weight.mjs';

const origin = inject('origin');
const browser = useBrowser();

/** One realistic query per language and the section its first result must be. */
const FIRST_HIT: Record<Lang, { query: string; url: string }> = {
  de: { query: 'ruft ständig an', url: '/de/guides/seven-signs/#dread-calls' },
  da: { query: 'ändrer mening hele tiden', url: '/da/guides/ten-signs/#changes-mind' },
  tr: { query: 'FATURALARIMA İTİRAZ EDİYOR', url: '/tr/guides/ten-signs/#invoice-disputes' },
  he: { query: 'לקוח שמשלם באיחור', url: '/he/guides/ten-signs/#slow-payer' },
};

const field = (page: Page, lang: Lang) => page.getByRole('searchbox', { name: getUi(lang).search.label });
const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('[data-search-results] a.hit-link');

/** Text of the live region once a search has settled: a count or "no results", not "loading". */
async function settledStatus(page: Page, lang: Lang): Promise<string> {
  const loading = getUi(lang).search.loading;
  await expect.poll(async () => ((await status(page).textContent()) ?? '').replace(loading, ''), { timeout: 10_000 }).not.toBe('');
  return (await status(page).textContent()) ?? '';
}

describe('header search', () => {
  test.each(LANGS)('%s: a reader types a problem with the keyboard and gets the right section, announced in their language', async (lang) => {
    const page = await browser().newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${origin}/${lang}/guides/five-signs/`, { waitUntil: 'networkidle' });
    expect(requests.filter((u) => /pagefind|search-ui/.test(u)), 'nothing of the search loads before it is used').toEqual([]);
    await page.keyboard.press('/');
    await expect.poll(() => field(page, lang).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(FIRST_HIT[lang].query);
    const said = await settledStatus(page, lang);
    const n = await results(page).count();
    expect(n).toBeGreaterThan(0);
    const ui = getUi(lang).search;
    expect(said).toBe((new Intl.PluralRules(lang).select(n) === 'one' ? ui.countOne : ui.countOther).replace('{n}', String(n)));
    expect(await results(page).first().getAttribute('href')).toBe(FIRST_HIT[lang].url);
    expect(requests.some((u) => u.includes('/pagefind/wasm.'))).toBe(true);
    expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
    await page.close();
  });

  test.each(LANGS)('%s: a query with no match says so in the reader’s language', async (lang) => {
    const page = await browser().newPage();
    await page.goto(`${origin}/${lang}/`);
    await field(page, lang).fill('xyzzyqwv');
    const said = await settledStatus(page, lang);
    expect(said).toBe(getUi(lang).search.noResults.replace('{query}', 'xyzzyqwv'));
    await expect.poll(() => page.locator('[data-search-message]').textContent()).toBe(said);
    expect(await results(page).count()).toBe(0);
    await page.close();
  });

  test('works by keyboard alone: Ctrl+K, arrows through the results, Escape closes, Enter opens the section', async () => {
    const page = await browser().newPage();
    await page.goto(`${origin}/de/guides/ten-signs/`);
    await page.keyboard.press('Control+k');
    const input = field(page, 'de');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('zahlt nicht');
    await settledStatus(page, 'de');
    const focusedHref = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id ?? '');
    const hrefs = await results(page).evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedHref()).toBe('site-search-input');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-search-panel]').isHidden()).toBe(true);
    expect(await input.inputValue()).toBe('zahlt nicht');
    // Typing again reopens the results; Enter opens the first one, a section of this very page.
    await page.keyboard.type(' ');
    await settledStatus(page, 'de');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}/de/guides/ten-signs/#slow-payer`);
    await expect.poll(focusedHref).toBe('slow-payer');
    await page.close();
  });

  test('a result opens the section of another guide', async () => {
    const page = await browser().newPage();
    await page.goto(`${origin}/tr/`);
    await field(page, 'tr').fill('her şey acil');
    await settledStatus(page, 'tr');
    await results(page).first().click();
    await page.waitForURL(`${origin}/tr/guides/seven-signs/#constant-emergencies`);
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
    await settledStatus(page, 'de');
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
      await settledStatus(page, lang);
      expect(await page.locator('[data-search-panel]').isVisible()).toBe(true);
      problems.push(...(await findA11yViolations(page)).map((v) => `${lang}: ${v}`));
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
