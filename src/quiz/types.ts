import type { GuideSlug, SectionId, SignId } from '../guides/sections.ts';

/**
 * The quiz's outcomes, from mildest to most severe: the index is the severity, so comparing
 * outcomes is comparing indexes (`severityOf`).
 */
export const OUTCOMES = ['keep', 'reset-terms', 'plan-exit', 'end-now'] as const;

/** One of the four outcomes. */
export type Outcome = (typeof OUTCOMES)[number];

/**
 * The answers a question takes: every question takes yes and no; a question whose answer a
 * visitor may honestly not know (did the client lie?) also takes `unsure` (its node has an
 * `unsure` branch).
 */
export const ANSWER_VALUES = ['yes', 'no', 'unsure'] as const;

/** An answer to a question. */
export type AnswerValue = (typeof ANSWER_VALUES)[number];

/**
 * The red lines of SPEC section 4: a yes on a question covering one of them leads to `end-now`
 * whatever else is answered (the tree gives such a yes `"floor": "end-now"`; the validator checks it).
 */
export const RED_LINES = ['physical-abuse', 'mental-abuse', 'lies', 'legal-risk', 'treated-badly'] as const satisfies readonly SignId[];

/**
 * The deliberation factors of `how-to-fire-a-client` the quiz asks about. All but
 * `talked-honestly` are section ids of that guide; the tree maps each factor to the section a
 * reason links to.
 */
export const FACTORS = [
  'expectations-mismatch',
  'client-underdelivers',
  'low-revenue',
  'influential',
  'stakeholder',
  'paid-in-full',
  'talked-honestly',
] as const;

/** A deliberation factor. */
export type FactorId = (typeof FACTORS)[number];

/** The guide the next steps and the factors link to. */
export const HOW_TO_GUIDE = 'how-to-fire-a-client' as const satisfies GuideSlug;

/** A section of `how-to-fire-a-client`. */
export type HowToSectionId = SectionId<typeof HOW_TO_GUIDE>;

/** Where a reason or a next step links: a section of a guide. */
export interface GuideLink {
  readonly guide: GuideSlug;
  readonly section: SectionId;
}

/**
 * What one answer of a question does. `points` add to the score that the thresholds turn into
 * an outcome; `floor` sets the least outcome the answer allows; `reason` says when the answer
 * is listed among the reasons (`always`, or only when the outcome is `keep`). An answer that
 * raises the outcome is always a reason.
 */
export interface Branch {
  readonly next: string;
  readonly points?: number;
  readonly floor?: Outcome;
  readonly reason?: 'always' | 'when-keep';
}

/**
 * A yes/no question. `signs` are the sign sections it covers; a `gate` opens a group of
 * questions on yes and skips it on no, and its `signs` list every sign of that group.
 * `factor` is the deliberation factor it asks about, if any.
 */
export interface QuestionNode {
  readonly kind: 'question';
  readonly signs: readonly SignId[];
  readonly gate?: boolean;
  readonly factor?: FactorId;
  readonly yes: Branch;
  readonly no: Branch;
  /** Offered where a visitor may honestly not know; it lies between no and yes. */
  readonly unsure?: Branch;
}

/**
 * An automatic branch on the outcome so far (from the answers given up to here): `then` when
 * it is at least `atLeast` and below `below` (each bound optional), else `else`. Used to ask
 * deliberation questions only where they matter.
 */
export interface CheckNode {
  readonly kind: 'check';
  readonly when: { readonly atLeast?: Outcome; readonly below?: Outcome };
  readonly then: string;
  readonly else: string;
}

/** The end of the quiz; the outcome follows from the answers given. */
export interface EndNode {
  readonly kind: 'end';
}

/** A node of the tree. */
export type QuizNode = QuestionNode | CheckNode | EndNode;

/**
 * A next step shown with an outcome: its id (the key of its text in the strings) and its
 * section. A step with `onlyIf` applies only to a run that answered that question with one of
 * those answers (get paid first only when the client still owes money); the outcome page
 * without answers shows every step. Steps are listed in the order to do them.
 */
export interface NextStep {
  readonly id: string;
  readonly section: HowToSectionId;
  readonly onlyIf?: { readonly question: string; readonly answers: readonly AnswerValue[] };
}

