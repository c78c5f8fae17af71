import { describe, expect, test } from 'vitest';
import { validateGuides, estimateReadingMinutes, type GuideFileFacts } from '../../../src/guides/validate.ts';
import { GUIDE_SECTIONS, GUIDE_SLUGS } from '../../../src/guides/sections.ts';

const LANGS = ['he', 'de', 'tr', 'da'];

/** A complete, valid set of guide facts; each test breaks one thing. */
function validSet(): GuideFileFacts[] {
  return GUIDE_SLUGS.flatMap((slug) =>
    LANGS.map((lang) => ({
      file: `content/guides/${lang}/${slug}.mdx`,
      lang,
      slug,
      declaredSlug: slug,
      headingIds: [...GUIDE_SECTIONS[slug]],
      source: { author: 'A. Author' },
    })),
  );
}

function breakOne(change: (f: GuideFileFacts) => GuideFileFacts | undefined): GuideFileFacts[] {
  return validSet()
    .map((f) => (f.lang === 'tr' && f.slug === 'seven-signs' ? change(f) : f))
    .filter((f): f is GuideFileFacts => f !== undefined);
}

describe('validateGuides()', () => {
  test('accepts a complete set', () => {
    expect(validateGuides(validSet(), LANGS)).toEqual([]);
  });

  test('names a guide missing in one language', () => {
    expect(validateGuides(breakOne(() => undefined), LANGS)).toEqual([
      'content/guides/tr/seven-signs.mdx: missing — every guide must exist in every language; translate it from another language\'s file.',
    ]);
  });

  test('names a missing section id and how to add it', () => {
    const problems = validateGuides(breakOne((f) => ({ ...f, headingIds: f.headingIds.filter((id) => id !== 'micromanages') })), LANGS);
    expect(problems[0]).toBe('content/guides/tr/seven-signs.mdx: no heading has the id `micromanages` — end its heading with {#micromanages}.');
  });

  test('names sections out of order', () => {
    const problems = validateGuides(breakOne((f) => ({ ...f, headingIds: [...f.headingIds].reverse() })), LANGS);
    expect(problems[0]).toMatch(/^content\/guides\/tr\/seven-signs\.mdx: section ids are out of order \(money-troubles .*\) — the order is dread-calls /);
  });

  test('names a duplicate id', () => {
    const problems = validateGuides(breakOne((f) => ({ ...f, headingIds: [...f.headingIds, 'lies-again', 'lies-again'] })), LANGS);
    expect(problems).toContain('content/guides/tr/seven-signs.mdx: heading id `lies-again` is used twice — ids must be unique.');
  });

  test('names a slug field that does not match the file', () => {
    expect(validateGuides(breakOne((f) => ({ ...f, declaredSlug: 'seven-sign' })), LANGS)).toContain(
      'content/guides/tr/seven-signs.mdx: frontmatter slug `seven-sign` does not match the file name — set `slug: seven-signs`.',
    );
  });

  test('names a source that differs between languages', () => {
    const problems = validateGuides(breakOne((f) => ({ ...f, source: { author: 'Somebody Else' } })), LANGS);
    expect(problems).toEqual(['content/guides/tr/seven-signs.mdx: source differs from content/guides/he/seven-signs.mdx — the source block is the same in every language.']);
  });

  test('names an unknown language folder and an unknown guide', () => {
    const extra = [
      { ...validSet()[0]!, file: 'content/guides/en/ten-signs.mdx', lang: 'en' },
      { ...validSet()[0]!, file: 'content/guides/de/nine-signs.mdx', slug: 'nine-signs', declaredSlug: 'nine-signs' },
    ];
    const problems = validateGuides([...validSet(), ...extra], LANGS);
    expect(problems).toContain('content/guides/en/ten-signs.mdx: unknown language folder `en` — use one of he, de, tr, da.');
    expect(problems[1]).toMatch(/^content\/guides\/de\/nine-signs\.mdx: unknown guide `nine-signs`/);
  });
});

describe('estimateReadingMinutes()', () => {
  test('counts 200 words a minute and never says 0', () => {
    expect(estimateReadingMinutes('word '.repeat(1000))).toBe(5);
    expect(estimateReadingMinutes('kurz')).toBe(1);
    expect(estimateReadingMinutes('— – ## 1.')).toBe(1);
  });
});
