/**
 * The strings the quiz island gets as props: one language, only what it shows (the outcome
 * texts, the checklist and the reason sentences stay in the static pages).
 */
import type { DecodeFailure } from './share-token.ts';
import { OUTCOMES, type Outcome, type QuizStrings, type QuizUiKey } from './types.ts';

/** The message shown for each way a fragment can be wrong. */
export const ERROR_KEYS = {
  malformed: 'errorMalformed',
  checksum: 'errorChecksum',
  version: 'errorVersion',
  'invalid-path': 'errorInvalidPath',
  incomplete: 'errorIncomplete',
} as const satisfies Record<DecodeFailure, QuizUiKey>;

const ISLAND_UI_KEYS = ['yes', 'no', 'unsure', 'previousAnswer', 'back', 'restart', 'progress', 'resultHeading', ...Object.values(ERROR_KEYS)] as const;

type IslandUiKey = (typeof ISLAND_UI_KEYS)[number];

export interface QuizIslandText {
  readonly ui: Readonly<Record<IslandUiKey, string>>;
  readonly questions: Readonly<Record<string, { readonly text: string; readonly hint?: string }>>;
  /** Outcome titles, for a complete run opened on the quiz page. */
  readonly outcomes: Readonly<Record<Outcome, string>>;
}

/** Picks the island's strings out of one language's quiz strings. Pure. */
export function getIslandText(strings: QuizStrings): QuizIslandText {
  return {
    ui: Object.fromEntries(ISLAND_UI_KEYS.map((k) => [k, strings.ui[k]])) as Record<IslandUiKey, string>,
    questions: Object.fromEntries(Object.entries(strings.questions).map(([id, q]) => [id, q.hint ? { text: q.text, hint: q.hint } : { text: q.text }])),
    outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, strings.outcomes[o].title])) as Record<Outcome, string>,
  };
}
