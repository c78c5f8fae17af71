/**
 * What an outcome page needs to show a visitor's own result, computed at build time (pure):
 * the sentence and guide sections of every answer that can appear on this outcome's page (exactly:
 * from the graph of every run), the sections' links and titles, the labels and messages, and
 * where the question texts for "your answers" are. The page renders it as one JSON block; `src/client/outcome-page.ts` builds the
 * result from it, so every text and link still comes from the build (and honours BASE_PATH).
 */
import type { DecodeFailure } from './share-token.ts';
import { createQuizEngine } from './engine.ts';
import { getQuestionLinks } from './question-links.ts';
import { exploreRuns, getAnswersByOutcome } from './run-graph.ts';
import { isShownAsReason } from './scoring.ts';
import { ANSWER_VALUES, OUTCOMES, type GuideLink, type Outcome, type QuizStrings, type QuizTree } from './types.ts';
import { ERROR_KEYS } from './island-text.ts';

/** The data of one outcome page in one language. */
export interface RunData {
  /** Where the question texts are (question id → text), loaded when "your answers" is opened. */
  readonly questionsUrl: string;
  /** `question:answer` → [the sentence, the keys of the sections it links]. */
  readonly sentences: Readonly<Record<string, readonly [string, readonly string[]]>>;
  /** `guide#section` → [its URL, "Guide title – Section heading"]. */
  readonly sections: Readonly<Record<string, readonly [string, string]>>;
  /** The outcome pages of this language, for an alert about another outcome. */
  readonly outcomes: Readonly<Record<Outcome, string>>;
  readonly quizUrl: string;
  readonly labels: Readonly<Record<'yes' | 'no' | 'unsure' | 'answer' | 'change' | 'changeLabel' | 'readMore' | 'restart' | 'showActual', string>>;
  /** The alert for each way a link can be wrong. */
  readonly errors: Readonly<Record<DecodeFailure | 'other-outcome', string>>;
}

/** How the page links and titles guide sections (the build's own helpers). */
export interface RunDataLinks {
  readonly sectionUrl: (link: GuideLink) => string;
  readonly sectionTitle: (link: GuideLink) => string;
  readonly outcomeUrl: (outcome: Outcome) => string;
  readonly quizUrl: string;
  readonly questionsUrl: string;
}

/** Builds the data of one outcome page. Pure. */
export function getRunData(tree: QuizTree, strings: QuizStrings, outcome: Outcome, links: RunDataLinks): RunData {
  const { ui } = strings;
  const sections: Record<string, readonly [string, string]> = {};
  const sentences: Record<string, readonly [string, readonly string[]]> = {};
  const appearing = getAnswersByOutcome(exploreRuns(createQuizEngine(tree))).get(outcome) ?? new Set();
  for (const [id, node] of Object.entries(tree.nodes)) {
    if (node.kind !== 'question') continue;
    for (const answer of ANSWER_VALUES) {
      const sentence = strings.questions[id].reasons[answer];
      const branch = node[answer];
      // Only answers some run with this outcome gives, and that this outcome lists (as a reason or not sure).
      if (!sentence || !branch || !appearing.has(`${id}:${answer}`)) continue;
      if (answer !== 'unsure' && !isShownAsReason(answer, branch, outcome)) continue;
      const keys = getQuestionLinks(tree, id).map((link) => {
        const key = `${link.guide}#${link.section}`;
        sections[key] ??= [links.sectionUrl(link), links.sectionTitle(link)];
        return key;
      });
      sentences[`${id}:${answer}`] = [sentence, keys];
    }
  }
  return {
    questionsUrl: links.questionsUrl,
    sentences,
    sections,
    outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, links.outcomeUrl(o)])) as Record<Outcome, string>,
    quizUrl: links.quizUrl,
    labels: {
      yes: ui.yes,
      no: ui.no,
      unsure: ui.unsure,
      answer: ui.answerLabel,
      change: ui.change,
      changeLabel: ui.changeLabel,
      readMore: ui.readMore,
      restart: ui.restartLink,
      showActual: ui.showActualOutcome,
    },
    errors: {
      ...(Object.fromEntries(Object.entries(ERROR_KEYS).map(([reason, key]) => [reason, ui[key]])) as Record<DecodeFailure, string>),
      'other-outcome': ui.errorOtherOutcome,
    },
  };
}
