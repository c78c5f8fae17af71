/**
 * Strict checks of the quiz tree (`content/quiz/tree.json`), hand-written rather than a schema
 * library so each message can name the file, the node or key, and the fix, with a "did you
 * mean" where an id is misspelt. Pure: takes parsed JSON, returns the typed tree or every
 * problem found. In order: the schema (`validate-tree-schema.ts`), the graph
 * (`validate-tree-graph.ts`), then what the tree means: coverage of every sign and factor,
 * gates listing their group's signs, and next-step conditions.
 */
import { ALL_SIGNS, findGuideOfSection, type SignId } from '../guides/sections.ts';
import { checkKeys, code, didYouMean, isObject, type Validated } from '../lib/diagnostics.ts';
import { TREE_FILE } from './files.ts';
import { getAnswerOptions } from './scoring.ts';
import { getGateGroup } from './tree-graph.ts';
import { checkGraph, checkPaths } from './validate-tree-graph.ts';
import { checkFactorMap, checkNodes, checkOutcomes, checkRedLineList, checkThresholds } from './validate-tree-schema.ts';
import { ANSWER_VALUES, FACTORS, OUTCOMES, type AnswerValue, type QuestionNode, type QuizTree } from './types.ts';

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
      problems.push(
        `${at}start ${code(raw.start)} does not exist — ${didYouMean(String(raw.start), Object.keys(nodes), 'set it to the id of the first question.')}`,
      );
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

function questionsOf(tree: QuizTree): [string, QuestionNode][] {
  return Object.entries(tree.nodes).filter((e): e is [string, QuestionNode] => e[1].kind === 'question');
}

/** Checks that some question asks every sign (outside gates) and every factor. */
function checkCoverage(problems: string[], at: string, tree: QuizTree): void {
  const questions = questionsOf(tree).filter(([, q]) => q.gate !== true);
  for (const sign of ALL_SIGNS) {
    if (!questions.some(([, q]) => q.signs.includes(sign))) {
      problems.push(
        `${at}sign ${code(sign)} (${findGuideOfSection(sign)}) is asked by no question — add it to the signs of a question (and of the gate that opens its group).`,
      );
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
        problems.push(
          `${at}node ${code(id)}: the gate does not list ${code(sign)}, asked in the group it opens (by ${code(by)}) — add it to the gate's signs.`,
        );
      }
    }
    for (const sign of gate.signs) {
      if (!asked.has(sign)) {
        problems.push(`${at}node ${code(id)}: the gate lists ${code(sign)}, which no question of its group asks — remove it, or ask it in the group.`);
      }
    }
  }
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
