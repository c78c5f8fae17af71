/**
 * Strict checks of the quiz content: the tree (`content/quiz/tree.json`) and the strings of
 * each language (`content/quiz/strings/{lang}.json`). Hand-written rather than a schema
 * library so each message can name the file, the node or key, and the fix, with a
 * "did you mean" where an id is misspelt. Pure: takes parsed JSON, returns the typed value or
 * every problem found.
 */
import { GUIDE_SECTIONS, SIGN_GUIDES, findGuideOfSection, type SignId } from '../guides/sections.ts';
import { checkQuestionRules } from './question-rules.ts';
import { getAnswerOptions, raisesOutcome } from './scoring.ts';
import { getGateGroup, longestQuestionPath, nextsOf, reachableFrom } from './tree-graph.ts';
import {
  ANSWER_VALUES,
  FACTORS,
  HOW_TO_GUIDE,
  OUTCOMES,
  QUIZ_UI_KEYS,
  QUIZ_UI_PLACEHOLDERS,
  RED_LINES,
  type AnswerValue,
  type Branch,
  type QuestionNode,
  type QuizStrings,
  type QuizTree,
} from './types.ts';

/** The result of a check: the typed value, or every problem found (one message each). */
export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly string[] };

/** Every section id of `how-to-fire-a-client`, which next steps and factors may link to. */
const HOW_TO_SECTIONS: readonly string[] = GUIDE_SECTIONS[HOW_TO_GUIDE];

/** Where the tree lives, relative to the project root. */
export const TREE_FILE = 'content/quiz/tree.json';

/** Where the strings of one language live, relative to the project root. */
export function getStringsFile(lang: string): string {
  return `content/quiz/strings/${lang}.json`;
}

/** Every sign id of the three sign guides, in guide order. */
export const ALL_SIGNS: readonly SignId[] = SIGN_GUIDES.flatMap((g) => GUIDE_SECTIONS[g] as readonly SignId[]);

const NEXT_STEPS_MIN = 3;
const NEXT_STEPS_MAX = 6;

/**
 * Words that are mistranslations of "fire a client" (or of "client") in the seeds; the glossary
 * in `content/glossary/{lang}.md` gives the term to use instead.
 */
export const FORBIDDEN_TERMS: Readonly<Record<string, readonly string[]>> = {
  he: ['לירות'],
  de: ['auslösen', 'auszulösen', 'Klient'],
  tr: ['istemci', 'İstemci'],
  da: ['skyde', 'klient'],
};

