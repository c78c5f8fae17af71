/**
 * Share tokens: a run's answers as a short string for the URL fragment, so a shared outcome link
 * carries them without ever reaching a server.
 *
 * Format: `2.HHHH.PPPP.CCCC`, all characters from the base64url alphabet plus `.`, so it is safe
 * in a fragment without escaping.
 * - `2`: the token format version (version 1, before "not sure", had one bit per answer; its
 *   links are rejected as `version`, which the pages show as an outdated link).
 * - `HHHH`: 24 bits of a hash of the tree's paths and scoring; a token made for another tree
 *   version is rejected as `version`.
 * - `PPPP`: the answers in path order, two bits each (no = 00, yes = 01, not sure = 10), then a
 *   single 1 bit marking the end, then zero bits to fill the last character. The question ids
 *   are implied by the tree.
 * - `CCCC`: 24-bit checksum of everything before it: 12 bits of a position-weighted sum modulo
 *   the prime 4093 (so any single changed character is always caught) and 12 bits of FNV-1a.
 *
 * Decoding never throws: it returns `{ ok: false, reason }` for any string that is not a valid
 * token of this tree.
 */
import { createQuizEngine, type QuizEngine } from './engine.ts';
import type { AnswerValue, Outcome, QuizState, QuizTree } from './types.ts';

/** The token format version (first character). */
export const TOKEN_VERSION = '2';

/** Why a token was rejected. */
export type DecodeFailure = 'malformed' | 'checksum' | 'version' | 'invalid-path' | 'incomplete';

/** The result of decoding a token. */
export type DecodeResult = { readonly ok: true; readonly state: QuizState } | { readonly ok: false; readonly reason: DecodeFailure };

/** The result of checking a token against the outcome page it was opened on. */
export type OutcomeMatch =
  | { readonly ok: true; readonly state: QuizState }
  | { readonly ok: false; readonly reason: DecodeFailure }
  | { readonly ok: false; readonly reason: 'other-outcome'; readonly actual: Outcome };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SHAPE = /^([A-Za-z0-9_-])\.([A-Za-z0-9_-]{4})\.([A-Za-z0-9_-]{1,24})\.([A-Za-z0-9_-]{4})$/;
const MAX_TOKEN_LENGTH = 64;
/** Two bits per answer, in this order of codes. */
const CODES = ['no', 'yes', 'unsure'] as const satisfies readonly AnswerValue[];

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function toChars(value: number, count: number): string {
  let out = '';
  for (let i = count - 1; i >= 0; i--) out += ALPHABET[(value >>> (6 * i)) & 63];
  return out;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Returns the 4-character hash of what decides a run (start, nodes, thresholds); documentation
 * and next steps do not change it. Pure.
 */
export function hashTree(tree: QuizTree): string {
  return toChars(fnv1a(canonical({ start: tree.start, nodes: tree.nodes, thresholds: tree.thresholds })) & 0xffffff, 4);
}

function checksum(text: string): string {
  let weighted = 0;
  for (let i = 0; i < text.length; i++) weighted = (weighted + (i + 1) * text.charCodeAt(i)) % 4093;
  return toChars((weighted << 12) | (fnv1a(text) & 0xfff), 4);
}

const cache = new WeakMap<QuizTree, { engine: QuizEngine; hash: string }>();
function prepare(tree: QuizTree): { engine: QuizEngine; hash: string } {
  let entry = cache.get(tree);
  if (!entry) {
    entry = { engine: createQuizEngine(tree), hash: hashTree(tree) };
    cache.set(tree, entry);
  }
  return entry;
}

/**
 * Formats answer values as a signed token for this tree without checking that they form a
 * path (`encodeAnswers` is the usual entry point; this one also lets tests build bad paths). Pure.
 */
export function formatToken(tree: QuizTree, values: readonly AnswerValue[]): string {
  const bits = [...values.flatMap((v) => [CODES.indexOf(v) >> 1, CODES.indexOf(v) & 1]), 1];
  while (bits.length % 6 !== 0) bits.push(0);
  let payload = '';
  for (let i = 0; i < bits.length; i += 6) payload += ALPHABET[bits.slice(i, i + 6).reduce((acc, b) => (acc << 1) | b, 0)];
  const body = `${TOKEN_VERSION}.${prepare(tree).hash}.${payload}`;
  return `${body}.${checksum(body)}`;
}

/** Encodes a run's answers (complete or not) as a token for the URL fragment. Pure. */
export function encodeAnswers(tree: QuizTree, state: QuizState): string {
  return formatToken(
    tree,
    state.answers.map((a) => a.value),
  );
}

/**
 * Decodes a token into a run of this tree. By default the run must be complete (a shared
 * outcome); `allowIncomplete` accepts a run in progress (e.g. kept across a language switch).
 * Never throws, whatever the input.
 */
export function decodeAnswers(tree: QuizTree, token: unknown, options: { readonly allowIncomplete?: boolean } = {}): DecodeResult {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'malformed' };
  const m = SHAPE.exec(token);
  if (!m) return { ok: false, reason: 'malformed' };
  const [, version, hash, payload, check] = m;
  if (version !== TOKEN_VERSION) return { ok: false, reason: 'version' };
  if (checksum(token.slice(0, token.lastIndexOf('.'))) !== check) return { ok: false, reason: 'checksum' };
  const { engine, hash: expected } = prepare(tree);
  if (hash !== expected) return { ok: false, reason: 'version' };

  const bits: number[] = [];
  for (const ch of payload) {
    const v = ALPHABET.indexOf(ch);
    for (let i = 5; i >= 0; i--) bits.push((v >> i) & 1);
  }
  const end = bits.lastIndexOf(1);
  if (end < 0 || bits.length - end > 6 || end % 2 !== 0) return { ok: false, reason: 'malformed' };
  const values: AnswerValue[] = [];
  for (let i = 0; i < end; i += 2) {
    const value = CODES[bits[i] * 2 + bits[i + 1]];
    if (value === undefined) return { ok: false, reason: 'malformed' };
    values.push(value);
  }

  const replayed = engine.replay(values);
  if (!replayed.ok) return { ok: false, reason: 'invalid-path' };
  if (!options.allowIncomplete && !engine.isComplete(replayed.state)) return { ok: false, reason: 'incomplete' };
  return { ok: true, state: replayed.state };
}

/**
 * Checks a token opened on the page of `outcome`: ok when it decodes to a complete run with that
 * outcome; `other-outcome` (with the outcome the answers really lead to) when it is valid but
 * belongs to another outcome's page, which the page treats as tampered. Never throws.
 */
export function matchTokenOutcome(tree: QuizTree, token: unknown, outcome: Outcome): OutcomeMatch {
  const decoded = decodeAnswers(tree, token);
  if (!decoded.ok) return decoded;
  const actual = prepare(tree).engine.outcome(decoded.state);
  if (actual === undefined) return { ok: false, reason: 'incomplete' };
  return actual === outcome ? decoded : { ok: false, reason: 'other-outcome', actual };
}
