/**
 * The scenario table (`content/quiz/scenarios.json`): realistic client situations, each with the
 * answers a visitor in it gives, the outcome the guides lead to and the guide sections that say
 * so. Replaying every scenario through the engine (pure) shows at build time, and in the unit
 * tests, when a change to the tree changes an outcome someone once reasoned out.
 */
import { GUIDE_SECTIONS, type GuideSlug } from '../guides/sections.ts';
import { createQuizEngine } from './engine.ts';
import { stepApplies } from './steps.ts';
import { SCENARIOS_FILE } from './files.ts';
import { ANSWER_VALUES, isOutcome, type AnswerValue, type Outcome, type QuizState, type QuizTree } from './types.ts';

/** One situation of the table. Questions it does not list are answered no. */
export interface Scenario {
  readonly id: string;
  readonly situation: string;
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly outcome: Outcome;
  /** `slug#section` of the guide passages that justify the outcome. */
  readonly guides: readonly string[];
  /** The next steps the result shows, in order, where the scenario pins them. */
  readonly steps?: readonly string[];
  /** Why, where the outcome is not obvious or the tree was changed for it. */
  readonly note?: string;
}

/** A scenario replayed: the run it gives, or why it cannot be replayed. */
export type Replay = { readonly ok: true; readonly state: QuizState } | { readonly ok: false; readonly problem: string };

/** Plays a scenario's answers through the tree (every question it does not list is answered no). Pure. */
export function replayScenario(tree: QuizTree, answers: Readonly<Record<string, AnswerValue>>): Replay {
  const engine = createQuizEngine(tree);
  let state = engine.start();
  const used = new Set<string>();
  for (let q = engine.current(state); q !== undefined; q = engine.current(state)) {
    const value = answers[q.id] ?? 'no';
    if (!q.answers.includes(value))
      return { ok: false, problem: `answers \`${q.id}\` with \`${value}\`, which that question does not offer (it takes ${q.answers.join(', ')})` };
    used.add(q.id);
    state = engine.answer(state, value);
  }
  const unused = Object.keys(answers).filter((id) => !used.has(id));
  if (unused.length > 0)
    return { ok: false, problem: `answers ${unused.map((id) => `\`${id}\``).join(', ')}, which its path never asks — remove them or fix the other answers` };
  return { ok: true, state };
}

/** The next steps a complete run shows, in order. Pure. */
export function getRunSteps(tree: QuizTree, state: QuizState): string[] {
  const outcome = createQuizEngine(tree).outcome(state);
  return outcome === undefined ? [] : tree.outcomes[outcome].nextSteps.filter((s) => stepApplies(state, s)).map((s) => s.id);
}

/**
 * Checks the parsed table: its shape, every guide reference, and that each scenario still leads
 * to its outcome (and steps). Returns every problem, each naming the file and the scenario. Pure.
 */
export function validateScenarios(
  tree: QuizTree,
  raw: unknown,
  file: string = SCENARIOS_FILE,
): { readonly scenarios: Scenario[]; readonly problems: string[] } {
  const problems: string[] = [];
  const list =
    typeof raw === 'object' && raw !== null && Array.isArray((raw as { scenarios?: unknown }).scenarios)
      ? (raw as { scenarios: unknown[] }).scenarios
      : undefined;
  if (!list) return { scenarios: [], problems: [`${file}: must be { "about": "…", "scenarios": [ … ] }.`] };
  const seen = new Set<string>();
  const scenarios: Scenario[] = [];
  list.forEach((entry, i) => {
    const s = entry as Partial<Scenario>;
    const at = `${file}: scenario ${typeof s?.id === 'string' ? `\`${s.id}\`` : i + 1}: `;
    if (
      typeof s !== 'object' ||
      s === null ||
      typeof s.id !== 'string' ||
      typeof s.situation !== 'string' ||
      typeof s.answers !== 'object' ||
      s.answers === null ||
      !Array.isArray(s.guides)
    ) {
      problems.push(`${at}needs id, situation, answers, outcome and guides.`);
      return;
    }
    if (seen.has(s.id)) problems.push(`${at}the id is used twice — give each scenario its own id.`);
    seen.add(s.id);
    if (!isOutcome(s.outcome)) {
      problems.push(`${at}outcome \`${String(s.outcome)}\` is not an outcome — use keep, reset-terms, plan-exit or end-now.`);
      return;
    }
    for (const [q, v] of Object.entries(s.answers)) {
      if (!(ANSWER_VALUES as readonly unknown[]).includes(v)) problems.push(`${at}answer \`${String(v)}\` to \`${q}\` is not yes, no or unsure.`);
      else if (tree.nodes[q]?.kind !== 'question') problems.push(`${at}\`${q}\` is not a question of the tree.`);
    }
    for (const ref of s.guides) {
      const [slug, section] = String(ref).split('#');
      const sections = (GUIDE_SECTIONS as Record<string, readonly string[]>)[slug as GuideSlug];
      if (!sections?.includes(section ?? '')) problems.push(`${at}guide passage \`${String(ref)}\` does not exist — write slug#section, e.g. ten-signs#lies.`);
    }
    if (problems.length > 0) return;
    const replay = replayScenario(tree, s.answers);
    if (!replay.ok) {
      problems.push(`${at}${replay.problem}.`);
      return;
    }
    const actual = createQuizEngine(tree).outcome(replay.state);
    if (actual !== s.outcome) {
      problems.push(
        `${at}the tree now gives ${actual}, not ${s.outcome} — if the change is right, update the scenario and say why in its note; otherwise fix the tree.`,
      );
    }
    if (s.steps !== undefined) {
      const steps = getRunSteps(tree, replay.state);
      if (steps.join(' ') !== s.steps.join(' ')) problems.push(`${at}the result shows the steps ${steps.join(', ')}, not ${s.steps.join(', ')}.`);
    }
    scenarios.push(s as Scenario);
  });
  return { scenarios, problems };
}
