/**
 * The quiz island: one question at a time, driven by the pure engine. The answers live in the
 * URL fragment (`#1.HHHH.PPPP.CCCC`, see share-token.ts), so:
 * - every answer is a history entry: the browser's back and forward buttons step through the
 *   questions, and a reload keeps the place;
 * - the language switcher carries the fragment, so a switch keeps the answers and position;
 * - nothing is stored and nothing leaves the browser.
 * The last answer goes to the outcome page with the same fragment, which shows the reasons.
 *
 * Rendered with `client:only`: the server cannot see the fragment, so a server-rendered first
 * question would flash before the real one. Without JavaScript the page shows the checklist.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { createQuizEngine } from '../quiz/engine.ts';
import { clientTree } from '../quiz/client-tree.ts';
import { decodeAnswers, encodeAnswers, type DecodeFailure } from '../quiz/share-token.ts';
import type { AnswerValue, Outcome, QuizState } from '../quiz/types.ts';
import { ERROR_KEYS, type QuizIslandText } from '../quiz/island-text.ts';

interface Props {
  text: QuizIslandText;
  /** The outcome pages of this language, without fragment. */
  resultUrls: Record<Outcome, string>;
}

type View = { readonly state: QuizState; readonly error?: undefined } | { readonly state?: undefined; readonly error: DecodeFailure };

const engine = createQuizEngine(clientTree);

/** Reads the run from the URL fragment; an empty fragment is a new run. Never throws. */
function readLocation(): View {
  const token = decodeURIComponent(location.hash.slice(1));
  if (token === '') return { state: engine.start() };
  const decoded = decodeAnswers(clientTree, token, { allowIncomplete: true });
  return decoded.ok ? { state: decoded.state } : { error: decoded.reason };
}

/** The page URL with the run in its fragment (no fragment for a new run). */
function urlOf(state: QuizState): string {
  const base = location.pathname + location.search;
  return state.answers.length === 0 ? base : `${base}#${encodeAnswers(clientTree, state)}`;
}

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

export default function Quiz({ text, resultUrls }: Props) {
  const [view, setView] = useState<View>(readLocation);
  // Focus moves to the new question after a change the visitor made, never on first load.
  const moved = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const baseTitle = useRef(document.title);

  const show = (next: View) => {
    moved.current = true;
    setView(next);
  };

  useEffect(() => {
    const onPop = () => show(readLocation());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const { state } = view;
  const question = state && engine.current(state);
  const progress = state && question ? engine.progress(state) : undefined;
  const progressText = progress ? fill(text.ui.progress, { n: progress.position, total: progress.estimatedTotal }) : '';

  useEffect(() => {
    document.title = progressText ? `${progressText} · ${baseTitle.current}` : baseTitle.current;
    if (moved.current) heading.current?.focus();
  }, [view]);

  const answer = (value: AnswerValue) => {
    if (!state) return;
    const next = engine.answer(state, value);
    const outcome = engine.outcome(next);
    if (outcome) {
      // The outcome page shows the result and the reasons; back returns to this last question.
      location.assign(`${resultUrls[outcome]}#${encodeAnswers(clientTree, next)}`);
      return;
    }
    history.pushState({ quiz: true }, '', urlOf(next));
    show({ state: next });
  };

  const back = () => {
    if (!state || state.answers.length === 0) return;
    // An entry this island pushed has the previous question right before it in history.
    if ((history.state as { quiz?: boolean } | null)?.quiz) {
      history.back();
      return;
    }
    const previous = engine.back(state);
    history.replaceState(null, '', urlOf(previous));
    show({ state: previous });
  };

  const restart = () => {
    const fresh = engine.start();
    history.pushState({ quiz: true }, '', urlOf(fresh));
    show({ state: fresh });
  };

  if (view.error !== undefined) {
    return (
      <div class="quiz">
        <div class="alert" role="alert">
          <p>{text.ui[ERROR_KEYS[view.error]]}</p>
        </div>
        <button type="button" class="button" onClick={restart}>
          {text.ui.restartLink}
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
          <a class="button" href={`${resultUrls[outcome]}#${encodeAnswers(clientTree, run)}`}>
            {text.outcomes[outcome]}
          </a>
        </p>
        {controls}
      </div>
    );
  }

  const strings = text.questions[question.id];
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
        aria-describedby={strings.hint ? 'quiz-hint' : undefined}
        data-question={question.id}
        data-signs={question.signs.join(' ')}
      >
        <h2 id="quiz-q" ref={heading} tabIndex={-1}>
          {strings.text}
        </h2>
        {strings.hint && (
          <p id="quiz-hint" class="muted">
            {strings.hint}
          </p>
        )}
        <div class="quiz-answers">
          <button type="button" class="button" data-answer="yes" onClick={() => answer('yes')}>
            {text.ui.yes}
          </button>
          <button type="button" class="button" data-answer="no" onClick={() => answer('no')}>
            {text.ui.no}
          </button>
        </div>
      </div>
      {controls}
    </div>
  );
}
