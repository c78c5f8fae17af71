import { afterAll, describe, expect, test } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIsolated, type BuildResult } from '../support/isolated-build.ts';
import { findBrokenLinks } from '../support/links.ts';
import { readPage } from '../support/dist.ts';
import { serveStatic } from '../support/static-host.ts';
import { launchBrowser } from '../support/browser.ts';
import { paths, quiz } from '../support/quiz-tree.ts';

const allNo = paths.find((p) => p.answers.every((a) => a.value === 'no'))!;

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

/** Copies the real guides and breaks one file with `edit`. */
function brokenGuides(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'guides-'));
  cpSync(join(process.cwd(), 'content/guides'), dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function build(options: Parameters<typeof buildIsolated>[0]): BuildResult {
  const result = buildIsolated(options);
  cleanups.push(result.cleanup);
  return result;
}

describe('a broken content file fails the build and names the file and the problem', () => {
  test('a sign heading without its id', () => {
    const guides = brokenGuides('tr/seven-signs.mdx', (t) => t.replace(/\s*\{#micromanages\}/, ''));
    const result = build({ guidesDir: guides });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/guides/tr/seven-signs.mdx: no heading has the id `micromanages`');
  });

  test('a quiz tree whose answer leads to a node that does not exist', () => {
    const result = build({
      prepare: (dir) => {
        const file = join(dir, 'content/quiz/tree.json');
        writeFileSync(file, readFileSync(file, 'utf8').replace('"next": "q-haggles"', '"next": "q-hagles"'));
      },
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/quiz/tree.json');
    expect(result.output).toContain('node `q-money-troubles`: yes.next `q-hagles` does not exist — did you mean `q-haggles`?');
  });

  test('a negated question, and a gate that no longer names a situation it opens', () => {
    const result = build({
      prepare: (dir) => {
        const file = join(dir, 'content/quiz/strings/da.json');
        const strings = JSON.parse(readFileSync(file, 'utf8'));
        strings.questions['q-lies'].text = 'Har kunden ikke været ærlig over for dig?';
        delete strings.questions['g-fit'].mentions['q-friends'];
        writeFileSync(file, JSON.stringify(strings));
      },
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/quiz/strings/da.json: question `q-lies` (da): the question is negated ("ikke")');
    expect(result.output).toContain('content/quiz/strings/da.json: question `g-fit` (da): the gate does not name the situation of `q-friends`');
  });

  test('a scenario whose outcome the tree no longer gives', () => {
    const result = build({
      prepare: (dir) => {
        const file = join(dir, 'content/quiz/scenarios.json');
        const table = JSON.parse(readFileSync(file, 'utf8'));
        table.scenarios.find((s: { id: string }) => s.id === 'relative-otherwise-fine').outcome = 'keep';
        writeFileSync(file, JSON.stringify(table));
      },
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/quiz/scenarios.json: scenario `relative-otherwise-fine`: the tree now gives plan-exit, not keep');
  });

  test('quiz strings that lack a question', () => {
    const result = build({
      prepare: (dir) => {
        const file = join(dir, 'content/quiz/strings/tr.json');
        const strings = JSON.parse(readFileSync(file, 'utf8'));
        delete strings.questions['q-lies'];
        writeFileSync(file, JSON.stringify(strings));
      },
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/quiz/strings/tr.json');
    expect(result.output).toContain('q-lies');
  });

  test('a missing frontmatter field', () => {
    const guides = brokenGuides('da/five-signs.mdx', (t) => t.replace(/^description:.*\n/m, ''));
    const result = build({ guidesDir: guides });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/da\/five-signs/);
    expect(result.output).toMatch(/description/);
  });
});

describe('BASE_PATH', () => {
  let subPathBuild: BuildResult | undefined;
  /** One build for /guide/, shared by the tests below. */
  const buildForSubPath = () => (subPathBuild ??= build({ env: { BASE_PATH: '/guide/', SITE_URL: 'https://sub.example.org' } }));

  test('a build for /guide/ has no broken link and absolute URLs under /guide/', () => {
    const result = buildForSubPath();
    expect(result.status, result.output.slice(-2000)).toBe(0);
    expect(findBrokenLinks(result.dist, '/guide/', 'https://sub.example.org')).toEqual([]);
    const page = readPage('de/guides/ten-signs/index.html', result.dist);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://sub.example.org/guide/de/guides/ten-signs/');
    expect(page.querySelector('a[hreflang="he"][data-lang-link]')?.getAttribute('href')).toBe('/guide/he/guides/ten-signs/');
    // Share cards and manifests are addressed under /guide/ too.
    expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe('https://sub.example.org/guide/og/de/guides/ten-signs.png');
    expect(existsSync(join(result.dist, 'og/de/guides/ten-signs.png'))).toBe(true);
    expect(page.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe('/guide/de/manifest.webmanifest');
    expect(JSON.parse(readFileSync(join(result.dist, 'de/manifest.webmanifest'), 'utf8')).start_url).toBe('/guide/de/');
    const notFound = readFileSync(join(result.dist, '404.html'), 'utf8');
    expect(notFound).toContain('href="/guide/tr/"');
    // Search: the bundle is built into dist/, and the search code fetches it from under /guide/.
    expect(existsSync(join(result.dist, 'pagefind/pagefind.js'))).toBe(true);
    const searchUi = readdirSync(join(result.dist, '_astro')).find((f) => f.startsWith('search-ui.'));
    expect(readFileSync(join(result.dist, '_astro', searchUi!), 'utf8')).toContain('`/guide/`');
  });

  test('served from /guide/, the quiz, the language switcher, search and the 404 page work in a browser', async () => {
    const result = buildForSubPath();
    expect(result.status, result.output.slice(-2000)).toBe(0);
    const host = await serveStatic(result.dist, '/guide/');
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('response', (r) => {
        if (r.status() >= 400 && !r.url().includes('/tr/no-such-page')) problems.push(`${r.status()} ${r.url()}`);
      });

      await page.goto(`${host.origin}/guide/de/quiz/`);
      for (const { question, value } of allNo.answers) {
        await expect.poll(() => page.locator('[data-question]').getAttribute('data-question')).toBe(question);
        await page.locator(`[data-answer="${value}"]`).click();
      }
      await page.waitForURL(new RegExp('/guide/de/quiz/result/keep/#'));
      await expect.poll(() => page.locator('[data-reason-list] > li').count()).toBe(quiz.reasons(allNo).length);
      const guideLink = page.locator('[data-reason-list] a[href*="/guides/"]').first();
      expect(await guideLink.getAttribute('href')).toMatch(/^\/guide\/de\/guides\/[a-z-]+\/#[a-z-]+$/);

      await page.locator('a[hreflang="da"][data-lang-link]').first().click();
      await page.waitForURL(new RegExp('/guide/da/quiz/result/keep/#'));
      await expect.poll(() => page.locator('[data-reason-list] > li').count()).toBe(quiz.reasons(allNo).length);

      await page.goto(`${host.origin}/guide/da/`);
      await page.getByRole('searchbox').fill('ændrer mening');
      await expect
        .poll(() => page.locator('[data-search-results] a.hit-link').first().getAttribute('href'), { timeout: 10_000 })
        .toBe('/guide/da/guides/ten-signs/#changes-mind');

      const missing = await page.goto(`${host.origin}/guide/tr/no-such-page/`);
      expect(missing?.status()).toBe(404);
      await expect.poll(() => page.locator('[data-not-found="tr"]').isVisible()).toBe(true);
      expect(await page.locator('[data-not-found="de"]').isVisible()).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await host.close();
    }
  });
});