/** How each language writes quotation marks: characters that must not appear, and the fix. */
const QUOTES: Readonly<Record<string, { readonly banned: readonly string[]; readonly fix: string }>> = {
  de: { banned: ['"', '»', '«', '”'], fix: 'write „…“ in German' },
  da: { banned: ['"', '„', '“', '”'], fix: 'write »…« in Danish' },
  tr: { banned: ['"', '„', '»', '«'], fix: 'write “…” in Turkish' },
  he: { banned: ['„', '»', '«'], fix: 'write "…" in Hebrew' },
};

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function code(s: unknown): string {
  return `\`${String(s)}\``;
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
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

/** Returns the closest of the candidates, if it is close enough to be a likely typo. Pure. */
export function suggestClosest(wrong: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(wrong, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(wrong.length / 3)) ? best : undefined;
}

function didYouMean(wrong: string, candidates: readonly string[], otherwise: string): string {
  const s = suggestClosest(wrong, candidates);
  return s ? `did you mean ${code(s)}?` : otherwise;
}

/** Reports unknown and missing keys of an object; returns false when a required key is missing. */
function checkKeys(
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

const TREE_KEY_HELP: Record<string, string> = {
  rules: 'the list of rules, in words, for people reading the file',
  start: 'the id of the first node',
  maxQuestions: 'the most questions any path may ask',
  thresholds: 'the least score for reset-terms and plan-exit',
  redLines: 'the red-line sign ids of SPEC section 4',
  factors: 'the how-to-fire-a-client section each deliberation factor links to',
  outcomes: 'the next steps of each outcome',
  nodes: 'the nodes of the tree, keyed by id',
};

/**
 * Checks the parsed `tree.json`: the strict schema (no unknown or missing key), every next
 * pointer, reachability, cycles and dead ends, the path-length bound, coverage of every sign and
 * factor, gates listing their group's signs, red lines ending the relationship, and next-step
 * links. Pure.
 */
export function validateTree(raw: unknown, file: string = TREE_FILE): Validated<QuizTree> {
  const problems: string[] = [];
  const at = `${file}: `;
  if (!isObject(raw)) return { ok: false, problems: [`${at}the tree must be a JSON object with ${Object.keys(TREE_KEY_HELP).join(', ')}.`] };
  checkKeys(problems, at, raw, Object.keys(TREE_KEY_HELP), [], (k) => TREE_KEY_HELP[k]);

  if ('rules' in raw && (!Array.isArray(raw.rules) || !raw.rules.every((r) => typeof r === 'string' && r.trim() !== ''))) {
    problems.push(`${at}rules must be a list of sentences — write each rule as a string.`);
  }
  if ('maxQuestions' in raw && !(Number.isInteger(raw.maxQuestions) && (raw.maxQuestions as number) > 0)) {
    problems.push(`${at}maxQuestions must be a whole number above 0 — got ${JSON.stringify(raw.maxQuestions)}.`);
  }
  if ('thresholds' in raw) checkThresholds(problems, at, raw.thresholds);
  if ('redLines' in raw) checkRedLineList(problems, at, raw.redLines);
  if ('factors' in raw) checkFactorMap(problems, at, raw.factors);
  if ('outcomes' in raw) checkOutcomes(problems, at, raw.outcomes);

  const nodes = isObject(raw.nodes) ? raw.nodes : undefined;
  if ('nodes' in raw && !nodes) problems.push(`${at}nodes must be an object keyed by node id — e.g. { "q-lies": { "kind": "question", … } }.`);
  const schemaOk = nodes !== undefined && checkNodes(problems, at, nodes) && problems.length === 0;
  if (nodes && 'start' in raw) {
    if (typeof raw.start !== 'string' || !Object.hasOwn(nodes, raw.start)) {
      problems.push(`${at}start ${code(raw.start)} does not exist — ${didYouMean(String(raw.start), Object.keys(nodes), 'set it to the id of the first question.')}`);
    }
  }
  if (problems.length > 0 || !schemaOk) return { ok: false, problems };

  const tree = raw as unknown as QuizTree;
  checkGraph(problems, at, tree);
  if (problems.length > 0) return { ok: false, problems };
  checkPaths(problems, at, tree);
  checkCoverage(problems, at, tree);
  checkGates(problems, at, tree);
  checkStepConditions(problems, at, tree);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: tree };
}

function checkThresholds(problems: string[], at: string, raw: unknown): void {
  if (!isObject(raw)) {
    problems.push(`${at}thresholds must be an object — e.g. { "reset-terms": 1, "plan-exit": 4 }.`);
    return;
  }
  checkKeys(problems, `${at}thresholds: `, raw, ['reset-terms', 'plan-exit'], ['end-now'], (k) => `the least score for ${k}`);
  let previous: [string, number] | undefined;
  for (const o of OUTCOMES.slice(1)) {
    const v = raw[o];
    if (v === undefined) continue;
    if (!Number.isInteger(v) || (v as number) < 1) {
      problems.push(`${at}thresholds: ${o} must be a whole number of at least 1 — got ${JSON.stringify(v)}.`);
      continue;
    }
    if (previous && (v as number) <= previous[1]) {
      problems.push(`${at}thresholds: ${o} (${String(v)}) must be greater than ${previous[0]} (${previous[1]}) — thresholds rise with severity.`);
    }
    previous = [o, v as number];
  }
}

function checkRedLineList(problems: string[], at: string, raw: unknown): void {
  const list = Array.isArray(raw) ? raw : [];
  const missing = RED_LINES.filter((r) => !list.includes(r));
  const extra = list.filter((r) => !(RED_LINES as readonly unknown[]).includes(r));
  if (!Array.isArray(raw) || missing.length > 0 || extra.length > 0) {
    const detail = [missing.length ? `missing ${missing.map(code).join(', ')}` : '', extra.length ? `extra ${extra.map(code).join(', ')}` : '']
      .filter(Boolean)
      .join('; ');
    problems.push(`${at}redLines must list exactly the red lines of SPEC section 4 (${RED_LINES.join(', ')}) — ${detail || 'it is not a list'}.`);
  }
}

function checkFactorMap(problems: string[], at: string, raw: unknown): void {
  if (!isObject(raw)) {
    problems.push(`${at}factors must be an object mapping each factor to a section of ${HOW_TO_GUIDE}.`);
    return;
  }
  checkKeys(problems, `${at}factors: `, raw, FACTORS, [], (k) => `the ${HOW_TO_GUIDE} section the factor ${code(k)} links to`);
  for (const [factor, section] of Object.entries(raw)) {
    if (!(FACTORS as readonly string[]).includes(factor)) continue;
    if (typeof section !== 'string' || !HOW_TO_SECTIONS.includes(section)) {
      problems.push(
        `${at}factors: ${code(factor)} links to ${code(section)}, which is not a section of ${HOW_TO_GUIDE} — ${didYouMean(String(section), HOW_TO_SECTIONS, `use one of ${HOW_TO_SECTIONS.join(', ')}.`)}`,
      );
    }
  }
}

function checkOutcomes(problems: string[], at: string, raw: unknown): void {
  if (!isObject(raw)) {
    problems.push(`${at}outcomes must be an object with ${OUTCOMES.join(', ')}.`);
    return;
  }
  checkKeys(problems, `${at}outcomes: `, raw, OUTCOMES, [], (k) => `the next steps of ${k}`);
  for (const o of OUTCOMES) {
    const entry = raw[o];
    if (entry === undefined) continue;
    const where = `${at}outcome ${code(o)}: `;
    if (!isObject(entry)) {
      problems.push(`${where}must be an object with nextSteps.`);
      continue;
    }
    if (!checkKeys(problems, where, entry, ['nextSteps'], [], () => `the list of next steps, each { "id", "section" }`)) continue;
    const steps = entry.nextSteps;
    if (!Array.isArray(steps)) {
      problems.push(`${where}nextSteps must be a list of { "id", "section" }.`);
      continue;
    }
    if (steps.length < NEXT_STEPS_MIN || steps.length > NEXT_STEPS_MAX) {
      problems.push(`${where}${steps.length} next steps — give ${NEXT_STEPS_MIN} to ${NEXT_STEPS_MAX}.`);
    }
    const seen = new Set<string>();
    steps.forEach((step, i) => {
      const sw = `${where}next step ${i + 1}: `;
      if (!isObject(step)) {
        problems.push(`${sw}must be { "id", "section" }.`);
        return;
      }
      if (!checkKeys(problems, sw, step, ['id', 'section'], ['onlyIf'], (k) => (k === 'id' ? 'a kebab-case id (the key of its text in the strings)' : `the ${HOW_TO_GUIDE} section it links to`))) return;
      if (typeof step.id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(step.id)) {
        problems.push(`${sw}id ${code(step.id)} must be kebab-case — e.g. "get-paid".`);
      } else if (seen.has(step.id)) {
        problems.push(`${where}next step id ${code(step.id)} is used twice — give each step its own id.`);
      } else seen.add(step.id);
      if (typeof step.section !== 'string' || !HOW_TO_SECTIONS.includes(step.section)) {
        problems.push(
          `${where}next step ${code(step.id)} links to ${code(step.section)}, which is not a section of ${HOW_TO_GUIDE} — ${didYouMean(String(step.section), HOW_TO_SECTIONS, `use one of ${HOW_TO_SECTIONS.join(', ')}.`)}`,
        );
      }
    });
  }
}

/** Checks the schema of every node; returns false if any node is unusable for the graph checks. */
function checkNodes(problems: string[], at: string, nodes: Json): boolean {
  const before = problems.length;
  for (const [id, node] of Object.entries(nodes)) {
    const where = `${at}node ${code(id)}: `;
    if (!/^[a-z][a-z0-9-]*$/.test(id)) problems.push(`${where}ids are kebab-case (a-z, 0-9, -) — rename it.`);
    if (!isObject(node)) {
      problems.push(`${where}must be an object with a kind (question, check or end).`);
      continue;
    }
    if (node.kind === 'question') checkQuestion(problems, where, node);
    else if (node.kind === 'check') checkCheck(problems, where, node);
    else if (node.kind === 'end') checkKeys(problems, where, node, ['kind'], [], () => '');
    else problems.push(`${where}unknown kind ${code(node.kind)} — ${didYouMean(String(node.kind), ['question', 'check', 'end'], 'use question, check or end.')}`);
  }
  return problems.length === before;
}

function checkQuestion(problems: string[], where: string, node: Json): void {
  const complete = checkKeys(problems, where, node, ['kind', 'signs', 'yes', 'no'], ['gate', 'factor', 'unsure'], (k) =>
    k === 'signs' ? 'the sign ids it covers (may be [] for a deliberation question)' : `the ${k} branch, { "next": … }`,
  );
  if ('gate' in node && typeof node.gate !== 'boolean') problems.push(`${where}gate must be true or false.`);
  if ('factor' in node && !(FACTORS as readonly unknown[]).includes(node.factor)) {
    problems.push(`${where}unknown factor ${code(node.factor)} — ${didYouMean(String(node.factor), FACTORS, `use one of ${FACTORS.join(', ')}.`)}`);
  }
  if ('signs' in node) {
    if (!Array.isArray(node.signs)) problems.push(`${where}signs must be a list of sign ids.`);
    else {
      const seen = new Set<unknown>();
      for (const sign of node.signs) {
        if (!(ALL_SIGNS as readonly unknown[]).includes(sign)) {
          problems.push(`${where}unknown sign ${code(sign)} — ${didYouMean(String(sign), ALL_SIGNS, 'use a section id of ten-signs, seven-signs or five-signs.')} Sign ids are in src/guides/sections.ts.`);
        } else if (seen.has(sign)) problems.push(`${where}sign ${code(sign)} is listed twice — list it once.`);
        seen.add(sign);
      }
      if (node.gate === true && node.signs.length === 0) {
        problems.push(`${where}the gate lists no signs — list every sign of the group it opens.`);
      } else if (node.signs.length === 0 && !('factor' in node)) {
        problems.push(`${where}asks about no sign and no factor — add the signs it covers or its factor.`);
      }
    }
  }
  for (const answer of ANSWER_VALUES) {
    if (answer in node) checkBranch(problems, where, answer, node[answer]);
  }
  if ('unsure' in node) checkUnsure(problems, where, node);
  if (!complete) return;
  const signs = Array.isArray(node.signs) ? (node.signs as unknown[]) : [];
  const isSignQuestion = signs.length > 0;
  const no = node.no;
  if (isSignQuestion && isObject(no) && ((typeof no.points === 'number' && no.points > 0) || (no.floor !== undefined && no.floor !== 'keep'))) {
    problems.push(`${where}a no raises the outcome — on a sign question only a yes may add points or a floor (all no must lead to keep).`);
  }
  const red = signs.filter((s) => (RED_LINES as readonly unknown[]).includes(s));
  const yes = node.yes;
  const floorKnown = isObject(yes) && (yes.floor === undefined || (OUTCOMES as readonly unknown[]).includes(yes.floor));
  if (red.length > 0 && node.gate !== true && isObject(yes) && floorKnown && yes.floor !== 'end-now') {
    problems.push(`${where}covers the red line ${code(red[0])} but a yes does not have "floor": "end-now" — add it, so a yes on a red line always leads to end-now.`);
  }
}

/**
 * "Not sure" lies between no and yes: it goes where no goes, sets no floor, and adds no more
 * points than yes (unless yes ends the relationship anyway). A gate takes only yes or no.
 */
function checkUnsure(problems: string[], where: string, node: Json): void {
  const { unsure, yes, no } = node;
  if (!isObject(unsure) || !isObject(yes) || !isObject(no)) return;
  if (node.gate === true) problems.push(`${where}a gate offers no "not sure" — remove unsure; a visitor who is unsure should see the group (answer yes).`);
  if (unsure.next !== no.next) problems.push(`${where}unsure.next ${code(unsure.next)} differs from no.next ${code(no.next)} — "not sure" goes where no goes.`);
  if ('floor' in unsure) problems.push(`${where}unsure has a floor — "not sure" may add points but never a floor; remove it.`);
  const [u, y] = [unsure.points, yes.points].map((p) => (typeof p === 'number' ? p : 0));
  if (u > y && yes.floor !== 'end-now') problems.push(`${where}unsure adds ${u} point${u === 1 ? '' : 's'}, more than yes (${y}) — "not sure" must never weigh more than yes.`);
}

function checkBranch(problems: string[], where: string, answer: string, raw: unknown): void {
  const bw = `${where}${answer}: `;
  if (!isObject(raw)) {
    problems.push(`${where}${answer} must be an object — write { "next": ${JSON.stringify(typeof raw === 'string' ? raw : '…')} }.`);
    return;
  }
  checkKeys(problems, bw, raw, ['next'], ['points', 'floor', 'reason'], () => 'the id of the node this answer leads to');
  if ('next' in raw && typeof raw.next !== 'string') problems.push(`${bw}next must be a node id.`);
  if ('points' in raw && !(Number.isInteger(raw.points) && (raw.points as number) >= 0)) {
    problems.push(`${bw}points must be a whole number of at least 0 — got ${JSON.stringify(raw.points)}.`);
  }
  if ('floor' in raw && !(OUTCOMES as readonly unknown[]).includes(raw.floor)) {
    problems.push(`${bw}unknown floor ${code(raw.floor)} — ${didYouMean(String(raw.floor), OUTCOMES, `use one of ${OUTCOMES.join(', ')}.`)}`);
  }
  if ('reason' in raw && raw.reason !== 'always' && raw.reason !== 'when-keep') {
    problems.push(`${bw}reason must be "always" or "when-keep" — got ${JSON.stringify(raw.reason)}.`);
  }
  const raises = (typeof raw.points === 'number' && raw.points > 0) || (raw.floor !== undefined && raw.floor !== 'keep');
  if (raises && raw.reason === 'when-keep') {
    problems.push(`${bw}raises the outcome but has "reason": "when-keep" — an answer that raises the outcome is always a reason; remove "reason".`);
  }
}

function checkCheck(problems: string[], where: string, node: Json): void {
  checkKeys(problems, where, node, ['kind', 'when', 'then', 'else'], [], (k) =>
    k === 'when' ? 'the condition on the outcome so far, { "atLeast": …, "below": … }' : `the id of the node to go to (${k})`,
  );
  for (const k of ['then', 'else']) if (k in node && typeof node[k] !== 'string') problems.push(`${where}${k} must be a node id.`);
  if (!('when' in node)) return;
  const when = node.when;
  if (!isObject(when)) {
    problems.push(`${where}when must be an object — e.g. { "atLeast": "plan-exit" }.`);
    return;
  }
  checkKeys(problems, `${where}when: `, when, [], ['atLeast', 'below'], () => '');
  for (const k of ['atLeast', 'below'] as const) {
    if (k in when && !(OUTCOMES as readonly unknown[]).includes(when[k])) {
      problems.push(`${where}when.${k}: unknown outcome ${code(when[k])} — ${didYouMean(String(when[k]), OUTCOMES, `use one of ${OUTCOMES.join(', ')}.`)}`);
    }
  }
  if (!('atLeast' in when) && !('below' in when)) problems.push(`${where}when is empty — give atLeast, below or both.`);
  const { atLeast, below } = when as { atLeast?: string; below?: string };
  if (atLeast !== undefined && below !== undefined && OUTCOMES.indexOf(atLeast as never) >= OUTCOMES.indexOf(below as never)) {
    problems.push(`${where}when.atLeast ${code(atLeast)} is not below when.below ${code(below)}, so no run could go to then — make atLeast the milder outcome.`);
  }
}

function checkGraph(problems: string[], at: string, tree: QuizTree): void {
  const ids = Object.keys(tree.nodes);
  for (const [id, node] of Object.entries(tree.nodes)) {
    for (const [branch, next] of nextsOf(node)) {
      if (!Object.hasOwn(tree.nodes, next)) {
        const field = node.kind === 'question' ? `${branch}.next` : branch;
        problems.push(`${at}node ${code(id)}: ${field} ${code(next)} does not exist — ${didYouMean(next, ids, 'point it at an existing node or add the node.')}`);
      }
    }
  }
  if (problems.length > 0) return;
  if (!ids.some((id) => tree.nodes[id].kind === 'end')) problems.push(`${at}there is no end node — add { "kind": "end" } and lead the last questions to it.`);

  const reached = reachableFrom(tree.nodes, tree.start);
  for (const id of ids) {
    if (!reached.has(id)) problems.push(`${at}node ${code(id)} is not reachable from start ${code(tree.start)} — point an answer's next at it, or remove it.`);
  }

  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const reportedCycles = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, 'open');
    trail.push(id);
    for (const [, next] of nextsOf(tree.nodes[id])) {
      if (state.get(next) === 'open') {
        const cycle = [...trail.slice(trail.indexOf(next)), next];
        const key = [...cycle].slice(0, -1).sort().join(' ');
        if (!reportedCycles.has(key)) {
          reportedCycles.add(key);
          problems.push(`${at}nodes form a cycle: ${cycle.map(code).join(' → ')} — every next must lead on towards an end.`);
        }
      } else if (!state.has(next)) visit(next);
    }
    trail.pop();
    state.set(id, 'done');
  };
  for (const id of ids) if (!state.has(id)) visit(id);

  const endsReachable = new Set(ids.filter((id) => tree.nodes[id].kind === 'end'));
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of ids) {
      if (!endsReachable.has(id) && nextsOf(tree.nodes[id]).some(([, n]) => endsReachable.has(n))) {
        endsReachable.add(id);
        changed = true;
      }
    }
  }
  for (const id of ids) {
    if (!endsReachable.has(id)) problems.push(`${at}node ${code(id)} is a dead end: no end can be reached from it — lead one of its answers towards an end node.`);
  }
}

