/**
 * The quiz island: one question at a time, driven by the pure engine. The answers live in the
 * URL fragment (`fragment.ts`), so:
 * - every answer is a history entry: the browser's back and forward buttons step through the
 *   questions, and a reload keeps the place;
 * - the language switcher carries the fragment, so a switch keeps the answers and position;
 * - nothing is stored and nothing leaves the browser.
 * A fragment naming an element of the page (the skip link's `#main`) is an anchor, not answers:
 * the run stays. A result's "change" link opens the run at one question (`#token~N`); the later
 * answers are kept and given again where the path still asks them, so changing one answer leads
 * straight back to a result. The last answer goes to the outcome page with the same fragment.
 *
 * Rendered only in the browser (mounted by src/client/quiz-page.ts): the server cannot see the
 * fragment, so a server-rendered first question would flash before the real one. Without
 * JavaScript the page shows the checklist.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { createQuizEngine } from '../quiz/engine.ts';
import { clientTree } from '../quiz/client-tree.ts';
import { formatFragment, readFragment } from '../quiz/fragment.ts';
import type { DecodeFailure } from '../quiz/share-token.ts';
import type { AnswerValue, Outcome, QuizState } from '../quiz/types.ts';
import { ERROR_KEYS, type QuizIslandText } from '../quiz/island-text.ts';
import { format } from '../i18n/format.ts';
import { getProgressTitle } from '../quiz/progress-title.ts';

/** What the quiz page passes to the island (as JSON, see src/client/quiz-page.ts). */
export interface QuizProps {
  text: QuizIslandText;
  /** The outcome pages of this language, without fragment. */
  resultUrls: Record<Outcome, string>;
  /** The page's names for the title during a run, most informative first (getProgressTitle). */
  titles: string[];
}

/** Answers of a run being changed, by question: given again where the path asks them. */
type Kept = ReadonlyMap<string, AnswerValue>;

type View =
  | { readonly state: QuizState; readonly kept?: Kept; readonly error?: undefined }
  | { readonly state?: undefined; readonly kept?: undefined; readonly error: DecodeFailure };

/** What this island keeps in `history.state` (the kept answers survive back, forward and reload). */
interface Entry {
  readonly quiz?: boolean;
  readonly kept?: [string, AnswerValue][];
}

const engine = createQuizEngine(clientTree);
const isAnchor = (id: string) => document.getElementById(id) !== null;

/** Reads the run from the URL fragment; undefined for an anchor (the run stays as it is). Never throws. */
function readLocation(): View | undefined {
  const read = readFragment(clientTree, location.hash, { isAnchor, allowIncomplete: true });
  const stored = (history.state as Entry | null)?.kept;
  const kept = stored ? new Map(stored) : undefined;
  switch (read.kind) {
    case 'anchor':
      return undefined;
    case 'error':
      return { error: read.reason };
    case 'empty':
      return { state: engine.start() };
    case 'run':
      if (read.change === undefined) return { state: read.state, kept };
      return {
        state: { answers: read.state.answers.slice(0, read.change) },
        kept: new Map(read.state.answers.map((a) => [a.question, a.value])),
      };
  }
}

/** The page URL with the run in its fragment (no fragment for a new run). */
function urlOf(state: QuizState): string {
  const fragment = formatFragment(clientTree, state);
  return location.pathname + location.search + (fragment ? `#${fragment}` : '');
}

