/**
 * The schema of `content/quiz/tree.json` (pure): the keys, types and value ranges of the
 * thresholds, red lines, factors, outcomes and nodes, and the rules a single node must obey on
 * its own (a no never raises the outcome on a sign question, a red line's yes ends the
 * relationship, "not sure" lies between no and yes). `validate-tree.ts` calls these in order.
 */
import { ALL_SIGNS, GUIDE_SECTIONS } from '../guides/sections.ts';
import { checkKeys, code, didYouMean, isObject, type Json } from '../lib/diagnostics.ts';
import { raisesOutcome } from './scoring.ts';
import { ANSWER_VALUES, FACTORS, HOW_TO_GUIDE, OUTCOMES, RED_LINES, type Outcome } from './types.ts';

/** Every section id of `how-to-fire-a-client`, which next steps and factors may link to. */
const HOW_TO_SECTIONS: readonly string[] = GUIDE_SECTIONS[HOW_TO_GUIDE];

const NEXT_STEPS_MIN = 3;
const NEXT_STEPS_MAX = 6;

/** Whether a branch as written raises the outcome (points that are not a number count as none). */
function raisesAsWritten(branch: Json): boolean {
  return raisesOutcome({ points: typeof branch.points === 'number' ? branch.points : undefined, floor: branch.floor as Outcome | undefined });
}

/** Checks the thresholds: whole numbers of at least 1, rising with severity. */
export function checkThresholds(problems: string[], at: string, raw: unknown): void {
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

/** Checks that `redLines` lists exactly the red lines of SPEC section 4. */
export function checkRedLineList(problems: string[], at: string, raw: unknown): void {
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

/** Checks that every deliberation factor links to a section of how-to-fire-a-client. */
export function checkFactorMap(problems: string[], at: string, raw: unknown): void {
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

/** Checks the next steps of every outcome: how many, kebab-case ids used once, links to how-to-fire-a-client. */
export function checkOutcomes(problems: string[], at: string, raw: unknown): void {
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
      if (
        !checkKeys(problems, sw, step, ['id', 'section'], ['onlyIf'], (k) =>
          k === 'id' ? 'a kebab-case id (the key of its text in the strings)' : `the ${HOW_TO_GUIDE} section it links to`,
        )
      )
        return;
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
export function checkNodes(problems: string[], at: string, nodes: Json): boolean {
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
    else
      problems.push(`${where}unknown kind ${code(node.kind)} — ${didYouMean(String(node.kind), ['question', 'check', 'end'], 'use question, check or end.')}`);
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
          problems.push(
            `${where}unknown sign ${code(sign)} — ${didYouMean(String(sign), ALL_SIGNS, 'use a section id of ten-signs, seven-signs or five-signs.')} Sign ids are in src/guides/sections.ts.`,
          );
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
  if (isSignQuestion && isObject(no) && raisesAsWritten(no)) {
    problems.push(`${where}a no raises the outcome — on a sign question only a yes may add points or a floor (all no must lead to keep).`);
  }
  const red = signs.filter((s) => (RED_LINES as readonly unknown[]).includes(s));
  const yes = node.yes;
  const floorKnown = isObject(yes) && (yes.floor === undefined || (OUTCOMES as readonly unknown[]).includes(yes.floor));
  if (red.length > 0 && node.gate !== true && isObject(yes) && floorKnown && yes.floor !== 'end-now') {
    problems.push(
      `${where}covers the red line ${code(red[0])} but a yes does not have "floor": "end-now" — add it, so a yes on a red line always leads to end-now.`,
    );
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
  if (u > y && yes.floor !== 'end-now')
    problems.push(`${where}unsure adds ${u} point${u === 1 ? '' : 's'}, more than yes (${y}) — "not sure" must never weigh more than yes.`);
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
  if (raisesAsWritten(raw) && raw.reason === 'when-keep') {
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
    problems.push(
      `${where}when.atLeast ${code(atLeast)} is not below when.below ${code(below)}, so no run could go to then — make atLeast the milder outcome.`,
    );
  }
}