/** The language-neutral decision tree (`content/quiz/tree.json`), after validation. */
export interface QuizTree {
  /** Documentation of the rules, for people reading the file. */
  readonly rules: readonly string[];
  readonly start: string;
  /** No path asks more questions than this; the validator checks every path. */
  readonly maxQuestions: number;
  /** Least score for an outcome; `keep` is 0. Ascending by severity. */
  readonly thresholds: { readonly 'reset-terms': number; readonly 'plan-exit': number; readonly 'end-now'?: number };
  readonly redLines: readonly SignId[];
  readonly factors: Readonly<Record<FactorId, HowToSectionId>>;
  readonly outcomes: Readonly<Record<Outcome, { readonly nextSteps: readonly NextStep[] }>>;
  readonly nodes: Readonly<Record<string, QuizNode>>;
}

/** Keys of the quiz's interface strings (buttons, progress, messages, the no-JavaScript checklist). */
export const QUIZ_UI_KEYS = [
  'title',
  'intro',
  'start',
  'yes',
  'no',
  'unsure',
  'back',
  'restart',
  'progress',
  'resultHeading',
  'reasonsHeading',
  'unsureHeading',
  'unsureIntro',
  'talkingPointsHeading',
  'talkingPointsIntro',
  'answersHeading',
  'answerLabel',
  'previousAnswer',
  'print',
  'change',
  'changeLabel',
  'readMore',
  'nextStepsHeading',
  'share',
  'copyLink',
  'linkCopied',
  'copyFailed',
  'shareNote',
  'genericResult',
  'errorMalformed',
  'errorChecksum',
  'errorVersion',
  'errorInvalidPath',
  'errorIncomplete',
  'errorOtherOutcome',
  'showActualOutcome',
  'restartLink',
  'checklistHeading',
  'checklistIntro',
  'checklistHowTo',
  'checklistUnsure',
  'redLine',
  'factorsHeading',
  'outcomesHeading',
] as const;

/** A key of the quiz's interface strings. */
export type QuizUiKey = (typeof QUIZ_UI_KEYS)[number];

/** Placeholders a UI string must contain, in every language. */
export const QUIZ_UI_PLACEHOLDERS: Partial<Record<QuizUiKey, readonly string[]>> = {
  progress: ['{n}', '{total}'],
  changeLabel: ['{answer}'],
  previousAnswer: ['{answer}'],
};

/**
 * The strings of one question. `reasons` has a sentence for each answer the tree lists as a
 * reason (and for `unsure` where the question offers it). A gate's `mentions` give, for each
 * question of the group it opens, the words of `text` that name that situation (the build
 * checks they are there, so nobody skips a group that applies to them).
 */
export interface QuestionStrings {
  readonly text: string;
  readonly hint?: string;
  readonly reasons: Readonly<Partial<Record<AnswerValue, string>>>;
  readonly mentions?: Readonly<Record<string, string>>;
}

/** The strings of one outcome; `nextSteps` is keyed by the step ids of the tree. */
export interface OutcomeStrings {
  readonly title: string;
  readonly summary: string;
  readonly meaning: string;
  readonly nextSteps: Readonly<Record<string, string>>;
}

/** Every string of the quiz in one language (`content/quiz/strings/{lang}.json`), after validation. */
export interface QuizStrings {
  readonly ui: Readonly<Record<QuizUiKey, string>>;
  readonly questions: Readonly<Record<string, QuestionStrings>>;
  readonly signs: Readonly<Record<SignId, string>>;
  readonly factors: Readonly<Record<FactorId, string>>;
  readonly outcomes: Readonly<Record<Outcome, OutcomeStrings>>;
}

/** One answer given: the question and the value. */
export interface Answer {
  readonly question: string;
  readonly value: AnswerValue;
}

/** The state of a quiz run: the answers given along the path, in path order. Immutable. */
export interface QuizState {
  readonly answers: readonly Answer[];
}

/** An answer that explains the outcome (the sections it links to: `getQuestionLinks` in question-links.ts). */
export interface Reason {
  readonly question: string;
  readonly answer: AnswerValue;
}

/** Returns the severity of an outcome (its index in `OUTCOMES`). Pure. */
export function severityOf(outcome: Outcome): number {
  return OUTCOMES.indexOf(outcome);
}

/** Tells whether a value is one of the four outcomes. Pure. */
export function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value);
}
