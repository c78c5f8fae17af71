import { describe, expect, test } from 'vitest';
import { ignoreHidden } from '../../../src/search/integration.ts';

describe('ignoreHidden()', () => {
  test('keeps a hidden element, and what it holds, out of the index', () => {
    expect(ignoreHidden('<section aria-labelledby="why" data-run hidden><h2 id="why">Warum</h2></section>')).toBe(
      '<section data-pagefind-ignore aria-labelledby="why" data-run hidden><h2 id="why">Warum</h2></section>',
    );
    expect(ignoreHidden('<details hidden class="review">')).toBe('<details data-pagefind-ignore hidden class="review">');
    expect(ignoreHidden('<p hidden="">')).toBe('<p data-pagefind-ignore hidden="">');
    expect(ignoreHidden('<p HIDDEN/>')).toBe('<p data-pagefind-ignore HIDDEN/>');
  });

  test('leaves visible elements, the word in a value, and ignored elements as they are', () => {
    for (const html of [
      '<h2 id="next-steps">Nächste Schritte</h2>',
      '<p class="hidden-on-print" data-note="hidden">Text</p>',
      '<p aria-label="not hidden at all">',
      '<span data-hidden>',
      '<div hidden data-pagefind-ignore>',
      '</section>',
    ]) {
      expect(ignoreHidden(html)).toBe(html);
    }
  });
});
