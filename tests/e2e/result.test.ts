/**
 * A result you can act on (SPEC 4, the result issue), in the browser: next steps that follow the
 * exit answers, every answer listed with a change link, talking points, the printed plan (print
 * emulation and PDF, Hebrew too), no layout shift on the quiz page and a result with answers,
 * and axe on the new states. Runs come from the scenario table and the engine, so the expected
 * steps and answers are the tree's, not copies.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { findA11yViolations } from '../support/axe.ts';
import { quiz, tree } from '../support/quiz-tree.ts';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';
import { encodeAnswers } from '../../src/quiz/share-token.ts';
import { getRunSteps, replayScenario } from '../../src/quiz/scenarios.ts';
import type { AnswerValue, QuizState, QuizStrings } from '../../src/quiz/types.ts';

const origin = inject('origin');
const stringsOf = (lang: Lang): QuizStrings => JSON.parse(readFileSync(new URL(`../../content/quiz/strings/${lang}.json`, import.meta.url), 'utf8'));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { context, page, problems };
}

/** The complete run a visitor gives with these answers (every other question no). */
function runOf(answers: Record<string, AnswerValue>): QuizState {
  const replay = replayScenario(tree, answers);
  if (!replay.ok) throw new Error(replay.problem);
  return replay.state;
}

const resultUrl = (lang: Lang, state: QuizState) => `${origin}/${lang}/quiz/result/${quiz.outcome(state)}/#${encodeAnswers(tree, state)}`;

