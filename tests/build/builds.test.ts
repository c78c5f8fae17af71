import { afterAll, describe, expect, test } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIsolated, type BuildResult } from '../support/isolated-build.ts';
import { findBrokenLinks } from '../support/links.ts';
import { readPage } from '../support/dist.ts';

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

  test('a missing frontmatter field', () => {
    const guides = brokenGuides('da/five-signs.mdx', (t) => t.replace(/^description:.*\n/m, ''));
    const result = build({ guidesDir: guides });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/da\/five-signs/);
    expect(result.output).toMatch(/description/);
  });
});

describe('BASE_PATH', () => {
  test('a build for /guide/ has no broken link and absolute URLs under /guide/', () => {
    const result = build({ env: { BASE_PATH: '/guide/', SITE_URL: 'https://sub.example.org' } });
    expect(result.status, result.output.slice(-2000)).toBe(0);
    expect(findBrokenLinks(result.dist, '/guide/', 'https://sub.example.org')).toEqual([]);
    const page = readPage('de/guides/ten-signs/index.html', result.dist);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://sub.example.org/guide/de/guides/ten-signs/');
    expect(page.querySelector('a[hreflang="he"][data-lang-link]')?.getAttribute('href')).toBe('/guide/he/guides/ten-signs/');
    const notFound = readFileSync(join(result.dist, '404.html'), 'utf8');
    expect(notFound).toContain('href="/guide/tr/"');
    // Search: the bundle is built into dist/, and the search code fetches it from under /guide/.
    expect(existsSync(join(result.dist, 'pagefind/pagefind.js'))).toBe(true);
    const searchUi = readdirSync(join(result.dist, '_astro')).find((f) => f.startsWith('search-ui.'));
    expect(readFileSync(join(result.dist, '_astro', searchUi!), 'utf8')).toContain('`/guide/`');
  });
});
