import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { loadQuiz } from '../../../src/quiz/load-fs.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

interface Fixture {
  file: string;
  edits?: { at: (string | number)[]; set?: unknown; delete?: true }[];
  raw?: string;
  remove?: true;
}

/** A throwaway project root holding a copy of content/quiz with one fixture applied. */
function rootWith(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'quiz-load-'));
  made.push(dir);
  cpSync(join(ROOT, 'content/quiz'), join(dir, 'content/quiz'), { recursive: true });
  const fx = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/quiz', `${fixture}.json`), 'utf8')) as Fixture;
  const target = join(dir, 'content/quiz', fx.file);
  if (fx.remove) rmSync(target);
  else if (fx.raw !== undefined) writeFileSync(target, fx.raw);
  else {
    let doc = JSON.parse(readFileSync(target, 'utf8'));
    for (const e of fx.edits ?? []) {
      if (e.at.length === 0) {
        doc = e.set;
        continue;
      }
      let parent = doc;
      for (const k of e.at.slice(0, -1)) parent = parent[k];
      if (e.delete) delete parent[e.at[e.at.length - 1]];
      else parent[e.at[e.at.length - 1]] = e.set;
    }
    writeFileSync(target, JSON.stringify(doc));
  }
  return dir;
}

function errorOf(fn: () => unknown): Error & { hint?: string } {
  try {
    fn();
  } catch (e) {
    return e as Error & { hint?: string };
  }
  throw new Error('expected loadQuiz to throw');
}

describe('loadQuiz()', () => {
  test('returns the checked tree and the strings of the language asked for', () => {
    const de = loadQuiz('de', { root: ROOT });
    const he = loadQuiz('he', { root: ROOT });
    expect(de.tree.start).toBe('q-threats');
    expect(de.tree).toBe(he.tree);
    expect(de.strings.ui.yes).toBe('Ja');
    expect(he.strings.ui.yes).toBe('כן');
  });

  test('reads from the working directory by default', () => {
    const cwd = process.cwd();
    try {
      process.chdir(ROOT);
      expect(loadQuiz('tr').strings.ui.yes).toBe('Evet');
    } finally {
      process.chdir(cwd);
    }
  });

  test('reads the files again after one changes', () => {
    const root = rootWith('tree-rules-not-strings');
    const file = join(root, 'content/quiz/tree.json');
    const fixed = JSON.parse(readFileSync(file, 'utf8'));
    fixed.rules = ['Every rule is a sentence.'];
    expect(() => loadQuiz('de', { root })).toThrow(/rules must be a list of sentences/);
    writeFileSync(file, JSON.stringify(fixed));
    expect(loadQuiz('de', { root }).tree.rules).toEqual(['Every rule is a sentence.']);
  });

  test('fails on invalid JSON, naming the file and the fix', () => {
    const error = errorOf(() => loadQuiz('de', { root: rootWith('file-invalid-json') }));
    expect(error.message).toMatch(/^Quiz content is invalid:\n {2}content\/quiz\/tree\.json: not valid JSON \(.+\) — fix the syntax\.$/);
    expect(error.hint).toMatch(/content\/quiz\/tree\.json/);
  });

  test('fails when a language has no strings file, naming the file', () => {
    const error = errorOf(() => loadQuiz('de', { root: rootWith('file-missing-strings') }));
    expect(error.message).toBe(
      "Quiz content is invalid:\n  content/quiz/strings/tr.json: missing — every language needs the quiz strings; copy another language's file and translate every string.",
    );
  });

  test('fails when another language than the one asked for is broken', () => {
    const error = errorOf(() => loadQuiz('he', { root: rootWith('strings-quotes-de') }));
    expect(error.message).toContain('content/quiz/strings/de.json: `questions.q-off-brand.hint`: quotation mark " — write „…“ in German.');
  });

  test('fails on a broken tree with the validator message, naming the node and the fix', () => {
    const error = errorOf(() => loadQuiz('da', { root: rootWith('tree-next-missing') }));
    expect(error.message).toBe(
      'Quiz content is invalid:\n  content/quiz/tree.json: node `q-haggles`: yes.next `q-underpiad` does not exist — did you mean `q-underpaid`?',
    );
    expect(error).toBeInstanceOf(Error);
  });
});
