// npm run bench: builds the site, times the build, and reports for every page type and language
// what a first visit loads (HTML, CSS, JS; raw and gzipped), against the budgets of SPEC
// section 5, and what drawing the share cards adds to the build. It only reports;
// tests/build/budget.test.ts enforces the budgets in CI.
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { measureSite, measureFirstSearch, measureQuery, measureOnDemand, BUDGETS } from './page-weight.mjs';

const skipBuild = process.argv.includes('--no-build');
let buildSeconds;
let cardsLine;
if (!skipBuild) {
  // The share cards are cached between builds (src/og/integration.ts); emptying the cache times
  // them as a clean clone or CI draws them.
  rmSync('node_modules/.cache/share-cards', { recursive: true, force: true });
  const started = performance.now();
  const output = execSync('npx astro build', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  buildSeconds = (performance.now() - started) / 1000;
  cardsLine = /\[share-cards\] (.*)/.exec(output)?.[1];
}

const kb = (n) => (n / 1024).toFixed(1).padStart(6);
const rows = measureSite('dist');
console.log('page type  lang  path                                   HTML raw/gz    CSS raw/gz     JS raw/gz    total gz  budget');
for (const r of rows) {
  const b = BUDGETS[r.type];
  const ok = r.total.gz <= b.total && r.js.gz <= b.js && (r.upfrontJs === undefined || r.upfrontJs.gz <= (b.upfrontJs ?? Infinity));
  console.log(
    `${r.type.padEnd(9)}  ${r.lang.padEnd(4)}  ${r.path.padEnd(38)} ${kb(r.html.raw)}/${kb(r.html.gz)} ${kb(r.css.raw)}/${kb(r.css.gz)} ${kb(r.js.raw)}/${kb(r.js.gz)}  ${kb(r.total.gz)}  ${ok ? 'ok' : 'OVER'} (≤ ${b.total / 1024} KB)`,
  );
}
/** A visitor's problem per language, as the search issue phrases them. */
const FIRST_QUERIES = { he: 'הלקוח משלם באיחור', de: 'ruft ständig an', tr: 'her şey acil', da: 'ændrer mening hele tiden' };
const bounds = measureFirstSearch('dist');
if (bounds.length) {
  console.log('\nfirst search: bytes loaded when the visitor starts searching (gz KB; nothing of it loads before)');
  console.log('lang  query                           results  code  index+data  total   at most');
  for (const bound of bounds) {
    const s = await measureQuery('dist', bound.lang, FIRST_QUERIES[bound.lang]);
    console.log(`${s.lang.padEnd(4)}  ${s.query.padEnd(30)}  ${String(s.results).padStart(7)} ${kb(s.code)}      ${kb(s.data)} ${kb(s.gz)}    ${kb(bound.gz)}`);
  }
}
const onDemand = measureOnDemand('dist');
if (onDemand.length) {
  console.log('\non demand: what an outcome page loads when the visitor opens "your answers" or prints (raw/gz KB)');
  for (const o of onDemand) console.log(`${o.lang.padEnd(4)}  ${o.path.padEnd(38)} ${kb(o.raw)}/${kb(o.gz)}`);
}
if (buildSeconds !== undefined) {
  console.log(`\nbuild time: ${buildSeconds.toFixed(1)} s`);
  console.log(`of which share cards: ${cardsLine ?? 'not reported'} (empty cache; a rebuild takes unchanged cards from it)`);
}