/** Checks the longest path (checks may go either way, so this bounds every real run). */
function checkPaths(problems: string[], at: string, tree: QuizTree): void {
  const path = longestQuestionPath(tree, tree.start);
  if (path.length > tree.maxQuestions) {
    problems.push(
      `${at}a path asks ${path.length} questions (${path.join(' → ')}), more than maxQuestions ${tree.maxQuestions} — merge questions, move some behind a gate, or raise maxQuestions.`,
    );
  }
}

function questionsOf(tree: QuizTree): [string, QuestionNode][] {
  return Object.entries(tree.nodes).filter((e): e is [string, QuestionNode] => e[1].kind === 'question');
}

function checkCoverage(problems: string[], at: string, tree: QuizTree): void {
  const questions = questionsOf(tree).filter(([, q]) => q.gate !== true);
  for (const sign of ALL_SIGNS) {
    if (!questions.some(([, q]) => q.signs.includes(sign))) {
      problems.push(`${at}sign ${code(sign)} (${findGuideOfSection(sign)}) is asked by no question — add it to the signs of a question (and of the gate that opens its group).`);
    }
  }
  for (const factor of FACTORS) {
    if (!questionsOf(tree).some(([, q]) => q.factor === factor)) {
      problems.push(`${at}factor ${code(factor)} is asked by no question — give a question "factor": "${factor}".`);
    }
  }
}

