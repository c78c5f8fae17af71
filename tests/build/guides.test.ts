import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/i18n/locales.ts';
import { findBannedQuote, quotesPairUp } from '../../src/i18n/typography.ts';
import { getUi } from '../../src/i18n/ui/index.ts';
import { GUIDE_SECTIONS, GUIDE_SLUGS } from '../../src/guides/sections.ts';
import { fileForPath, readPage } from '../support/dist.ts';

/** Scraping junk of the seeds (SPEC section 1) that must never reach a page, in any language. */
const JUNK = [
  'וִידֵאוֹ',
  'זמן אמת עונה',
  'IPump',
  'ההתמחות שלך',
  'Facebook',
  'Twitter',
  'Instagram',
  'Pinterest',
  'LinkedIn',
  'Google+',
  'Youtube',
  'Reddit',
  'Dribbble',
  'Behance',
  'Github',
  'CodePen',
  'Whatsapp',
  'GIPHY',
  'App Key',
  'Bir cevap yazın',
  'E-posta hesabınız',
  'Bir Girişimcinin 7 İşareti',
  'Gününüzden Daha Fazlasını',
  'Skip to main content',
  'Wohnmobil',
  'Renate und Uwe',
  'Anonim',
];

/** The seeds' mistranslations of "fire a client" (shoot, trigger), per language. */
const MISTRANSLATIONS: Record<string, RegExp> = {
  he: /לירות|יורים|ירייה/,
  de: /auslös/i,
  tr: /ateş/i,
  da: /\bskyd|\bskud/i,
};

/** How many numbered signs or steps each article has in its source. */
const NUMBERED: Record<string, number> = {
  'ten-signs': 10,
  'seven-signs': 7,
  'five-signs': 5,
  'how-to-fire-a-client': 9,
};

/** What each original names (SPEC section 1); the two without a name say so in the source note. */
const NAMED_SOURCE: Record<string, string[]> = {
  'ten-signs': [],
  'seven-signs': ['Donna Gunter', '© 2006 Donna Gunter'],
  'five-signs': ['The Muse'],
  'how-to-fire-a-client': [],
};

const guidePage = (lang: string, slug: string) => readPage(fileForPath(`/${lang}/guides/${slug}/`)!);
const articleText = (lang: string, slug: string) => guidePage(lang, slug).querySelector('.content')?.text ?? '';

describe.each(GUIDE_SLUGS)('guide %s', (slug) => {
  test.each(LANGS)('%s: every section id of the SPEC is a heading, in SPEC order', (lang) => {
    const ids = guidePage(lang, slug)
      .querySelectorAll('.content :is(h2, h3, h4)[id]')
      .map((h) => h.id)
      .filter((id) => (GUIDE_SECTIONS[slug] as readonly string[]).includes(id));
    expect(ids).toEqual([...GUIDE_SECTIONS[slug]]);
  });

  test.each(LANGS)('%s: every section heading has a copy-link with a localized name', (lang) => {
    const page = guidePage(lang, slug);
    for (const id of GUIDE_SECTIONS[slug]) {
      const link = page.querySelector(`a.copy-link[href="#${id}"]`);
      expect(link, `copy-link for #${id}`).not.toBeNull();
      expect(link!.text.trim().length).toBeGreaterThan(3);
    }
  });

  test.each(LANGS)('%s: no scraping junk and no mistranslation of "fire"', (lang) => {
    const text = guidePage(lang, slug).querySelector('main')?.text ?? '';
    for (const junk of JUNK) expect(text, `junk "${junk}"`).not.toContain(junk);
    expect(text).not.toMatch(MISTRANSLATIONS[lang]!);
  });

  test.each(LANGS)('%s: has as many numbered signs or steps as the source', (lang) => {
    const numbered = guidePage(lang, slug)
      .querySelectorAll('.content :is(h2, h3)')
      .filter((h) => /^\s*\d+\./.test(h.text));
    expect(numbered.length).toBe(NUMBERED[slug]);
  });

  test('the four languages have comparable lengths (no truncated translation)', () => {
    const lengths = LANGS.map((lang) => articleText(lang, slug).replace(/\s+/g, ' ').length);
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    for (const [i, length] of lengths.entries()) {
      // Hebrew script is compact (no written vowels), hence the wide lower bound.
      expect(length / mean, `${LANGS[i]} is ${length} characters, the mean ${Math.round(mean)}`).toBeGreaterThan(0.6);
      expect(length / mean, `${LANGS[i]} is ${length} characters, the mean ${Math.round(mean)}`).toBeLessThan(1.5);
    }
  });

  test.each(LANGS)('%s: shows title, summary, contents, source note and the not-advice note', (lang) => {
    const page = guidePage(lang, slug);
    expect(page.querySelector('h1')?.text.trim()).toBeTruthy();
    expect(page.querySelector('.summary')?.text.trim()).toBeTruthy();
    expect(page.querySelectorAll('nav.toc a').length).toBeGreaterThanOrEqual(GUIDE_SECTIONS[slug].length);
    expect(page.querySelector('section.source')?.text.trim()).toBeTruthy();
    expect(page.querySelector('footer')?.text).toBeTruthy();
  });

  test.each(LANGS)('%s: the source note gives what the original names, or says that it names no author', (lang) => {
    const lines = guidePage(lang, slug)
      .querySelectorAll('section.source :is(dd, p)')
      .map((line) => line.text.trim());
    const unnamed = getUi(lang).guide.sourceUnnamed;
    if (NAMED_SOURCE[slug].length === 0) expect(lines).toContain(unnamed);
    else expect(lines).not.toContain(unnamed);
    for (const name of NAMED_SOURCE[slug]) expect(lines).toContain(name);
    // Besides the line saying which language the text was translated from.
    expect(lines.length).toBeGreaterThanOrEqual(2);
  });
});

describe('typography (src/i18n/typography.ts, as the build checks the sources)', () => {
  test.each(LANGS)("%s guides use only the language's quotation marks, each quote closed", (lang) => {
    for (const slug of GUIDE_SLUGS) {
      const text = articleText(lang, slug);
      expect(findBannedQuote(lang, text), slug).toBeUndefined();
      expect(quotesPairUp(lang, text), slug).toBe(true);
    }
  });
});