export default function Quiz({ text, resultUrls, titles }: QuizProps) {
  const [view, setView] = useState<View>(() => readLocation() ?? { state: engine.start() });
  // Focus moves to the new question after a change the visitor made, never on first load.
  const moved = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const baseTitle = useRef(document.title);

  const show = (next: View) => {
    moved.current = true;
    setView(next);
  };

  useEffect(() => {
    // The page hid what follows the island until its first render, so nothing moves (quiz/index.astro).
    document.documentElement.removeAttribute('data-quiz-pending');
  }, []);

  useEffect(() => {
    const onPop = () => {
      const next = readLocation();
      // An in-page anchor (the skip link): keep the run, and put it back in the address.
      if (next === undefined) history.replaceState(history.state, '', urlOf(view.state ?? engine.start()));
      else show(next);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [view]);

  const { state, kept } = view;
  const question = state && engine.current(state);
  const progress = state && question ? engine.progress(state) : undefined;
  const progressText = progress ? format(text.ui.progress, { n: progress.position, total: progress.estimatedTotal }) : '';

  useEffect(() => {
    document.title = progressText ? getProgressTitle(progressText, [baseTitle.current, ...titles]) : baseTitle.current;
    if (moved.current) heading.current?.focus();
  }, [view]);

  const answer = (value: AnswerValue) => {
    if (!state) return;
    const next = kept ? engine.answerKeeping(state, value, kept) : engine.answer(state, value);
    const outcome = engine.outcome(next);
    if (outcome) {
      // The outcome page shows the result and the reasons; back returns to this last question.
      location.assign(`${resultUrls[outcome]}#${formatFragment(clientTree, next)}`);
      return;
    }
    history.pushState({ quiz: true, kept: kept && [...kept] } satisfies Entry, '', urlOf(next));
    show({ state: next, kept });
  };

  const back = () => {
    if (!state || state.answers.length === 0) return;
    // An entry this island pushed has the previous question right before it in history.
    if ((history.state as Entry | null)?.quiz) {
      history.back();
      return;
    }
    const previous = engine.back(state);
    history.replaceState(history.state, '', urlOf(previous));
    show({ state: previous, kept });
  };

  const restart = () => {
    const fresh = engine.start();
    history.pushState({ quiz: true } satisfies Entry, '', urlOf(fresh));
    show({ state: fresh });
  };

  if (view.error !== undefined) {
    return (
      <div class="quiz">
        <div class="alert" role="alert">
          <p>{text.ui[ERROR_KEYS[view.error]]}</p>
        </div>
        <button type="button" class="button" onClick={restart}>
          {text.ui.restart}
        </button>
      </div>
    );
  }

  const run: QuizState = view.state;
  const controls = (
    <div class="quiz-nav">
      <button type="button" class="button secondary" onClick={back} disabled={run.answers.length === 0}>
        {text.ui.back}
      </button>
      <button type="button" class="button secondary" onClick={restart} disabled={run.answers.length === 0}>
        {text.ui.restart}
      </button>
    </div>
  );

  if (!question) {
    // A complete run in the fragment (e.g. an old link): point to its outcome page.
    const outcome = engine.outcome(run)!;
    return (
      <div class="quiz">
        <h2 ref={heading} tabIndex={-1}>
          {text.ui.resultHeading}
        </h2>
        <p>
          <a class="button" href={`${resultUrls[outcome]}#${formatFragment(clientTree, run)}`}>
            {text.outcomes[outcome]}
          </a>
        </p>
        {controls}
      </div>
    );
  }

  const strings = text.questions[question.id];
  const before = kept?.get(question.id);
  return (
    <div class="quiz">
      <p class="quiz-progress" aria-live="polite">
        {progressText}
      </p>
      <progress class="quiz-bar" max={progress!.estimatedTotal} value={progress!.position - 1} aria-hidden="true" />
      <div
        class="quiz-question"
        role="group"
        aria-labelledby="quiz-q"
        aria-describedby={strings.hint || before ? 'quiz-hint' : undefined}
        data-question={question.id}
        data-signs={question.signs.join(' ')}
        data-factor={question.factor}
      >
        <h2 id="quiz-q" ref={heading} tabIndex={-1}>
          {strings.text}
        </h2>
        <div id="quiz-hint">
          {strings.hint && <p class="muted">{strings.hint}</p>}
          {before && <p class="quiz-before">{format(text.ui.previousAnswer, { answer: text.ui[before] })}</p>}
        </div>
        <div class="quiz-answers">
          {question.answers.map((value) => (
            <button type="button" class={value === 'unsure' ? 'button secondary' : 'button'} data-answer={value} onClick={() => answer(value)}>
              {text.ui[value]}
            </button>
          ))}
        </div>
      </div>
      {controls}
    </div>
  );
}
