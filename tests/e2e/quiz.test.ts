/**
 * The quiz in the browser, in every language: paths through the island, the outcome pages with
 * their reasons, history, reload, language switch, sharing, bad fragments, keyboard use, axe.
 * Expected outcomes and paths come from the engine over the real tree (tests/support/quiz-tree),
 * so these tests check that the island and the pages follow it, question by question.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { findA11yViolations } from '../support/axe.ts';
import { paths, quiz, tree } from '../support/quiz-tree.ts';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';
import { encodeAnswers, formatToken } from '../../src/quiz/share-token.ts';
import type { AnswerValue, Outcome, QuestionNode, QuizState, QuizStrings, QuizTree } from '../../src/quiz/types.ts';
import { replayScenario, type Scenario } from '../../src/quiz/scenarios.ts';

const origin = inject('origin');
const stringsOf = (lang: Lang): QuizStrings => JSON.parse(readFileSync(new URL(`../../content/quiz/strings/${lang}.json`, import.meta.url), 'utf8'));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A context whose pages record console errors and uncaught exceptions. */
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

const quizUrl = (lang: Lang) => `${origin}/${lang}/quiz/`;
const resultUrl = (lang: Lang, outcome: Outcome) => `${origin}/${lang}/quiz/result/${outcome}/`;

/** The complete path with the fewest yes answers that satisfies `wanted`. */
function pathWhere(wanted: (state: QuizState) => boolean): QuizState {
  const count = (s: QuizState, v: AnswerValue) => s.answers.filter((a) => a.value === v).length;
  const found = paths
    .filter(wanted)
    .sort((a, b) => count(a, 'unsure') - count(b, 'unsure') || count(a, 'yes') - count(b, 'yes') || a.answers.length - b.answers.length)[0];
  if (!found) throw new Error('No path of the tree satisfies the test’s condition.');
  return found;
}

/** Answers the island's questions along `state`, checking each question id on the way. */
async function follow(page: Page, state: QuizState, from = 0): Promise<void> {
  for (const { question, value } of state.answers.slice(from)) {
    const shown = page.locator('[data-question]');
    await expect.poll(() => shown.getAttribute('data-question')).toBe(question);
    await shown.locator(`[data-answer="${value}"]`).click();
  }
}

/** The question id shown now. */
const currentQuestion = (page: Page) => page.locator('[data-question]').getAttribute('data-question');

/** The reason sentences listed on an outcome page. */
const reasonTexts = (page: Page) => page.locator('[data-reason-list] > li > p:first-child').allTextContents();

function expectedReasons(lang: Lang, state: QuizState): string[] {
  const strings = stringsOf(lang);
  return quiz.reasons(state).map((r) => strings.questions[r.question].reasons[r.answer]!);
}

const allNo = pathWhere((s) => s.answers.every((a) => a.value === 'no'));
const redLineQuestions = Object.entries(tree.nodes).flatMap(([id, node]) =>
  node.kind === 'question' && node.yes.floor === 'end-now' && node.signs.some((s) => (tree.redLines as readonly string[]).includes(s)) ? [id] : [],
);
const planExit = pathWhere((s) => quiz.outcome(s) === 'plan-exit');
const resetTerms = pathWhere((s) => quiz.outcome(s) === 'reset-terms');

test('the tree has the red-line questions the SPEC names', () => {
  const covered = new Set(redLineQuestions.flatMap((id) => (tree.nodes[id] as QuestionNode).signs));
  for (const sign of tree.redLines) expect(covered).toContain(sign);
});