/** The steps shown, as the sections they link (data-step), in order. */
const shownSteps = (page: Page) => page.locator('[data-step]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));

/** The sections of a run's steps, from the tree. */
const expectedSteps = (state: QuizState) => {
  const steps = tree.outcomes[quiz.outcome(state)!].nextSteps;
  return getRunSteps(tree, state).map((id) => steps.find((s) => s.id === id)!.section);
};

describe.each(LANGS)('the result in %s', (lang) => {
  const strings = stringsOf(lang);

  test('next steps follow the exit answers: money owed, a stake, influence; not sure counts as applies', async () => {
    const { context, page, problems } = await open();
    const cases: [Record<string, AnswerValue>, string[], string[]][] = [
      [{ 'q-threats': 'yes', 'x-owed': 'no', 'x-stake': 'no', 'x-influential': 'no' }, [], ['paid-in-full', 'stakeholder', 'influential']],
      [{ 'q-threats': 'yes', 'x-owed': 'yes', 'x-stake': 'no', 'x-influential': 'no' }, ['paid-in-full'], ['stakeholder', 'influential']],
      [{ 'q-threats': 'yes', 'x-owed': 'unsure', 'x-stake': 'yes', 'x-influential': 'unsure' }, ['stakeholder', 'paid-in-full', 'influential'], []],
      [{ 'g-money': 'yes', 'q-late-payment': 'yes', 'q-haggles': 'yes', 'x-owed': 'yes' }, ['paid-in-full'], ['stakeholder', 'influential']],
    ];
    for (const [answers, present, absent] of cases) {
      const state = runOf(answers);
      await page.goto(resultUrl(lang, state));
      await expect.poll(() => shownSteps(page)).toEqual(expectedSteps(state));
      const steps = await shownSteps(page);
      for (const s of present) expect(steps, JSON.stringify(answers)).toContain(s);
      for (const s of absent) expect(steps, JSON.stringify(answers)).not.toContain(s);
      // Every step links its guide section.
      for (const id of steps)
        expect(await page.locator(`[data-step="${id}"]:visible a`).first().getAttribute('href')).toBe(`/${lang}/guides/how-to-fire-a-client/#${id}`);
    }
    // The talk-first step only for a visitor who has not talked yet.
    const notTalked = runOf({ 'g-money': 'yes', 'q-late-payment': 'yes', 'd-talked': 'no' });
    await page.goto(resultUrl(lang, notTalked));
    await expect.poll(() => shownSteps(page)).toContain('client-underdelivers');
    const talked = runOf({ 'g-money': 'yes', 'q-late-payment': 'yes', 'd-talked': 'yes', 'd-persists': 'no' });
    await page.goto(resultUrl(lang, talked));
    await expect.poll(() => shownSteps(page)).toEqual(expectedSteps(talked));
    expect(await shownSteps(page)).not.toContain('client-underdelivers');
    // Without a fragment: the generic list, every step.
    await page.goto(`${origin}/${lang}/quiz/result/end-now/`);
    await expect.poll(() => shownSteps(page)).toEqual(tree.outcomes['end-now'].nextSteps.map((s) => s.section));
    expect(problems).toEqual([]);
    await context.close();
  });

  test('your answers: every question of the run with its answer and a change link; changing one gives the result for the new answers', async () => {
    const { context, page, problems } = await open();
    const state = runOf({ 'q-lies': 'unsure', 'g-money': 'yes', 'q-late-payment': 'yes', 'q-haggles': 'yes', 'x-owed': 'yes' });
    expect(quiz.outcome(state)).toBe('plan-exit');
    await page.goto(resultUrl(lang, state));
    const box = page.locator('details[data-answers]');
    await expect.poll(() => box.isVisible()).toBe(true);
    // Collapsed, but found by its heading.
    expect(await page.getByRole('heading', { name: strings.ui.answersHeading }).count()).toBe(1);
    await box.locator('summary').click();
    const items = page.locator('[data-review]');
    await expect.poll(() => items.count()).toBe(state.answers.length);
    for (const [i, { question, value }] of state.answers.entries()) {
      const item = items.nth(i);
      expect(await item.getAttribute('data-review')).toBe(question);
      expect(await item.locator('p').first().textContent()).toBe(strings.questions[question].text);
      expect(await item.locator('strong').textContent()).toBe(strings.ui[value]);
      expect(await item.locator('a[data-change]').textContent()).toBe(strings.ui.change);
    }
    // Change "money owed" from yes to no: straight back to a result, without the get-paid step.
    const index = state.answers.findIndex((a) => a.question === 'x-owed');
    await items.nth(index).locator('a[data-change]').click();
    await page.waitForURL(new RegExp(`/${lang}/quiz/#`));
    await expect.poll(() => page.locator('[data-question]').getAttribute('data-question')).toBe('x-owed');
    await page.locator('[data-answer="no"]').click();
    const changed = runOf({ 'q-lies': 'unsure', 'g-money': 'yes', 'q-late-payment': 'yes', 'q-haggles': 'yes', 'x-owed': 'no' });
    await page.waitForURL(resultUrl(lang, changed));
    await expect.poll(() => shownSteps(page)).toEqual(expectedSteps(changed));
    expect(await shownSteps(page)).not.toContain('paid-in-full');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('talking points: up to three of the visitor’s own reasons, most serious first', async () => {
    const { context, page } = await open();
    const state = runOf({
      'g-money': 'yes',
      'q-underpaid': 'yes',
      'q-haggles': 'yes',
      'g-demands': 'yes',
      'q-bending': 'yes',
      'q-demands': 'yes',
      'g-fit': 'yes',
      'q-friends': 'yes',
    });
    await page.goto(resultUrl(lang, state));
    const section = page.getByRole('region', { name: strings.ui.talkingPointsHeading });
    await expect.poll(() => section.isVisible()).toBe(true);
    const expected = quiz.talkingPoints(state).map((r) => strings.questions[r.question].reasons[r.answer]);
    expect(expected).toHaveLength(3);
    expect(await section.locator('li').allTextContents()).toEqual(expected);
    // Not on a result that is not about ending it.
    await page.goto(resultUrl(lang, runOf({ 'g-money': 'yes', 'q-underpaid': 'yes', 'd-talked': 'no' })));
    await expect.poll(() => page.locator('[data-reason-list] li').count()).toBeGreaterThan(0);
    expect(await page.getByRole('region', { name: strings.ui.talkingPointsHeading }).count()).toBe(0);
    await context.close();
  });
});

describe('print', () => {
  const state = runOf({ 'q-lies': 'unsure', 'g-money': 'yes', 'q-late-payment': 'yes', 'q-haggles': 'yes', 'x-owed': 'yes' });

  test.each(['de', 'he'] as const)(
    'the printed result in %s is a plan: outcome, reasons, talking points, answers and steps; no header, search, buttons or share',
    async (lang) => {
      const strings = stringsOf(lang);
      const { context, page, problems } = await open();
      await page.goto(resultUrl(lang, state));
      await expect.poll(() => page.locator('[data-reason-list] li').count()).toBeGreaterThan(0);
      // The print button opens "your answers" before printing; print() itself is stubbed here.
      await page.evaluate(() => (window.print = () => document.documentElement.setAttribute('data-printed', '')));
      const button = page.getByRole('button', { name: strings.ui.print });
      await button.click();
      await expect.poll(() => page.locator('html').getAttribute('data-printed')).toBe('');
      await expect.poll(() => page.locator('[data-review]').count()).toBe(state.answers.length);
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['header.site-header', '.skip-link', '[data-search]', 'button', '[data-share]', '.share', '.actions']) {
        for (const el of await page.locator(hidden).all()) expect(await el.isVisible(), hidden).toBe(false);
      }
      for (const shown of ['h1', '[data-reason-list]', '[data-talking-points]', '[data-review-list]', '#next-steps', '[data-step]:not([hidden])']) {
        expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
      }
      // Guide sections are named, not printed as URLs.
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/https?:\/\//);
      expect(text).toContain(strings.outcomes['plan-exit'].title);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages, 'fits few pages').toBeLessThanOrEqual(4);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});

describe('no layout shift', () => {
  /**
   * Cumulative layout shift from load until the page has settled (its content is there), on a
   * CPU slowed down as a cheap phone's: there the parser yields and Chromium paints a part of the
   * page (a half-parsed header) before the rest arrives, which a fast machine never shows.
   */
  async function measureCls(page: Page, url: string, ready: string): Promise<number> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await page.addInitScript(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.locator(ready).first().waitFor();
    // Two frames after the content is there, every shift it caused has been reported.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return page.evaluate(() => (window as unknown as { cls: number }).cls);
  }

  const run = runOf({ 'q-lies': 'unsure', 'g-money': 'yes', 'q-late-payment': 'yes', 'q-haggles': 'yes', 'x-owed': 'yes' });
  const sizes = [
    { width: 412, height: 823 },
    { width: 1280, height: 800 },
  ];
  test.each(sizes.flatMap((viewport) => LANGS.map((lang) => [viewport, lang] as const)))(
    '%o %s: the quiz page and a result with answers stay put (CLS ≤ 0.01)',
    async (viewport, lang) => {
      for (const [url, ready] of [
        [`${origin}/${lang}/quiz/`, '[data-question]'],
        [resultUrl(lang, run), '[data-reason-list] li'],
      ] as const) {
        const { context, page } = await open({ viewport });
        const cls = await measureCls(page, url, ready);
        expect(cls, url).toBeLessThanOrEqual(0.01);
        await context.close();
      }
    },
  );
});

describe('accessibility of the new result states', () => {
  test.each(['light', 'dark'] as const)(
    'axe-core finds nothing on a result with not-sure answers, talking points and the answers open (%s)',
    async (colorScheme) => {
      const { context, page } = await open({ bypassCSP: true, colorScheme });
      const state = runOf({ 'q-lies': 'unsure', 'q-legal': 'unsure', 'g-money': 'yes', 'q-late-payment': 'yes', 'q-haggles': 'yes', 'x-owed': 'unsure' });
      for (const lang of LANGS) {
        await page.goto(resultUrl(lang, state));
        await expect.poll(() => page.locator('[data-unsure-list] li').count()).toBe(quiz.unsure(state).length);
        await page.locator('details[data-answers] summary').click();
        await expect.poll(() => page.locator('[data-review]').count()).toBe(state.answers.length);
        expect(await findA11yViolations(page), lang).toEqual([]);
      }
      await context.close();
    },
  );
});
