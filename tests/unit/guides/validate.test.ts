import { describe, expect, test } from 'vitest';
import { checkTypography, validateGuides, estimateReadingMinutes, type GuideFileFacts } from '../../../src/guides/validate.ts';
import { GUIDE_SECTIONS, GUIDE_SLUGS } from '../../../src/guides/sections.ts';

const LANGS = ['he', 'de', 'tr', 'da'];

/** A line of well-set text per language, with its quotation marks. */
const TEXT: Record<string, string> = {
  he: 'הלקוח אמר "זה דחוף" שוב.',
  de: 'Der Kunde sagte „dringend“ – wieder.',
  tr: 'Müşteri yine “acil” dedi.',
  da: 'Kunden sagde »det haster« igen.',
};

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
      text: `## Heading {#${GUIDE_SECTIONS[slug][0]}}\n\n${TEXT[lang]}`,
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
    expect(
      validateGuides(
        breakOne(() => undefined),
        LANGS,
      ),
    ).toEqual(["content/guides/tr/seven-signs.mdx: missing — every guide must exist in every language; translate it from another language's file."]);
  });

  test('names a missing section id and how to add it', () => {
    const problems = validateGuides(
      breakOne((f) => ({ ...f, headingIds: f.headingIds.filter((id) => id !== 'micromanages') })),
      LANGS,
    );
    expect(problems[0]).toBe('content/guides/tr/seven-signs.mdx: no heading has the id `micromanages` — end its heading with {#micromanages}.');
  });

  test('names sections out of order', () => {
    const problems = validateGuides(
      breakOne((f) => ({ ...f, headingIds: [...f.headingIds].reverse() })),
      LANGS,
    );
    expect(problems[0]).toMatch(/^content\/guides\/tr\/seven-signs\.mdx: section ids are out of order \(money-troubles .*\) — the order is dread-calls /);
  });

  test('names a duplicate id', () => {
    const problems = validateGuides(
      breakOne((f) => ({ ...f, headingIds: [...f.headingIds, 'lies-again', 'lies-again'] })),
      LANGS,
    );
    expect(problems).toContain('content/guides/tr/seven-signs.mdx: heading id `lies-again` is used twice — ids must be unique.');
  });

  test('names a slug field that does not match the file', () => {
    expect(
      validateGuides(
        breakOne((f) => ({ ...f, declaredSlug: 'seven-sign' })),
        LANGS,
      ),
    ).toContain('content/guides/tr/seven-signs.mdx: frontmatter slug `seven-sign` does not match the file name — set `slug: seven-signs`.');
  });

  test('names a source that differs between languages', () => {
    const problems = validateGuides(
      breakOne((f) => ({ ...f, source: { author: 'Somebody Else' } })),
      LANGS,
    );
    expect(problems).toEqual([
      'content/guides/tr/seven-signs.mdx: source differs from content/guides/he/seven-signs.mdx — the source block is the same in every language.',
    ]);
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

describe('checkTypography()', () => {
  const file = 'content/guides/de/ten-signs.mdx';

  test('names a quotation mark the language does not use, with the words around it', () => {
    expect(
      validateGuides(
        breakOne((f) => ({ ...f, text: 'Müşteri yine "acil" dedi.' })),
        LANGS,
      ),
    ).toEqual(['content/guides/tr/seven-signs.mdx: quotation mark " in "Müşteri yine "acil" dedi." — write “…” in Turkish.']);
  });

  test('names a quote opened but not closed in its paragraph, or closed with the wrong mark', () => {
    expect(checkTypography(file, 'de', 'Er sagte „dringend.\n\nUnd dann “nichts“.')).toEqual([
      `${file}: quotation marks do not pair up in "Er sagte „dringend.…" — write „…“ in German, and close each quote.`,
      `${file}: quotation marks do not pair up in "Und dann “nichts“.…" — write „…“ in German, and close each quote.`,
    ]);
    expect(checkTypography(file, 'he', 'הוא אמר "דחוף.')).toHaveLength(1);
  });

  test('names a seed mistranslation of the glossary term', () => {
    expect(checkTypography('content/guides/da/five-signs.mdx', 'da', 'Det er tid til at skyde kunden.')).toEqual([
      'content/guides/da/five-signs.mdx: `skyde` in "Det er tid til at skyde kunden." is a mistranslation — use the term of content/glossary/da.md.',
    ]);
  });

  test('ignores heading id markers, and Latin letters in Hebrew guides (they name English sources)', () => {
    expect(checkTypography('content/guides/he/seven-signs.mdx', 'he', '## כותרת {#dread-calls}\n\nבספר *Handbook for the Soul* כתוב "שחרור".')).toEqual([]);
  });
});

describe('estimateReadingMinutes()', () => {
  test('counts 200 words a minute and never says 0', () => {
    expect(estimateReadingMinutes('word '.repeat(1000))).toBe(5);
    expect(estimateReadingMinutes('kurz')).toBe(1);
    expect(estimateReadingMinutes('— – ## 1.')).toBe(1);
  });
});
