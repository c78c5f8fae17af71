import type { MarkdownHeading } from 'astro';

/** A heading of the table of contents with the headings nested under it. */
export interface TocEntry {
  heading: MarkdownHeading;
  children: TocEntry[];
}

/**
 * Nests a guide's headings of levels 2–4 by depth, in reading order (pure): every heading goes
 * under the nearest heading before it of a lower level, or on the top level if there is none.
 */
export function nestHeadings(headings: readonly MarkdownHeading[]): TocEntry[] {
  const top: TocEntry[] = [];
  const open: TocEntry[] = [];
  for (const heading of headings.filter((h) => h.depth >= 2 && h.depth <= 4)) {
    const entry: TocEntry = { heading, children: [] };
    while (open.length > 0 && open[open.length - 1].heading.depth >= heading.depth) open.pop();
    (open.length > 0 ? open[open.length - 1].children : top).push(entry);
    open.push(entry);
  }
  return top;
}
