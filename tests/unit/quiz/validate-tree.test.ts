import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ALL_SIGNS } from '../../../src/guides/sections.ts';
import { getReasonAnswers } from '../../../src/quiz/scoring.ts';
import { validateQuizContent } from '../../../src/quiz/validate.ts';
import { validateStrings } from '../../../src/quiz/validate-strings.ts';
import { validateTree } from '../../../src/quiz/validate-tree.ts';
import type { QuizTree } from '../../../src/quiz/types.ts';

const ROOT = new URL('../../../', import.meta.url);
const FIXTURES = new URL('tests/fixtures/quiz/', ROOT);
const LANGS = ['he', 'de', 'tr', 'da'];

function readContent(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`content/quiz/${file}`, ROOT), 'utf8'));
}

interface Edit {
  at: (string | number)[];
  set?: unknown;
  delete?: true;
}
interface Fixture {
  about: string;
  file: string;
  edits?: Edit[];
  raw?: string;
  remove?: true;
}

function readFixture(name: string): Fixture {
  return JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8')) as Fixture;
}

/** Applies a fixture's edits to a copy of the real content file it names. */
function applyFixture(fx: Fixture): unknown {
  let doc = structuredClone(readContent(fx.file));
  for (const edit of fx.edits ?? []) {
    if (edit.at.length === 0) {
      doc = edit.set;
      continue;
    }
    let parent = doc as Record<string | number, unknown>;
    for (const key of edit.at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = edit.at[edit.at.length - 1];
    if (edit.delete) delete parent[last];
    else parent[last] = structuredClone(edit.set);
  }
  return doc;
}

function realTree(): QuizTree {
  const result = validateTree(readContent('tree.json'));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.value;
}

/** The problems a fixture causes, checked the way the build checks that file. */
function problemsOf(name: string): readonly string[] {
  const fx = readFixture(name);
  const doc = applyFixture(fx);
  if (fx.file === 'tree.json') {
    const result = validateTree(doc);
    return result.ok ? [] : result.problems;
  }
  const lang = fx.file.replace(/^strings\/(\w+)\.json$/, '$1');
  const result = validateStrings(realTree(), lang, doc);
  return result.ok ? [] : result.problems;
}

const T = 'content/quiz/tree.json: ';
const DE = 'content/quiz/strings/de.json: ';
const TRANSLATE = "; translate it from another language's file.";

/** Each fixture and the one message it must produce (exactly, as the only problem). */
const ONLY: Record<string, string> = {
  'tree-unsure-on-gate': `${T}node \`g-money\`: a gate offers no "not sure" — remove unsure; a visitor who is unsure should see the group (answer yes).`,
  'tree-unsure-next': `${T}node \`q-competitors\`: unsure.next \`g-demands\` differs from no.next \`q-underpaid\` — "not sure" goes where no goes.`,
  'tree-unsure-floor': `${T}node \`q-competitors\`: unsure has a floor — "not sure" may add points but never a floor; remove it.`,
  'tree-unsure-heavier': `${T}node \`q-competitors\`: unsure adds 3 points, more than yes (2) — "not sure" must never weigh more than yes.`,
  'tree-step-condition': `${T}outcome \`plan-exit\`: next step \`get-paid\`: onlyIf names \`x-owd\`, which is not a question — did you mean \`x-owed\`?`,
  'tree-step-condition-answer': `${T}outcome \`plan-exit\`: next step \`seek-advice\`: onlyIf lists the answer \`unsure\`, which \`x-stake\` does not offer — use yes, no.`,
  'strings-negated-question-da': `content/quiz/strings/da.json: question \`q-micromanages\` (da): the question is negated ("ikke") — ask it positively, so that a yes or a no cannot be misread (see content/quiz/README.md).`,
  'strings-negated-question-tr': `content/quiz/strings/tr.json: question \`q-stalls\` (tr): the question is negated ("sağlamıyor") — ask it positively, so that a yes or a no cannot be misread (see content/quiz/README.md).`,
  'strings-negated-question-he': `content/quiz/strings/he.json: question \`q-stalls\` (he): the question is negated ("אינו") — ask it positively, so that a yes or a no cannot be misread (see content/quiz/README.md).`,
  'strings-negated-question-de': `${DE}question \`q-late-payment\` (de): the question is negated ("nicht") — ask it positively, so that a yes or a no cannot be misread (see content/quiz/README.md).`,
  'strings-gate-mention-missing': `${DE}question \`g-fit\` (de): the gate does not name the situation of \`q-friends\`, which it opens — add it to the text and its words to "mentions": { "q-friends": "…" }.`,
  'strings-hint-missing': `${DE}question \`q-changes\` (de): the question has no hint — add one saying what counts and what does not.`,
  'strings-mentions-not-gate': `${DE}question \`q-changes\` (de): only a gate has "mentions" — remove it.`,
  'tree-not-object': `${T}the tree must be a JSON object with rules, start, maxQuestions, thresholds, redLines, factors, outcomes, nodes.`,
  'tree-unknown-key': `${T}unknown key \`nodez\` — did you mean \`nodes\`?`,
  'tree-missing-key': `${T}missing key \`maxQuestions\` — add the most questions any path may ask.`,
  'tree-rules-not-strings': `${T}rules must be a list of sentences — write each rule as a string.`,
  'tree-max-questions-invalid': `${T}maxQuestions must be a whole number above 0 — got 0.`,
  'tree-thresholds-order': `${T}thresholds: plan-exit (1) must be greater than reset-terms (1) — thresholds rise with severity.`,
  'tree-red-lines-list': `${T}redLines must list exactly the red lines of SPEC section 4 (physical-abuse, mental-abuse, lies, legal-risk, treated-badly) — missing \`lies\`.`,
  'tree-factor-link': `${T}factors: \`low-revenue\` links to \`low-revenu\`, which is not a section of how-to-fire-a-client — did you mean \`low-revenue\`?`,
  'tree-next-step-count': `${T}outcome \`keep\`: 2 next steps — give 3 to 6.`,
  'tree-next-step-link': `${T}outcome \`plan-exit\`: next step \`get-paid\` links to \`paid-in-ful\`, which is not a section of how-to-fire-a-client — did you mean \`paid-in-full\`?`,
  'tree-next-step-duplicate-id': `${T}outcome \`end-now\`: next step id \`tell-in-person\` is used twice — give each step its own id.`,
  'tree-node-id-format': `${T}node \`Q_Orphan\`: ids are kebab-case (a-z, 0-9, -) — rename it.`,
  'tree-node-unknown-kind': `${T}node \`end\`: unknown kind \`ends\` — did you mean \`end\`?`,
  'tree-node-unknown-key': `${T}node \`q-lies\`: unknown key \`signz\` — did you mean \`signs\`?`,
  'tree-node-missing-key': `${T}node \`q-lies\`: missing key \`no\` — add the no branch, { "next": … }.`,
  'tree-branch-not-object': `${T}node \`q-lies\`: no must be an object — write { "next": "q-legal" }.`,
  'tree-unknown-sign': `${T}node \`q-lies\`: unknown sign \`liar\` — did you mean \`lies\`? Sign ids are in src/guides/sections.ts.`,
  'tree-duplicate-sign': `${T}node \`q-dread\`: sign \`dread-calls\` is listed twice — list it once.`,
  'tree-unknown-factor': `${T}node \`x-stake\`: unknown factor \`stakeholders\` — did you mean \`stakeholder\`?`,
  'tree-asks-nothing': `${T}node \`x-owed\`: asks about no sign and no factor — add the signs it covers or its factor.`,
  'tree-gate-without-signs': `${T}node \`g-fit\`: the gate lists no signs — list every sign of the group it opens.`,
  'tree-negative-points': `${T}node \`q-haggles\`: yes: points must be a whole number of at least 0 — got -2.`,
  'tree-unknown-floor': `${T}node \`q-belittles\`: yes: unknown floor \`end-nw\` — did you mean \`end-now\`?`,
  'tree-reason-value': `${T}node \`x-owed\`: yes: reason must be "always" or "when-keep" — got "sometimes".`,
  'tree-raise-when-keep': `${T}node \`q-dread\`: yes: raises the outcome but has "reason": "when-keep" — an answer that raises the outcome is always a reason; remove "reason".`,
  'tree-no-raises': `${T}node \`q-dread\`: a no raises the outcome — on a sign question only a yes may add points or a floor (all no must lead to keep).`,
  'tree-red-line-floor': `${T}node \`q-belittles\`: covers the red line \`mental-abuse\` but a yes does not have "floor": "end-now" — add it, so a yes on a red line always leads to end-now.`,
  'tree-check-when-empty': `${T}node \`c-talk\`: when is empty — give atLeast, below or both.`,
  'tree-check-when-order': `${T}node \`c-talk\`: when.atLeast \`plan-exit\` is not below when.below \`reset-terms\`, so no run could go to then — make atLeast the milder outcome.`,
  'tree-start-missing': `${T}start \`q-treats\` does not exist — did you mean \`q-threats\`?`,
  'tree-next-missing': `${T}node \`q-haggles\`: yes.next \`q-underpiad\` does not exist — did you mean \`q-underpaid\`?`,
  'tree-unreachable': `${T}node \`q-orphan\` is not reachable from start \`q-threats\` — point an answer's next at it, or remove it.`,
  'tree-cycle': `${T}nodes form a cycle: \`x-owed\` → \`x-stake\` → \`x-influential\` → \`x-owed\` — every next must lead on towards an end.`,
  'tree-sign-not-covered': `${T}sign \`dread-calls\` (seven-signs) is asked by no question — add it to the signs of a question (and of the gate that opens its group).`,
  'tree-factor-not-covered': `${T}factor \`influential\` is asked by no question — give a question "factor": "influential".`,
  'tree-gate-missing-sign': `${T}node \`g-money\`: the gate does not list \`underpaid\`, asked in the group it opens (by \`q-underpaid\`) — add it to the gate's signs.`,
  'tree-gate-extra-sign': `${T}node \`g-money\`: the gate lists \`dread-calls\`, which no question of its group asks — remove it, or ask it in the group.`,
  'strings-not-object': `${DE}the strings must be a JSON object with ui, questions, signs, factors and outcomes.`,
  'strings-unknown-key': `${DE}unknown key \`uii\` — the strings have only ui, questions, signs, factors and outcomes; remove it (did you mean \`ui\`?).`,
  'strings-missing-section': `${DE}missing \`factors\` — add the \`factors\` section${TRANSLATE}`,
  'strings-ui-missing': `${DE}missing \`ui.back\` — add the interface string \`back\`${TRANSLATE}`,
  'strings-ui-unknown': `${DE}unknown key \`ui.bak\` — the quiz interface has no such string; remove it (did you mean \`ui.back\`?).`,
  'strings-ui-placeholder': `${DE}\`ui.progress\` lacks the placeholder {total} — keep it where the value goes.`,
  'strings-question-missing': `${DE}missing \`questions.q-lies\` — add the text and reasons of question \`q-lies\`${TRANSLATE}`,
  'strings-question-unknown': `${DE}unknown key \`questions.q-liez\` — no question of tree.json has this id; remove it (did you mean \`questions.q-lies\`?).`,
  'strings-question-text-missing': `${DE}missing \`questions.q-lies.text\` — add the question, short and answerable with yes or no${TRANSLATE}`,
  'strings-question-unknown-field': `${DE}unknown key \`questions.q-lies.hnit\` — a question has only text, hint, reasons and (a gate) mentions; remove it (did you mean \`questions.q-lies.hint\`?).`,
  'strings-reason-missing': `${DE}missing \`questions.q-lies.reasons.yes\` — add the reason shown when the answer is yes (tree.json lists it as a reason)${TRANSLATE}`,
  'strings-reason-extra': `${DE}unknown key \`questions.x-owed.reasons.no\` — tree.json never lists this answer as a reason; remove it, or give that branch "reason" in tree.json.`,
  'strings-empty': `${DE}\`questions.q-lies.text\` is empty — write the text.`,
  'strings-not-string': `${DE}\`signs.lies\` must be a string — got 3.`,
  'strings-sign-missing': `${DE}missing \`signs.dread-calls\` — add the short label of the sign \`dread-calls\`${TRANSLATE}`,
  'strings-step-missing': `${DE}missing \`outcomes.plan-exit.nextSteps.get-paid\` — add the text of the next step \`get-paid\`${TRANSLATE}`,
  'strings-step-unknown': `${DE}unknown key \`outcomes.keep.nextSteps.call-a-lawyer\` — tree.json has no next step with this id for keep; remove it.`,
  'strings-quotes-de': `${DE}\`questions.q-off-brand.hint\`: quotation mark " — write „…“ in German.`,
  'strings-quotes-da': 'content/quiz/strings/da.json: `questions.q-off-brand.hint`: quotation mark „ — write »…« in Danish.',
  'strings-forbidden-term': 'content/quiz/strings/da.json: `ui.title`: `skyde` is a mistranslation — use the term of content/glossary/da.md.',
  'strings-latin-in-hebrew': 'content/quiz/strings/he.json: `ui.start`: Latin letters (`Start`) in a Hebrew string — translate them.',
};

/** Fixtures whose break also trips other rules: the message must be among the problems. */
const AMONG: Record<string, string | RegExp> = {
  'strings-gate-mention-absent': `${DE}question \`g-fit\` (de): mentions.q-friends "Freund oder Verwandter" is not in the gate's text — name that situation in the text, in these words.`,
  'tree-dead-end': `${T}node \`x-stake\` is a dead end: no end can be reached from it — lead one of its answers towards an end node.`,
  'tree-no-end': `${T}there is no end node — add { "kind": "end" } and lead the last questions to it.`,
  'tree-gate-empty-group': `${T}node \`q-dread\`: the gate opens no group — its yes must lead to questions that its no skips.`,
  'tree-path-too-long':
    /^content\/quiz\/tree\.json: a path asks 27 questions \(q-threats → q-belittles → .* → x-influential\), more than maxQuestions 20 — merge questions, move some behind a gate, or raise maxQuestions\.$/,
};

/** Fixtures about reading files, tested in load-fs.test.ts. */
const FILE_LEVEL = ['file-invalid-json', 'file-missing-strings'];

describe('validateTree()', () => {
  test('accepts the real tree', () => {
    const result = validateTree(readContent('tree.json'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  test.each(Object.entries(ONLY).filter(([name]) => name.startsWith('tree-')))('fixture %s gives exactly its message', (name, message) => {
    expect(problemsOf(name)).toEqual([message]);
  });

  test.each(Object.entries(AMONG))('fixture %s names the problem among others it causes', (name, message) => {
    const problems = problemsOf(name);
    if (typeof message === 'string') expect(problems).toContain(message);
    else
      expect(
        problems.some((p) => message.test(p)),
        problems.join('\n'),
      ).toBe(true);
  });

  test('reports the dead-end fixture as a cycle too', () => {
    expect(problemsOf('tree-dead-end')).toContain(
      `${T}nodes form a cycle: \`x-stake\` → \`x-influential\` → \`x-stake\` — every next must lead on towards an end.`,
    );
  });

  test('reports every problem of a tree at once, not just the first', () => {
    const tree = structuredClone(readContent('tree.json')) as { nodes: Record<string, { signs?: string[]; factor?: string }> };
    tree.nodes['q-lies'].signs = ['liar'];
    tree.nodes['x-stake'].factor = 'stakeholders';
    const result = validateTree(tree);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toHaveLength(2);
  });
});

describe('validateStrings()', () => {
  test.each(LANGS)('accepts the real %s strings', (lang) => {
    const result = validateStrings(realTree(), lang, readContent(`strings/${lang}.json`));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  test.each(Object.entries(ONLY).filter(([name]) => name.startsWith('strings-')))('fixture %s gives exactly its message', (name, message) => {
    expect(problemsOf(name)).toEqual([message]);
  });
});

describe('validateQuizContent()', () => {
  const strings = Object.fromEntries(LANGS.map((l) => [l, readContent(`strings/${l}.json`)]));

  test('accepts the real content in all four languages', () => {
    const result = validateQuizContent({ tree: readContent('tree.json'), strings }, LANGS);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  test('names a language without strings', () => {
    const { tr: _dropped, ...rest } = strings;
    const result = validateQuizContent({ tree: readContent('tree.json'), strings: rest }, LANGS);
    expect(result.ok ? [] : result.problems).toEqual([
      "content/quiz/strings/tr.json: missing — every language needs the quiz strings; copy another language's file and translate every string.",
    ]);
  });

  test('stops at a broken tree before checking strings against it', () => {
    const tree = readContent('tree.json') as Record<string, unknown>;
    const result = validateQuizContent({ tree: { ...tree, start: 'q-treats' }, strings }, LANGS);
    expect(result.ok ? [] : result.problems).toEqual([`${T}start \`q-treats\` does not exist — did you mean \`q-threats\`?`]);
  });
});

describe('fixtures', () => {
  test('every fixture in tests/fixtures/quiz has a pinned message, and every pinned message a fixture', () => {
    const files = readdirSync(FIXTURES)
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    const pinned = [...Object.keys(ONLY), ...Object.keys(AMONG), ...FILE_LEVEL].sort();
    expect(files).toEqual(pinned);
  });

  test.each(readdirSync(FIXTURES).map((f) => f.replace(/\.json$/, '')))('fixture %s says what it breaks', (name) => {
    const fx = readFixture(name);
    expect(fx.about.length).toBeGreaterThan(10);
    expect(fx.file).toMatch(/^(tree|strings\/(he|de|tr|da))\.json$/);
  });
});

describe('getReasonAnswers()', () => {
  test('lists the answers that need a reason sentence', () => {
    const reasons = getReasonAnswers(realTree());
    expect(reasons['q-lies']).toEqual(['yes', 'no', 'unsure']);
    expect(reasons['g-money']).toEqual(['no']);
    expect(reasons['x-owed']).toEqual(['yes', 'unsure']);
    expect(reasons['d-talked']).toEqual(['no']);
  });
});

describe('ALL_SIGNS', () => {
  test('holds the 22 sign ids of SPEC section 3', () => {
    expect(ALL_SIGNS).toHaveLength(22);
    expect(new Set(ALL_SIGNS).size).toBe(22);
  });
});
