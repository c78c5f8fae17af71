// Measures what each built page loads up front: its HTML, its stylesheets, its scripts and
// everything they import (module graph, island components and renderers). Shared by
// `npm run bench` and the budget test. Bytes are counted raw and gzipped (level 9).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in gzipped bytes per page type (SPEC section 5). */
export const BUDGETS = {
  guide: { total: 20 * 1024, js: 5 * 1024, upfrontJs: 5 * 1024 },
  home: { total: 15 * 1024, js: 15 * 1024 },
  outcome: { total: 15 * 1024, js: 15 * 1024 },
  404: { total: 15 * 1024, js: 15 * 1024 },
  root: { total: 15 * 1024, js: 15 * 1024 },
  quiz: { total: 30 * 1024, js: 15 * 1024 },
};

const LANGS = ['he', 'de', 'tr', 'da'];

function typeOf(path) {
  if (path === '/') return 'root';
  if (path === '/404.html' || /^\/[a-z]{2}\/404\/$/.test(path)) return '404';
  if (/^\/[a-z]{2}\/$/.test(path)) return 'home';
  if (path.includes('/guides/')) return 'guide';
  if (path.includes('/quiz/result/')) return 'outcome';
  if (path.includes('/quiz/')) return 'quiz';
  return 'other';
}

/** Lists every HTML file under a directory, as paths relative to it (posix separators). */
export function listHtml(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const size = (text) => ({ raw: Buffer.byteLength(text), gz: gzipSync(text, { level: 9 }).length });
const add = (a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz });
const ZERO = { raw: 0, gz: 0 };

/** Resolves a URL found in the page (absolute path under the site root) to a file in dist. */
function fileOf(dist, url) {
  const path = url.split(/[?#]/)[0];
  const file = join(dist, path.replace(/^\//, ''));
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Follows static imports of a JS module (relative specifiers), collecting every file once. */
function collectJs(dist, file, seen) {
  if (!file || seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) {
    const spec = m[1];
    if (spec.startsWith('.')) collectJs(dist, join(file, '..', spec), seen);
    else if (spec.startsWith('/')) collectJs(dist, fileOf(dist, spec), seen);
  }
}

/**
 * Measures every page in `dist`: returns one row per page with type, language, path and the
 * raw/gzipped bytes of HTML, CSS and JS it loads before any interaction.
 */
export function measureSite(dist) {
  const rows = [];
  for (const file of listHtml(dist)) {
    const path = '/' + file.replace(/index\.html$/, '');
    const type = typeOf(path);
    if (type === 'other') continue;
    const lang = LANGS.find((l) => path.startsWith(`/${l}/`)) ?? 'all';
    const html = readFileSync(join(dist, file), 'utf8');
    const css = new Set();
    const js = new Set();
    for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) {
      const f = fileOf(dist, m[1]);
      if (f) css.add(f);
    }
    for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) collectJs(dist, fileOf(dist, m[1]), js);
    for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)) collectJs(dist, fileOf(dist, m[1]), js);
    for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) collectJs(dist, fileOf(dist, m[1]), js);
    // Inline module scripts may import bundles too.
    for (const m of html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) {
      for (const i of m[1].matchAll(/["'](\/[^"']+\.js)["']/g)) collectJs(dist, fileOf(dist, i[1]), js);
    }
    const sum = (files) => [...files].reduce((acc, f) => add(acc, size(readFileSync(f))), ZERO);
    const inlineJs = [...html.matchAll(/<script(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].reduce((acc, m) => add(acc, size(m[1])), ZERO);
    const htmlSize = size(html);
    const cssSize = sum(css);
    const jsSize = add(sum(js), inlineJs);
    rows.push({
      type,
      lang,
      path,
      html: htmlSize,
      css: cssSize,
      js: jsSize,
      upfrontJs: type === 'guide' ? jsSize : undefined,
      total: add(add(htmlSize, cssSize), jsSize),
    });
  }
  const order = ['root', 'home', 'guide', 'quiz', 'outcome', '404'];
  return rows.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type) || a.path.localeCompare(b.path));
}