/** A gate's group is what its yes reaches and its no skips; the gate lists exactly the group's signs. */
function checkGates(problems: string[], at: string, tree: QuizTree): void {
  for (const [id, gate] of questionsOf(tree)) {
    if (gate.gate !== true) continue;
    const group = getGateGroup(tree, id);
    if (group.length === 0) {
      problems.push(`${at}node ${code(id)}: the gate opens no group — its yes must lead to questions that its no skips.`);
      continue;
    }
    const asked = new Map<SignId, string>();
    for (const n of group) for (const s of (tree.nodes[n] as QuestionNode).signs) if (!asked.has(s)) asked.set(s, n);
    for (const [sign, by] of asked) {
      if (!gate.signs.includes(sign)) {
        problems.push(`${at}node ${code(id)}: the gate does not list ${code(sign)}, asked in the group it opens (by ${code(by)}) — add it to the gate's signs.`);
      }
    }
    for (const sign of gate.signs) {
      if (!asked.has(sign)) {
        problems.push(`${at}node ${code(id)}: the gate lists ${code(sign)}, which no question of its group asks — remove it, or ask it in the group.`);
      }
    }
  }
}

/**
 * The answers whose sentence the strings must give, per question: those the engine may list as
 * reasons, and "not sure" wherever it is offered (it is listed under its own heading).
 */
