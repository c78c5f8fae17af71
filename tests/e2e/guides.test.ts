/**
 * Guide pages in the browser: they render completely without JavaScript (SPEC section 5), and a
 * heading's copy-link puts the full section URL on the clipboard by keyboard alone, saying so in
 * the page's language (SPEC section 3).
 */
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { getUi } from '../../src/i18n/ui/index.ts';
import { GUIDE_SECTIONS, GUIDE_SLUGS } from '../../src/guides/sections.ts';

const origin = inject('origin');
const browser = useBrowser();

describe('without JavaScript', () => {
  test.each(LANGS)('%s: every guide shows every section heading, all listed in its contents', async (lang) => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const slug of GUIDE_SLUGS) {
      await page.goto(`${origin}/${lang}/guides/${slug}/`);
      for (const id of GUIDE_SECTIONS[slug]) {
        const heading = page.locator(`[id="${id}"]`);
        expect(await heading.isVisible(), `${slug}#${id}`).toBe(true);
        expect((await heading.textContent())?.trim().length, `${slug}#${id} has text`).toBeGreaterThan(3);
      }
      const contents = await page.locator('nav.toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      const listed = contents.filter((href) => (GUIDE_SECTIONS[slug] as readonly string[]).includes(href.slice(1)));
      expect(listed, `${slug}: the contents list every section, in order`).toEqual(GUIDE_SECTIONS[slug].map((id) => `#${id}`));
      for (const href of contents) expect(await page.locator(`[id="${href.slice(1)}"]`).isVisible(), `${slug}: contents link ${href}`).toBe(true);
      const text = await page.locator('main').innerText();
      expect(text.length, `${slug} article text`).toBeGreaterThan(2000);
    }
    await context.close();
  });
});

describe('copy-link', () => {
  test.each(LANGS)('%s: Tab to a heading’s copy-link and Enter copies the section URL and says so', async (lang) => {
    const ui = getUi(lang);
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const slug = 'seven-signs';
    const id = GUIDE_SECTIONS[slug][2];
    const url = `${origin}/${lang}/guides/${slug}/`;
    await page.goto(url);
    const link = page.locator(`a[data-copy-link][href="#${id}"]`);
    expect(await link.isVisible()).toBe(true);
    // Keyboard only: Tab until the copy-link of the third section has focus.
    for (let i = 0; i < 200; i++) {
      if (await link.evaluate((a) => a === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    expect(await link.evaluate((a) => a === document.activeElement), 'reached by Tab').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${url}#${id}`);
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe(ui.guide.linkCopied);
    expect(page.url()).toBe(`${url}#${id}`);
    await context.close();
  });
});
