import type { HTMLElement } from 'node-html-parser';

/** What a page must declare about its language and its alternates. */
export interface ExpectedMeta {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Absolute URL of this page. */
  canonical: string;
  /** Absolute URL of this page in every language, plus `x-default`. */
  alternates: Record<string, string>;
  /** Site-relative URL of this page in every language (the switcher's links). */
  switcher: Record<string, string>;
}

/**
 * Checks `<html lang dir>`, the canonical link, the hreflang alternates and the language
 * switcher of one page. Returns one message per problem. Pure.
 */
export function checkPageMeta(page: HTMLElement, expected: ExpectedMeta): string[] {
  const problems: string[] = [];
  const html = page.querySelector('html');
  if (html?.getAttribute('lang') !== expected.lang) problems.push(`lang is "${html?.getAttribute('lang')}", expected "${expected.lang}"`);
  if (html?.getAttribute('dir') !== expected.dir) problems.push(`dir is "${html?.getAttribute('dir')}", expected "${expected.dir}"`);
  const canonical = page.querySelectorAll('link[rel="canonical"]').map((l) => l.getAttribute('href'));
  if (canonical.length !== 1 || canonical[0] !== expected.canonical) problems.push(`canonical is ${JSON.stringify(canonical)}, expected ${expected.canonical}`);
  const alternates = Object.fromEntries(
    page.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
  );
  for (const [lang, href] of Object.entries(expected.alternates)) {
    if (alternates[lang] !== href) problems.push(`alternate hreflang="${lang}" is ${alternates[lang] ?? 'missing'}, expected ${href}`);
  }
  for (const lang of Object.keys(alternates)) {
    if (!(lang in expected.alternates)) problems.push(`unexpected alternate hreflang="${lang}"`);
  }
  const switcher = Object.fromEntries(page.querySelectorAll('a[data-lang-link]').map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]));
  for (const [lang, href] of Object.entries(expected.switcher)) {
    if (switcher[lang] !== href) problems.push(`switcher link hreflang="${lang}" is ${switcher[lang] ?? 'missing'}, expected ${href}`);
  }
  return problems;
}