/**
 * What a visitor's first search loads, per language, at most: the search interface (the lazy
 * chunk and its imports), Pagefind's JavaScript, its entry file, the language's metadata,
 * WebAssembly and index, and every fragment of the language (a real query loads only the pages
 * it matches). Pagefind's binary files are already compressed, so raw = gzipped for them.
 */
export function measureFirstSearch(dist) {
  const bundle = join(dist, 'pagefind');
  if (!existsSync(bundle)) return [];
  const codeSize = measureSearchCode(dist);
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
  const fileSize = (file) => statSync(file).size;
  return Object.entries(entry.languages).map(([lang, { hash, wasm }]) => {
    const inDir = (dir) =>
      existsSync(join(bundle, dir))
        ? readdirSync(join(bundle, dir))
            .filter((f) => f.startsWith(`${lang}_`))
            .map((f) => join(bundle, dir, f))
        : [];
    const binary = [
      join(bundle, 'pagefind-entry.json'),
      join(bundle, `pagefind.${hash}.pf_meta`),
      join(bundle, `wasm.${wasm ?? 'unknown'}.pagefind`),
      ...inDir('index'),
    ];
    const index = binary.reduce((n, f) => n + fileSize(f), 0);
    const fragments = inDir('fragment').reduce((n, f) => n + fileSize(f), 0);
    return { lang, code: codeSize, index, fragments, raw: codeSize.raw + index + fragments, gz: codeSize.gz + index + fragments };
  });
}

/**
 * The search code a first search loads: the lazy search interface and its imports, the
 * stylesheets they link (the results panel), pagefind.js.
 */
function measureSearchCode(dist) {
  const code = new Set();
  for (const name of readdirSync(join(dist, '_astro'))) {
    if (/^search-ui\..*\.js$/.test(name)) collectJs(dist, join(dist, '_astro', name), code);
    if (/^search-panel\..*\.css$/.test(name)) code.add(join(dist, '_astro', name));
  }
  for (const file of [...code]) {
    for (const m of readFileSync(file, 'utf8').matchAll(/["'`](\/[^"'`]+\.css)["'`]/g)) {
      const css = fileOf(dist, m[1]);
      if (css) code.add(css);
    }
  }
  code.add(join(dist, 'pagefind', 'pagefind.js'));
  return [...code].reduce((acc, f) => add(acc, size(readFileSync(f))), ZERO);
}

/**
 * What one real first search for `query` in `lang` loads: the search code (gzipped, as a server
 * would send it) plus every file Pagefind fetches for it (entry, metadata, WebAssembly, index
 * chunks, fragments of the matched pages; already compressed). Runs the site's own search engine
 * and Pagefind bundle in Node, reading the files from `dist`.
 */
export async function measureQuery(dist, lang, query) {
  const { getPagefindOptions, searchSections } = await import('../src/search/query.ts');
  const { createPagefind } = await import('./pagefind-node.mjs');
  const fetched = new Map();
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input) => {
    const path = decodeURIComponent(new URL(String(input)).pathname);
    const body = readFileSync(join(dist, path));
    fetched.set(path, body.length);
    return new Response(body);
  };
  let hits;
  try {
    const pagefind = await createPagefind(dist, lang, { ...getPagefindOptions(lang), basePath: 'http://bench.invalid/pagefind/', baseUrl: '/' });
    hits = await searchSections(pagefind, lang, query);
  } finally {
    globalThis.fetch = realFetch;
  }
  const code = measureSearchCode(dist);
  const data = [...fetched.values()].reduce((n, b) => n + b, 0);
  return { lang, query, results: hits?.length ?? 0, files: fetched.size, code: code.gz, data, gz: code.gz + data };
}

/**
 * What an outcome page loads only on demand, per language: the question texts that "your answers"
 * lists, fetched when the visitor opens that list or prints the result (gzipped, as served).
 */
export function measureOnDemand(dist) {
  return LANGS.flatMap((lang) => {
    const file = join(dist, lang, 'quiz', 'questions.json');
    return existsSync(file) ? [{ lang, path: `/${lang}/quiz/questions.json`, ...size(readFileSync(file)) }] : [];
  });
}
