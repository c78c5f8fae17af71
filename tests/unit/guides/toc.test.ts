import { describe, expect, test } from 'vitest';
import type { MarkdownHeading } from 'astro';
import { nestHeadings, type TocEntry } from '../../../src/guides/toc.ts';

const h = (depth: number, slug: string): MarkdownHeading => ({ depth, slug, text: slug });
/** The nesting as slugs, e.g. `['a', ['b', ['c']]]`, to compare shapes readably. */
const shape = (entries: TocEntry[]): unknown[] => entries.flatMap((e) => (e.children.length ? [e.heading.slug, shape(e.children)] : [e.heading.slug]));

describe('nestHeadings()', () => {
  test('nests each heading under the nearest heading of a lower level before it', () => {
    const headings = [h(2, 'part-1'), h(3, 'step-1'), h(3, 'step-4'), h(4, 'sub'), h(3, 'step-5'), h(2, 'part-2'), h(3, 'step-a')];
    expect(shape(nestHeadings(headings))).toEqual(['part-1', ['step-1', 'step-4', ['sub'], 'step-5'], 'part-2', ['step-a']]);
  });

  test('puts a heading on the top level when no lower-level heading comes before it', () => {
    expect(shape(nestHeadings([h(3, 'first'), h(2, 'second'), h(4, 'deep')]))).toEqual(['first', 'second', ['deep']]);
  });

  test('leaves out level 1 and levels below 4', () => {
    expect(shape(nestHeadings([h(1, 'title'), h(2, 'a'), h(5, 'tiny'), h(6, 'tinier')]))).toEqual(['a']);
  });
});
