import { readFileSync, statSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listHtml as listBuiltHtml } from '../../tools/page-weight.mjs';

/** The built site. */
export const DIST = join(process.cwd(), 'dist');

/** Lists every HTML file under a directory, as paths relative to it (posix separators): the bench's own lister. */
export function listHtml(dir: string = DIST): string[] {
  return listBuiltHtml(dir);
}

/** Parses one built HTML file. */
export function readPage(file: string, dir: string = DIST): HTMLElement {
  return parse(readFileSync(join(dir, file), 'utf8'));
}

/** Maps a URL path (under `base`) to the file a static host serves for it, or undefined. */
export function fileForPath(path: string, dir: string = DIST, base = '/'): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const rest = decodeURIComponent(path.slice(base.length));
  const candidates = rest === '' || rest.endsWith('/') ? [posix.join(rest, 'index.html')] : [rest, posix.join(rest, 'index.html'), `${rest}.html`];
  return candidates.find((c) => existsSync(join(dir, c)) && statSync(join(dir, c)).isFile());
}

/** Returns the URL path a built HTML file is served at (`de/index.html` → `/de/`). */
export function pathForFile(file: string, base = '/'): string {
  return base + file.replace(/index\.html$/, '');
}