export function getReasonAnswers(tree: QuizTree): Record<string, AnswerValue[]> {
  const out: Record<string, AnswerValue[]> = {};
  for (const [id, q] of questionsOf(tree)) {
    out[id] = ANSWER_VALUES.filter((a) => {
      const b: Branch | undefined = q[a];
      return b !== undefined && (a === 'unsure' || raisesOutcome(b) || b.reason !== undefined);
    });
  }
  return out;
}

/** Checks that each next step's `onlyIf` names a question of the tree and answers it offers. */
function checkStepConditions(problems: string[], at: string, tree: QuizTree): void {
  for (const o of OUTCOMES) {
    for (const step of tree.outcomes[o].nextSteps) {
      if (step.onlyIf === undefined) continue;
      const where = `${at}outcome ${code(o)}: next step ${code(step.id)}: onlyIf `;
      const cond = step.onlyIf as unknown;
      if (!isObject(cond) || typeof cond.question !== 'string' || !Array.isArray(cond.answers) || cond.answers.length === 0) {
        problems.push(`${where}must be { "question": "<question id>", "answers": ["yes", …] }.`);
        continue;
      }
      const node = tree.nodes[cond.question];
      if (node?.kind !== 'question') {
        const ids = questionsOf(tree).map(([id]) => id);
        problems.push(`${where}names ${code(cond.question)}, which is not a question — ${didYouMean(cond.question, ids, 'name a question of the tree.')}`);
        continue;
      }
      for (const a of cond.answers) {
        if (!(ANSWER_VALUES as readonly unknown[]).includes(a) || node[a as AnswerValue] === undefined) {
          problems.push(`${where}lists the answer ${code(a)}, which ${code(cond.question)} does not offer — use ${getAnswerOptions(node).join(', ')}.`);
        }
      }
    }
  }
}

