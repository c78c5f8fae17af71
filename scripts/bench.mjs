// npm run bench: builds the site, times the build, and reports for every page type and language
// what a first visit loads (HTML, CSS, JS; raw and gzipped), against the budgets of SPEC
// section 5. It only reports; tests/build/budget.test.ts enforces the budgets in CI.
import { execSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { measureSite, measureFirstSearch, BUDGETS } from './page-weight.mjs';

const skipBuild = process.argv.includes('--no-build');
let buildSeconds;
if (!skipBuild) {
  const started = performance.now();
  execSync('npx astro build', { stdio: 'ignore' });
  buildSeconds = (performance.now() - started) / 1000;
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
const searches = measureFirstSearch('dist');
if (searches.length) {
  console.log('\nfirst search (loaded on first use, at most; gz)   code (UI + pagefind.js)   WebAssembly + index   fragments   total');
  for (const s of searches) {
    console.log(`  ${s.lang.padEnd(4)}${' '.repeat(44)}${kb(s.code.gz)}${' '.repeat(20)}${kb(s.index)}   ${kb(s.fragments)}  ${kb(s.gz)} KB`);
  }
}
if (buildSeconds !== undefined) console.log(`\nbuild time: ${buildSeconds.toFixed(1)} s`);
