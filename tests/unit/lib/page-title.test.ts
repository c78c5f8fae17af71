import { describe, expect, test } from 'vitest';
import { composeMultilingualTitle, composePageTitle, MAX_TITLE_LENGTH } from '../../../src/lib/page-title.ts';

const siteName = 'Kunden feuern?';
const long = (n: number) => 'x'.repeat(n);

describe('composePageTitle()', () => {
  test('gives the title with the site name when that fits', () => {
    expect(composePageTitle('/de/', { title: 'Seite nicht gefunden', siteName })).toBe('Seite nicht gefunden · Kunden feuern?');
  });

  test('gives the site name alone on the home page', () => {
    expect(composePageTitle('/de/', { title: siteName, siteName })).toBe(siteName);
  });

  test('falls back to the short title with the site name, then the title alone, then the short title alone', () => {
    expect(composePageTitle('/de/x/', { title: long(60), shortTitle: 'Kurz', siteName })).toBe('Kurz · Kunden feuern?');
    expect(composePageTitle('/de/x/', { title: long(60), siteName })).toBe(long(60));
    expect(composePageTitle('/de/x/', { title: long(60), shortTitle: long(58), siteName })).toBe(long(60));
    expect(composePageTitle('/de/x/', { title: long(71), shortTitle: long(58), siteName })).toBe(long(58));
  });

  test('accepts exactly the maximum and fails the build naming the page when nothing fits', () => {
    expect(composePageTitle('/de/x/', { title: long(MAX_TITLE_LENGTH), siteName })).toHaveLength(MAX_TITLE_LENGTH);
    expect(() => composePageTitle('/de/guides/ten-signs/', { title: long(71), shortTitle: long(71), siteName })).toThrow(/\/de\/guides\/ten-signs\/.*\(71\)/);
  });
});

describe('composeMultilingualTitle()', () => {
  test('separates the languages with " · ", else commas, else slashes', () => {
    expect(composeMultilingualTitle('/', ['a', 'b'])).toBe('a · b');
    expect(composeMultilingualTitle('/', [long(33), long(35)])).toBe(`${long(33)}, ${long(35)}`);
    expect(composeMultilingualTitle('/', [long(34), long(35)])).toBe(`${long(34)}/${long(35)}`);
    expect(() => composeMultilingualTitle('/404.html', [long(35), long(35)])).toThrow(/404\.html/);
  });
});
