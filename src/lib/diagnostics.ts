/**
 * The toolkit of the content checks (quiz, search keywords, interface strings): a result type,
 * how a message quotes a value, and "did you mean" for misspelt ids and keys. Pure; each check
 * writes its own messages with these, naming the file, the key and the fix.
 */

/** The result of a check: the typed value, or every problem found (one message each). */
export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly string[] };

/** A parsed JSON object. */
export type Json = Record<string, unknown>;

/** Tells whether a parsed JSON value is an object (not null, not a list). Pure. */
export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Quotes a value as code in a message: `value`. Pure. */
export function code(s: unknown): string {
  return `\`${String(s)}\``;
}

/** The Levenshtein distance: the fewest single-character edits that turn `a` into `b`. Pure. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/**
 * Returns the closest of the candidates (the first of equally close ones), if it is close enough
 * to be a likely typo: at most `maxDistance` edits away, by default 2 or a third of the word's
 * length, whichever is more. Pure.
 */
export function suggestClosest(
  wrong: string,
  candidates: readonly string[],
  maxDistance: number = Math.max(2, Math.floor(wrong.length / 3)),
): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(wrong, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= maxDistance ? best : undefined;
}

/** "did you mean `x`?" for the closest candidate, or `otherwise` when none is close. Pure. */
export function didYouMean(wrong: string, candidates: readonly string[], otherwise: string): string {
  const s = suggestClosest(wrong, candidates);
  return s ? `did you mean ${code(s)}?` : otherwise;
}

/**
 * Reports the unknown keys of an object (with "did you mean") and its missing required keys
 * (with `describe(key)` saying what to add), each prefixed by `prefix`. Returns false when a
 * required key is missing.
 */
export function checkKeys(
  problems: string[],
  prefix: string,
  obj: Json,
  required: readonly string[],
  optional: readonly string[],
  describe: (key: string) => string,
): boolean {
  const allowed = [...required, ...optional];
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      problems.push(`${prefix}unknown key ${code(key)} — ${didYouMean(key, allowed, `remove it; allowed keys are ${allowed.join(', ')}.`)}`);
    }
  }
  let complete = true;
  for (const key of required) {
    if (!Object.hasOwn(obj, key)) {
      problems.push(`${prefix}missing key ${code(key)} — add ${describe(key)}.`);
      complete = false;
    }
  }
  return complete;
}