/**
 * Checks the parsed strings of one language against the tree: exactly the keys the tree and
 * the interface need (none missing, none extra), non-empty text, placeholders, the language's
 * quotation marks, no mistranslated glossary term, and no Latin letters in Hebrew. Pure.
 */
export function validateStrings(tree: QuizTree, lang: string, raw: unknown, file: string = getStringsFile(lang)): Validated<QuizStrings> {
  const problems: string[] = [];
  const at = `${file}: `;
  const missing = (key: string, what: string): void => {
    problems.push(`${at}missing ${code(key)} — add ${what}; translate it from another language's file.`);
  };
  const unknown = (key: string, candidates: readonly string[], why: string): void => {
    const s = suggestClosest(key.split('.').pop()!, candidates);
    problems.push(`${at}unknown key ${code(key)} — ${why}; remove it${s ? ` (did you mean ${code(key.replace(/[^.]*$/, s))}?)` : ''}.`);
  };
  const text = (key: string, value: unknown): void => {
    if (typeof value !== 'string') {
      problems.push(`${at}${code(key)} must be a string — got ${JSON.stringify(value)}.`);
      return;
    }
    if (value.trim() === '') {
      problems.push(`${at}${code(key)} is empty — write the text.`);
      return;
    }
    checkText(problems, at, lang, key, value);
  };
  const section = (key: string, value: unknown, required: readonly string[], why: string, what: (k: string) => string): Json | undefined => {
    if (!isObject(value)) {
      problems.push(`${at}${code(key)} must be an object with ${required.length ? required.join(', ') : 'the keys the tree needs'}.`);
      return undefined;
    }
    for (const k of Object.keys(value)) if (!required.includes(k)) unknown(`${key}.${k}`, required, why);
    for (const k of required) if (!Object.hasOwn(value, k)) missing(`${key}.${k}`, what(k));
    return value;
  };

  if (!isObject(raw)) return { ok: false, problems: [`${at}the strings must be a JSON object with ui, questions, signs, factors and outcomes.`] };
  const top = ['ui', 'questions', 'signs', 'factors', 'outcomes'];
  for (const k of Object.keys(raw)) if (!top.includes(k)) unknown(k, top, 'the strings have only ui, questions, signs, factors and outcomes');
  for (const k of top) if (!(k in raw)) missing(k, `the ${code(k)} section`);

  if ('ui' in raw) {
    const ui = section('ui', raw.ui, QUIZ_UI_KEYS, 'the quiz interface has no such string', (k) => `the interface string ${code(k)}`);
    for (const k of QUIZ_UI_KEYS) {
      if (!ui || !(k in ui)) continue;
      text(`ui.${k}`, ui[k]);
      for (const p of QUIZ_UI_PLACEHOLDERS[k] ?? []) {
        if (typeof ui[k] === 'string' && !(ui[k] as string).includes(p)) problems.push(`${at}${code(`ui.${k}`)} lacks the placeholder ${p} — keep it where the value goes.`);
      }
    }
  }

  const reasonAnswers = getReasonAnswers(tree);
  const questionIds = Object.keys(reasonAnswers);
  if ('questions' in raw) {
    const qs = section('questions', raw.questions, questionIds, 'no question of tree.json has this id', (k) => `the text and reasons of question ${code(k)}`);
    for (const id of questionIds) {
      if (!qs || !Object.hasOwn(qs, id)) continue;
      const q = qs[id];
      const key = `questions.${id}`;
      const entry = isObject(q) ? q : undefined;
      if (!entry) {
        problems.push(`${at}${code(key)} must be an object with text, reasons and optionally hint.`);
        continue;
      }
      for (const k of Object.keys(entry)) if (!['text', 'hint', 'reasons', 'mentions'].includes(k)) unknown(`${key}.${k}`, ['text', 'hint', 'reasons', 'mentions'], 'a question has only text, hint, reasons and (a gate) mentions');
      if ('mentions' in entry && !(isObject(entry.mentions) && Object.values(entry.mentions).every((v) => typeof v === 'string'))) {
        problems.push(`${at}${code(`${key}.mentions`)} must be an object of question id → the words of the text naming it.`);
      }
      if (!('text' in entry)) missing(`${key}.text`, 'the question, short and answerable with yes or no');
      else text(`${key}.text`, entry.text);
      if ('hint' in entry) text(`${key}.hint`, entry.hint);
      if (!('reasons' in entry)) {
        missing(`${key}.reasons`, `the reason sentences for ${reasonAnswers[id].join(' and ') || 'no answer ({})'}`);
        continue;
      }
      const reasons = isObject(entry.reasons) ? entry.reasons : undefined;
      if (!reasons) {
        problems.push(`${at}${code(`${key}.reasons`)} must be an object keyed by answer — e.g. { "yes": "…" }.`);
        continue;
      }
      for (const k of Object.keys(reasons)) {
        if (!(reasonAnswers[id] as string[]).includes(k)) {
          problems.push(`${at}unknown key ${code(`${key}.reasons.${k}`)} — tree.json never lists this answer as a reason; remove it, or give that branch "reason" in tree.json.`);
        }
      }
      for (const a of reasonAnswers[id]) {
        if (!(a in reasons)) missing(`${key}.reasons.${a}`, `the reason shown when the answer is ${a} (tree.json lists it as a reason)`);
        else text(`${key}.reasons.${a}`, reasons[a]);
      }
    }
  }

  if (isObject(raw.questions) && Object.values(raw.questions).every(isObject)) {
    problems.push(...checkQuestionRules(tree, lang, raw.questions as Record<string, { text: string }>, file));
  }

  if ('signs' in raw) {
    const signs = section('signs', raw.signs, ALL_SIGNS, 'it is not a sign id of src/guides/sections.ts', (k) => `the short label of the sign ${code(k)}`);
    for (const s of ALL_SIGNS) if (signs && s in signs) text(`signs.${s}`, signs[s]);
  }
  if ('factors' in raw) {
    const factors = section('factors', raw.factors, FACTORS, 'it is not a deliberation factor', (k) => `the short label of the factor ${code(k)}`);
    for (const f of FACTORS) if (factors && f in factors) text(`factors.${f}`, factors[f]);
  }
  if ('outcomes' in raw) {
    const outcomes = section('outcomes', raw.outcomes, OUTCOMES, 'it is not an outcome', (k) => `the texts of the outcome ${code(k)}`);
    for (const o of OUTCOMES) {
      const entry = outcomes?.[o];
      if (entry === undefined) continue;
      const key = `outcomes.${o}`;
      const parts = section(key, entry, ['title', 'summary', 'meaning', 'nextSteps'], 'an outcome has only title, summary, meaning and nextSteps', (k) => `the ${k} of ${code(o)}`);
      if (!parts) continue;
      for (const k of ['title', 'summary', 'meaning']) if (k in parts) text(`${key}.${k}`, parts[k]);
      if (!('nextSteps' in parts)) continue;
      const stepIds = tree.outcomes[o].nextSteps.map((s) => s.id);
      const steps = section(`${key}.nextSteps`, parts.nextSteps, stepIds, `tree.json has no next step with this id for ${o}`, (k) => `the text of the next step ${code(k)}`);
      for (const s of stepIds) if (steps && Object.hasOwn(steps, s)) text(`${key}.nextSteps.${s}`, steps[s]);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: raw as unknown as QuizStrings };
}

function checkText(problems: string[], at: string, lang: string, key: string, value: string): void {
  const quotes = QUOTES[lang];
  const bad = quotes?.banned.find((q) => value.includes(q));
  if (quotes && bad) problems.push(`${at}${code(key)}: quotation mark ${bad} — ${quotes.fix}.`);
  for (const term of FORBIDDEN_TERMS[lang] ?? []) {
    if (value.includes(term)) {
      problems.push(`${at}${code(key)}: ${code(term)} is a mistranslation — use the term of content/glossary/${lang}.md.`);
    }
  }
  if (lang === 'he') {
    const latin = value.replace(/\{[a-z]+\}/g, '').match(/[A-Za-z]+/);
    if (latin) problems.push(`${at}${code(key)}: Latin letters (${code(latin[0])}) in a Hebrew string — translate them.`);
  }
}

/**
 * Checks the whole quiz content: the tree, then the strings of every language against it. A
 * missing language is a problem too. Pure.
 */
export function validateQuizContent(
  raw: { readonly tree: unknown; readonly strings: Readonly<Record<string, unknown>> },
  langs: readonly string[],
): Validated<{ tree: QuizTree; strings: Record<string, QuizStrings> }> {
  const tree = validateTree(raw.tree);
  if (!tree.ok) return tree;
  const problems: string[] = [];
  const strings: Record<string, QuizStrings> = {};
  for (const lang of langs) {
    if (!Object.hasOwn(raw.strings, lang)) {
      problems.push(`${getStringsFile(lang)}: missing — every language needs the quiz strings; copy another language's file and translate every string.`);
      continue;
    }
    const s = validateStrings(tree.value, lang, raw.strings[lang]);
    if (s.ok) strings[lang] = s.value;
    else problems.push(...s.problems);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { tree: tree.value, strings } };
}
