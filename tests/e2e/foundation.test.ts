import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { PAGES } from '../support/routes.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { getUi } from '../../src/i18n/ui/index.ts';

const origin = inject('origin');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('root language chooser', () => {
  test('forwards to the best match of the browser languages', async () => {
    const context = await browser.newContext({ locale: 'tr-TR' });
    const page = await context.newPage();
    await page.goto(origin + '/');
    await page.waitForURL(`${origin}/tr/`);
    await context.close();
  });

  test('forwards to the remembered choice, which beats the browser language', async () => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(origin + '/');
    await page.waitForURL(`${origin}/de/`);
    await page
      .getByRole('navigation', { name: getUi('de').nav.languages })
      .getByRole('link', { name: 'Dansk' })
      .click();
    await page.waitForURL(`${origin}/da/`);
    const second = await context.newPage();
    await second.goto(origin + '/');
    await second.waitForURL(`${origin}/da/`);
    await context.close();
  });

  test('does not force a visitor who comes back to choose', async () => {
    const context = await browser.newContext({ locale: 'he-IL' });
    const page = await context.newPage();
    await page.goto(origin + '/');
    await page.waitForURL(`${origin}/he/`);
    await page.getByRole('link', { name: getUi('he').nav.allLanguages }).click();
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('link', { name: /Deutsch/ }).click();
    await page.waitForURL(`${origin}/de/`);
    await context.close();
  });

  test('works without JavaScript: no forward, the links lead to each language', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto(origin + '/');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('link', { name: /Türkçe/ }).click();
    await page.waitForURL(`${origin}/tr/`);
    await context.close();
  });
});

describe('language switcher', () => {
  test('leads to the same page in the other language and keeps the section', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/de/guides/ten-signs/#lies`);
    await page
      .getByRole('navigation', { name: getUi('de').nav.languages })
      .getByRole('link', { name: 'Türkçe' })
      .click();
    await page.waitForURL(`${origin}/tr/guides/ten-signs/#lies`);
    expect(await page.locator('html').getAttribute('lang')).toBe('tr');
    await page.close();
  });
});

describe('right-to-left', () => {
  test('Hebrew pages are mirrored: the site name sits on the right, the languages on the left', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const positions = async (lang: string) => {
      await page.goto(`${origin}/${lang}/`);
      const name = await page.locator('.site-name').boundingBox();
      const langs = await page.locator('nav.languages').boundingBox();
      return { name: name!, langs: langs! };
    };
    const he = await positions('he');
    expect(he.name.x).toBeGreaterThan(he.langs.x);
    expect(he.name.x + he.name.width).toBeGreaterThan(900);
    const de = await positions('de');
    expect(de.name.x).toBeLessThan(de.langs.x);
    expect(de.name.x).toBeLessThan(100);
    await page.close();
  });
});

describe('not found', () => {
  test('an unknown path shows the message in the language of its prefix', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${origin}/tr/bu-sayfa-yok/`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('tr');
    expect(await page.locator('h1').innerText()).toBe(getUi('tr').notFound.title);
    expect(await page.locator('[data-not-found]').count()).toBe(1);
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await page.goto(`${origin}/he/nothing-here`);
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.close();
  });

  test('without JavaScript it shows all four languages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/da/findes-ikke/`);
    for (const lang of LANGS) {
      await expect(page.locator(`[data-not-found="${lang}"] h2`).innerText()).resolves.toBe(getUi(lang).notFound.title);
    }
    await context.close();
  });
});

describe('privacy and CSP in the browser', () => {
  test('no page requests another origin or logs a CSP violation or error', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`request to ${request.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy|Refused/i.test(message.text())) {
        problems.push(`${page.url()}: console ${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    for (const { path, route } of PAGES) {
      // Module scripts have run by `load`; the quiz island is imported after it, so wait for it.
      await page.goto(origin + path, { waitUntil: 'load' });
      if (route === 'quiz/') await page.locator('[data-question]').waitFor();
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
