/**
 * The URL fragment of the quiz and outcome pages, read and written in one place (pure; the
 * island and the outcome page both use it). A fragment is one of:
 * - empty: a new run (quiz) or the generic outcome (outcome page);
 * - an anchor: it names an element of the page (the skip link's `#main`, `#next-steps` from a
 *   search result). Following it is ordinary navigation, never a damaged link, and the visitor's
 *   run is kept;
 * - a run: a share token (`share-token.ts`), optionally followed by `~N` on the quiz page, which
 *   reopens the run at its N-th question to change that answer (the "change" links of a result).
 * Anything else is a damaged link: `{ kind: 'error', reason }`. Reading never throws, whatever
 * the string (malformed percent-escapes, lone surrogates, megabytes of text).
 */
import { decodeAnswers, encodeAnswers, type DecodeFailure } from './share-token.ts';
import type { QuizState, QuizTree } from './types.ts';

/** What a fragment holds. */
export type Fragment =
  | { readonly kind: 'empty' }
  | { readonly kind: 'anchor'; readonly id: string }
  | { readonly kind: 'run'; readonly state: QuizState; readonly change?: number }
  | { readonly kind: 'error'; readonly reason: DecodeFailure };

/** Options for reading a fragment. */
export interface ReadOptions {
  /** Tells whether an id names an element of the page (in the browser: `document.getElementById`). */
  readonly isAnchor: (id: string) => boolean;
  /** Accept a run in progress (the quiz page) rather than only a complete one (an outcome page). */
  readonly allowIncomplete?: boolean;
}

/** Longer than any token or element id: such a fragment is damaged, and is not decoded. */
const MAX_LENGTH = 256;
const CHANGE = /^(.*)~(\d{1,2})$/;

/** Percent-decodes a fragment; returns it unchanged where it is not valid percent-encoding. Pure, never throws. */
export function decodeFragment(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Reads a fragment (`location.hash`, with or without `#`). Pure, never throws. */
export function readFragment(tree: QuizTree, hash: string, options: ReadOptions): Fragment {
  if (typeof hash !== 'string' || hash.length > MAX_LENGTH * 3) return { kind: 'error', reason: 'malformed' };
  const text = decodeFragment(hash);
  if (text === '') return { kind: 'empty' };
  if (text.length > MAX_LENGTH) return { kind: 'error', reason: 'malformed' };
  let anchor: boolean;
  try {
    anchor = options.isAnchor(text);
  } catch {
    anchor = false;
  }
  if (anchor) return { kind: 'anchor', id: text };

  const change = options.allowIncomplete ? CHANGE.exec(text) : null;
  const token = change ? change[1] : text;
  const decoded = decodeAnswers(tree, token, { allowIncomplete: options.allowIncomplete === true });
  if (!decoded.ok) return { kind: 'error', reason: decoded.reason };
  if (!change) return { kind: 'run', state: decoded.state };
  const index = Number(change[2]);
  if (index >= decoded.state.answers.length) return { kind: 'error', reason: 'invalid-path' };
  return { kind: 'run', state: decoded.state, change: index };
}

/**
 * Writes a run as a fragment (without `#`): '' for the empty run, else its token, and `~N` to
 * reopen it at the N-th question. Pure.
 */
export function formatFragment(tree: QuizTree, state: QuizState, change?: number): string {
  if (state.answers.length === 0) return '';
  const token = encodeAnswers(tree, state);
  return change === undefined ? token : `${token}~${change}`;
}
