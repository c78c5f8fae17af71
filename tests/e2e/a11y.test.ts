import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { findA11yViolations } from '../support/axe.ts';
import { PAGES } from '../support/routes.ts';
import { LANGS } from '../../src/i18n/locales.ts';

const origin = inject('origin');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const paths = ['/', ...PAGES.map((p) => p.path), ...LANGS.map((l) => `/${l}/404/`), '/de/no-such-page/'];

describe.each(['light', 'dark'] as const)('axe-core (WCAG 2 A/AA), %s theme', (colorScheme) => {
  test('reports no violation on any page', async () => {
    const context = await browser.newContext({ bypassCSP: true, colorScheme });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of paths) {
      // The chooser forwards with JavaScript; axe checks it as it stands.
      await page.goto(origin + path + (path === '/' ? '?' : ''), { waitUntil: 'load' });
      if (path === '/' && new URL(page.url()).pathname !== '/') await page.goto(origin + '/', { referer: origin + '/de/' });
      problems.push(...(await findA11yViolations(page)).map((v) => `${path}: ${v}`));
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