describe.each(LANGS)('quiz in %s', (lang) => {
  const strings = stringsOf(lang);

  test('all no leads to keep, question by question in this language', async () => {
    const { context, page, problems } = await open();
    await page.goto(quizUrl(lang));
    const first = page.locator('[data-question]');
    await expect.poll(() => first.getAttribute('data-question')).toBe(tree.start);
    expect(await first.getByRole('heading').textContent()).toBe(strings.questions[tree.start].text);
    expect(await first.locator('[data-answer="yes"]').textContent()).toBe(strings.ui.yes);
    expect(await page.title()).toContain(strings.ui.progress.replace('{n}', '1').replace('{total}', String(quiz.progress(quiz.start()).estimatedTotal)));
    // The title with the progress stays within 70 characters (SPEC section 5) in every language.
    expect((await page.title()).length).toBeLessThanOrEqual(70);
    await follow(page, allNo);
    await page.waitForURL(`${resultUrl(lang, 'keep')}#${encodeAnswers(tree, allNo)}`);
    await expect.poll(() => page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('keep');
    expect(await page.locator('h1').textContent()).toBe(strings.outcomes.keep.title);
    expect(await reasonTexts(page)).toEqual(expectedReasons(lang, allNo));
    expect(await page.locator('[data-generic]').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  test.each(redLineQuestions)('a yes to the red line %s leads to end-now, listed with its guide section', async (question) => {
    const path = pathWhere((s) => s.answers.some((a) => a.question === question && a.value === 'yes'));
    expect(quiz.outcome(path)).toBe('end-now');
    const { context, page, problems } = await open();
    await page.goto(quizUrl(lang));
    await follow(page, path);
    await page.waitForURL(new RegExp(`/${lang}/quiz/result/end-now/#`));
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('end-now');
    const item = page.locator('[data-reason-list] > li').filter({ hasText: strings.questions[question].reasons.yes! });
    expect(await item.count()).toBe(1);
    const sign = (tree.nodes[question] as QuestionNode).signs[0];
    expect(await item.locator(`a[href*="/${lang}/guides/"][href$="#${sign}"]`).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('browser back and forward, the back button, reload and a language switch keep the place', async () => {
    const other = LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length];
    const { context, page, problems } = await open();
    await page.goto(quizUrl(lang));
    const steps = planExit.answers.slice(0, 4);
    await follow(page, { answers: steps });
    const fifth = planExit.answers[4].question;
    await expect.poll(() => currentQuestion(page)).toBe(fifth);

    await page.goBack();
    await expect.poll(() => currentQuestion(page)).toBe(steps[3].question);
    await page.goForward();
    await expect.poll(() => currentQuestion(page)).toBe(fifth);

    await page.getByRole('button', { name: strings.ui.back, exact: true }).click();
    await expect.poll(() => currentQuestion(page)).toBe(steps[3].question);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('quiz-q');
    await page.locator(`[data-answer="${steps[3].value}"]`).click();
    await expect.poll(() => currentQuestion(page)).toBe(fifth);

    await page.reload();
    await expect.poll(() => currentQuestion(page)).toBe(fifth);

    await page.locator(`a[hreflang="${other}"]`).first().click();
    await page.waitForURL(new RegExp(`/${other}/quiz/#`));
    await expect.poll(() => currentQuestion(page)).toBe(fifth);
    expect(await page.locator('[data-question] h2').textContent()).toBe(stringsOf(other).questions[fifth].text);

    await follow(page, planExit, 4);
    await page.waitForURL(new RegExp(`/${other}/quiz/result/plan-exit/#`));
    expect(await reasonTexts(page)).toEqual(expectedReasons(other, planExit));
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a change link reopens the quiz at that question, the other answers kept, and changing it gives the new result', async () => {
    const { context, page, problems } = await open();
    await page.goto(`${resultUrl(lang, 'reset-terms')}#${encodeAnswers(tree, resetTerms)}`);
    const target = quiz.reasons(resetTerms).find((r) => r.answer === 'yes')!.question;
    await page.locator(`[data-reason-list] [data-change]`).first().click();
    await page.waitForURL(new RegExp(`/${lang}/quiz/#`));
    await expect.poll(() => currentQuestion(page)).toBe(target);
    // The earlier answer is shown, so the visitor knows what they are changing.
    await expect.poll(() => page.locator('.quiz-before').textContent()).toContain(strings.ui.yes);
    await page.locator(`[data-question="${target}"] [data-answer="no"]`).click();
    // Every later answer is kept: the run goes on only where the new path asks something new.
    const kept = new Map(resetTerms.answers.map((a) => [a.question, a.value]));
    const changed = quiz.answerKeeping(quiz.rewind(resetTerms, target), 'no', kept);
    let state = changed;
    for (let q = quiz.current(state); q; q = quiz.current(state)) {
      await expect.poll(() => currentQuestion(page)).toBe(q.id);
      await page.locator(`[data-question="${q.id}"] [data-answer="no"]`).click();
      state = quiz.answer(state, 'no');
    }
    const outcome = quiz.outcome(state)!;
    await page.waitForURL(new RegExp(`/${lang}/quiz/result/${outcome}/#`));
    expect(new URL(page.url()).hash).toBe(`#${encodeAnswers(tree, state)}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a shared link opened in a new browser reproduces the outcome and the reasons', async () => {
    const first = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await first.page.goto(quizUrl(lang));
    await follow(first.page, resetTerms);
    await first.page.waitForURL(new RegExp(`/result/reset-terms/#`));
    const reasons = await reasonTexts(first.page);
    expect(reasons).toEqual(expectedReasons(lang, resetTerms));
    expect(reasons.length).toBeGreaterThan(0);
    await first.page.locator('[data-share]').click();
    await expect.poll(() => first.page.locator('[data-share-status]').textContent()).toBe(strings.ui.linkCopied);
    const shared = await first.page.evaluate(() => navigator.clipboard.readText());
    expect(shared).toBe(first.page.url());
    await first.context.close();

    const second = await open();
    await second.page.goto(shared);
    expect(await second.page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('reset-terms');
    await expect.poll(() => reasonTexts(second.page)).toEqual(reasons);
    expect(second.problems).toEqual([]);
    await second.context.close();
  });

  test('without a fragment the outcome page shows the generic outcome', async () => {
    const { context, page } = await open();
    await page.goto(resultUrl(lang, 'plan-exit'));
    expect(await page.locator('[data-generic]').isVisible()).toBe(true);
    expect(await page.locator('[data-reason-list]').isHidden()).toBe(true);
    expect(await page.locator('.steps > li').count()).toBe(tree.outcomes['plan-exit'].nextSteps.length);
    await context.close();
  });
});

describe('bad fragments', () => {
  const lang: Lang = 'de';
  const strings = stringsOf(lang);
  const good = encodeAnswers(tree, planExit);
  const flipped = good.slice(0, -6) + (good.at(-6) === 'A' ? 'B' : 'A') + good.slice(-5);
  const otherTree = { ...tree, thresholds: { ...tree.thresholds, 'plan-exit': tree.thresholds['plan-exit'] + 1 } } as QuizTree;
  const outdated = formatToken(
    otherTree,
    planExit.answers.map((a) => a.value as AnswerValue),
  );
  const cases: [string, string, string][] = [
    ['a changed character', flipped, strings.ui.errorChecksum],
    ['garbage', 'hello-world', strings.ui.errorMalformed],
    ['a truncated token', good.slice(0, 9), strings.ui.errorMalformed],
    ['a token of another tree version', outdated, strings.ui.errorVersion],
    ['an unfinished run', encodeAnswers(tree, { answers: planExit.answers.slice(0, 3) }), strings.ui.errorIncomplete],
  ];

  test.each(cases)('%s on an outcome page: alert, restart link, no reasons, no error', async (_name, token, message) => {
    const { context, page, problems } = await open();
    await page.goto(`${resultUrl(lang, 'plan-exit')}#${token}`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.locator('p').first().textContent()).toBe(message);
    expect(await alert.getByRole('link', { name: strings.ui.restartLink }).getAttribute('href')).toBe(`/${lang}/quiz/`);
    expect(await page.locator('[data-reason-list]').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('valid answers on the page of another outcome are tampered: alert and a link to the real one', async () => {
    const { context, page, problems } = await open();
    await page.goto(`${resultUrl(lang, 'keep')}#${good}`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.locator('p').first().textContent()).toBe(strings.ui.errorOtherOutcome);
    expect(await page.locator('[data-reason-list]').isHidden()).toBe(true);
    await alert.getByRole('link', { name: strings.ui.showActualOutcome }).click();
    await page.waitForURL(`${resultUrl(lang, 'plan-exit')}#${good}`);
    await expect.poll(() => reasonTexts(page)).toEqual(expectedReasons(lang, planExit));
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a damaged fragment on the quiz page: alert, and restart starts over', async () => {
    const { context, page, problems } = await open();
    await page.goto(`${quizUrl(lang)}#${flipped}`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe(strings.ui.errorChecksum);
    expect(await page.locator('[data-question]').count()).toBe(0);
    await page.getByRole('button', { name: strings.ui.restart }).click();
    await expect.poll(() => currentQuestion(page)).toBe(tree.start);
    expect(problems).toEqual([]);
    await context.close();
  });

  test.each([
    ['the review’s fragment', 'zq~x9%21%%-ZZ'],
    ['a lone percent sign', '%'],
    ['a malformed escape after a valid token', `${good}%E0%A4%A`],
    ['an encoded lone surrogate', '%ED%A0%80'],
  ])('%s shows the localized alert on both page types, never a page error', async (_name, fragment) => {
    const { context, page, problems } = await open();
    await page.goto(`${resultUrl(lang, 'end-now')}#${fragment}`);
    await expect.poll(() => page.getByRole('alert').locator('p').first().textContent()).toBe(strings.ui.errorMalformed);
    expect(await page.getByRole('alert').getByRole('link', { name: strings.ui.restartLink }).count()).toBe(1);
    await page.goto(`${quizUrl(lang)}#${fragment}`);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(strings.ui.errorMalformed);
    await page.getByRole('button', { name: strings.ui.restart }).click();
    await expect.poll(() => currentQuestion(page)).toBe(tree.start);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the skip link mid-quiz goes to the content and keeps the question and the answers', async () => {
    const { context, page, problems } = await open();
    await page.goto(quizUrl(lang));
    await follow(page, { answers: planExit.answers.slice(0, 3) });
    await expect.poll(() => currentQuestion(page)).toBe(planExit.answers[3].question);
    const before = page.url();
    // Keyboard users meet the skip link first on the page; Shift+Tab from the question goes back to it.
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await currentQuestion(page)).toBe(planExit.answers[3].question);
    // The run stays in the address, so a reload or a shared link still has it.
    await expect.poll(() => page.url()).toBe(before);
    await page.reload();
    await expect.poll(() => currentQuestion(page)).toBe(planExit.answers[3].question);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('in-page anchors on an outcome page are not answers: #main and #next-steps keep the result, or the generic page', async () => {
    const { context, page, problems } = await open();
    await page.goto(`${resultUrl(lang, 'plan-exit')}#next-steps`);
    await expect.poll(() => page.locator('[data-generic]').isVisible()).toBe(true);
    expect(await page.getByRole('alert').textContent()).toBe('');
    await page.goto(`${resultUrl(lang, 'plan-exit')}#${good}`);
    await expect.poll(() => reasonTexts(page)).toEqual(expectedReasons(lang, planExit));
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.evaluate(() => (location.hash = 'next-steps'));
    expect(await page.getByRole('alert').textContent()).toBe('');
    expect(await reasonTexts(page)).toEqual(expectedReasons(lang, planExit));
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${good}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a link made before "not sure" existed shows the outdated-link message', async () => {
    const { context, page } = await open();
    // The all-no run of the tree before this change, in the old one-bit-per-answer format.
    await page.goto(`${resultUrl(lang, 'keep')}#1.IPFm.AI.xvuq`);
    await expect.poll(() => page.getByRole('alert').locator('p').first().textContent()).toBe(strings.ui.errorVersion);
    await context.close();
  });

  test('editing the fragment of an open outcome page updates it', async () => {
    const { context, page } = await open();
    await page.goto(`${resultUrl(lang, 'plan-exit')}#${good}`);
    await expect.poll(() => reasonTexts(page)).toEqual(expectedReasons(lang, planExit));
    await page.evaluate((t) => (location.hash = t), flipped);
    await expect.poll(() => page.getByRole('alert').locator('p').first().textContent()).toBe(strings.ui.errorChecksum);
    expect(await page.locator('[data-reason-list]').isHidden()).toBe(true);
    await context.close();
  });
});

describe('privacy and sharing', () => {
  test('a whole run sends no answer anywhere: no request carries the token, no request is made while answering', async () => {
    const { context, page, problems } = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(quizUrl('de'));
    await expect.poll(() => currentQuestion(page)).toBe(tree.start);
    const loaded = await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]);
    const requests: { url: string; method: string; body: string | null }[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
    await follow(page, { answers: planExit.answers.slice(0, -1) });
    // Chromium may look at the favicon again after a history entry; nothing new is fetched.
    const fresh = requests.filter((r) => !loaded.includes(r.url) && !r.url.endsWith('/favicon.svg'));
    expect(fresh, 'answering a question loads nothing new').toEqual([]);
    await follow(page, planExit, planExit.answers.length - 1);
    await page.waitForURL(new RegExp('/result/plan-exit/#'));
    await page.locator('[data-share]').click();
    await expect.poll(() => page.locator('[data-share-status]').textContent()).toBe(stringsOf('de').ui.linkCopied);
    const token = encodeAnswers(tree, planExit);
    // The token is version.treeHash.answers.checksum: the answers part must not travel either.
    const answersPart = `.${token.split('.')[2]}.`;
    expect(requests.length, 'the outcome page itself is loaded').toBeGreaterThan(0);
    for (const { url, method, body } of requests) {
      expect(url.startsWith(origin), url).toBe(true);
      expect(method, url).toBe('GET');
      expect(body, url).toBeNull();
      expect(url, 'no fragment or answers in a request').not.toContain('#');
      expect(url).not.toContain(token);
      expect(url).not.toContain(answersPart);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test('where Web Share exists, the share action uses it with the outcome link', async () => {
    const { context, page, problems } = await open();
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { sharedData: shared });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
    });
    const url = `${resultUrl('tr', 'reset-terms')}#${encodeAnswers(tree, resetTerms)}`;
    await page.goto(url);
    const button = page.locator('[data-share]');
    await expect.poll(() => button.textContent()).toBe(stringsOf('tr').ui.share);
    await button.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { sharedData: ShareData[] }).sharedData.map((d) => d.url))).toEqual([url]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('keyboard and screen reader', () => {
  test('a full path by keyboard alone; focus goes to each new question', async () => {
    const lang: Lang = 'he';
    const { context, page, problems } = await open();
    await page.goto(quizUrl(lang));
    await expect.poll(() => currentQuestion(page)).toBe(tree.start);
    for (const { question, value } of planExit.answers) {
      await expect.poll(() => currentQuestion(page)).toBe(question);
      // Tab from wherever focus is to the wanted answer button, then press Enter.
      for (let i = 0; i < 60; i++) {
        if (await page.evaluate((v) => document.activeElement?.getAttribute('data-answer') === v, value)) break;
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      const next = planExit.answers[planExit.answers.findIndex((a) => a.question === question) + 1];
      if (next) {
        // Focus moves to the heading of the new question (not merely stays in the old one's buttons).
        await expect
          .poll(() => page.evaluate(() => `${document.activeElement?.id}:${document.activeElement?.closest('[data-question]')?.getAttribute('data-question')}`))
          .toBe(`quiz-q:${next.question}`);
      }
    }
    await page.waitForURL(new RegExp(`/${lang}/quiz/result/plan-exit/#`));
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the progress is announced in a live region', async () => {
    const { context, page } = await open();
    await page.goto(quizUrl('tr'));
    const live = page.locator('[aria-live="polite"]');
    await expect.poll(() => live.textContent()).toContain('1');
    await context.close();
  });

  test.each(['light', 'dark'] as const)('axe-core finds nothing mid-quiz, on results and on an alert (%s)', async (colorScheme) => {
    const { context, page } = await open({ bypassCSP: true, colorScheme });
    for (const lang of LANGS) {
      await page.goto(quizUrl(lang));
      await follow(page, { answers: planExit.answers.slice(0, 3) });
      await expect.poll(() => currentQuestion(page)).toBe(planExit.answers[3].question);
      expect(await findA11yViolations(page), `${lang} quiz`).toEqual([]);
      await page.goto(`${resultUrl(lang, 'plan-exit')}#${encodeAnswers(tree, planExit)}`);
      await expect.poll(() => page.locator('[data-reason-list]').isVisible()).toBe(true);
      expect(await findA11yViolations(page), `${lang} result`).toEqual([]);
      await page.goto(`${resultUrl(lang, 'keep')}#${encodeAnswers(tree, planExit)}`);
      await expect.poll(() => page.getByRole('alert').textContent()).not.toBe('');
      expect(await findA11yViolations(page), `${lang} alert`).toEqual([]);
    }
    await context.close();
  });
});

describe('without JavaScript', () => {
  test.each(LANGS)('the quiz page of %s offers the checklist of every sign and the four outcomes', async (lang) => {
    const strings = stringsOf(lang);
    const { context, page } = await open({ javaScriptEnabled: false });
    await page.goto(quizUrl(lang));
    const checklist = page.locator('.checklist');
    expect(await checklist.isVisible()).toBe(true);
    expect(await checklist.getByRole('heading', { level: 2 }).textContent()).toBe(strings.ui.checklistHeading);
    for (const [sign, label] of Object.entries(strings.signs)) {
      const link = checklist.getByRole('link', { name: label, exact: true });
      expect(await link.getAttribute('href'), sign).toMatch(new RegExp(`^/${lang}/guides/[a-z-]+/#${sign}$`));
    }
    for (const outcome of ['keep', 'reset-terms', 'plan-exit', 'end-now'] as const) {
      expect(await checklist.getByRole('link', { name: strings.outcomes[outcome].title, exact: true }).getAttribute('href')).toBe(
        `/${lang}/quiz/result/${outcome}/`,
      );
    }
    await context.close();
  });
});

describe('without JavaScript, an outcome page', () => {
  test.each(LANGS)('%s: shows the outcome and its next steps, and no button that needs a script', async (lang) => {
    const strings = stringsOf(lang);
    const { context, page } = await open({ javaScriptEnabled: false });
    for (const outcome of ['keep', 'reset-terms', 'plan-exit', 'end-now'] as const) {
      await page.goto(resultUrl(lang, outcome));
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(strings.outcomes[outcome].title);
      expect(await page.locator('#next-steps').isVisible(), outcome).toBe(true);
      // Print, share and the answers need the script: a visible one would do nothing.
      const visibleButtons = await page.locator('main button').evaluateAll((all) => all.filter((b) => b.checkVisibility()).map((b) => b.outerHTML));
      expect(visibleButtons, outcome).toEqual([]);
      expect(await page.getByRole('link', { name: strings.ui.start, exact: true }).getAttribute('href')).toBe(`/${lang}/quiz/`);
    }
    await context.close();
  });
});

describe('not sure, factors and scenarios in the browser', () => {
  const scenarios = (JSON.parse(readFileSync(new URL('../../content/quiz/scenarios.json', import.meta.url), 'utf8')) as { scenarios: Scenario[] }).scenarios;

  test.each(LANGS)(
    'not sure in %s: offered where the tree offers it, carried by the link, listed under its own heading with its guide section',
    async (lang) => {
      const strings = stringsOf(lang);
      const { context, page, problems } = await open();
      await page.goto(quizUrl(lang));
      const replay = replayScenario(tree, { 'q-lies': 'unsure', 'q-legal': 'unsure', 'd-talked': 'no' });
      if (!replay.ok) throw new Error(replay.problem);
      for (const { question, value } of replay.state.answers) {
        const shown = page.locator('[data-question]');
        await expect.poll(() => shown.getAttribute('data-question')).toBe(question);
        const offered = (tree.nodes[question] as QuestionNode).unsure !== undefined;
        expect(await shown.locator('[data-answer="unsure"]').count(), question).toBe(offered ? 1 : 0);
        if (offered) expect(await shown.locator('[data-answer="unsure"]').textContent()).toBe(strings.ui.unsure);
        await shown.locator(`[data-answer="${value}"]`).click();
      }
      await page.waitForURL(new RegExp(`/${lang}/quiz/result/reset-terms/#`));
      const section = page.getByRole('region', { name: strings.ui.unsureHeading });
      await expect.poll(() => section.isVisible()).toBe(true);
      const items = section.locator('li');
      expect(await items.locator('p:first-child').allTextContents()).toEqual([
        strings.questions['q-lies'].reasons.unsure,
        strings.questions['q-legal'].reasons.unsure,
      ]);
      expect(await items.nth(0).locator('.more a').getAttribute('href')).toBe(`/${lang}/guides/ten-signs/#lies`);
      expect(await items.nth(1).locator('.more a').getAttribute('href')).toBe(`/${lang}/guides/ten-signs/#legal-risk`);
      // The answers the visitor was unsure of are not listed as reasons.
      expect(await reasonTexts(page)).not.toContain(strings.questions['q-lies'].reasons.unsure);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  test('the exit questions carry data-factor, where yes means the factor applies', async () => {
    const { context, page } = await open();
    await page.goto(quizUrl('da'));
    await follow(page, { answers: [{ question: 'q-threats', value: 'yes' }] });
    for (const [question, factor] of [
      ['x-owed', 'paid-in-full'],
      ['x-stake', 'stakeholder'],
      ['x-influential', 'influential'],
    ]) {
      const shown = page.locator(`[data-question="${question}"]`);
      await expect.poll(() => shown.getAttribute('data-factor')).toBe(factor);
      await shown.locator('[data-answer="no"]').click();
    }
    await page.waitForURL(/\/da\/quiz\/result\/end-now\/#/);
    await context.close();
  });

  const picked = ['friend-underpays', 'demanding-biggest-client', 'curt-but-fair', 'suspects-a-lie', 'blames-you-for-ignored-advice', 'outburst-then-apology'];
  test.each(picked.map((id, i) => [id, LANGS[i % LANGS.length]] as const))(
    'scenario %s (%s): answered in the browser, it reaches its outcome',
    async (id, lang) => {
      const scenario = scenarios.find((s) => s.id === id)!;
      const replay = replayScenario(tree, scenario.answers);
      if (!replay.ok) throw new Error(replay.problem);
      const { context, page, problems } = await open();
      await page.goto(quizUrl(lang));
      await follow(page, replay.state);
      await page.waitForURL(new RegExp(`/${lang}/quiz/result/${scenario.outcome}/#`));
      await page.locator('details[data-answers] summary').click();
      await expect.poll(() => page.locator('[data-review]').count()).toBe(replay.state.answers.length);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
