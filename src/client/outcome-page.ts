/**
 * Outcome page: when the URL fragment holds the answers of a run, builds the visitor's own
 * result from the page's run data (`src/quiz/run-data.ts`): the reasons, what they were not sure
 * of, up to three talking points (most serious first), the next steps that apply to them, and
 * every answer with a change link that reopens the quiz at that question. A fragment that is
 * damaged, from another tree version, or leads to another outcome shows a localized alert
 * instead, never a wrong outcome; a fragment naming an element of the page (`#main`,
 * `#next-steps`) is an ordinary anchor. Reruns when the fragment changes.
 */
import { createQuizEngine } from '../quiz/engine.ts';
import { stepApplies } from '../quiz/steps.ts';
import { clientTree } from '../quiz/client-tree.ts';
import { formatFragment, readFragment } from '../quiz/fragment.ts';
import { format } from '../i18n/format.ts';
import type { RunData } from '../quiz/run-data.ts';
import type { AnswerValue, Outcome, QuizState, Reason } from '../quiz/types.ts';

const engine = createQuizEngine(clientTree);
const $ = <T extends HTMLElement>(selector: string): T | null => document.querySelector<T>(selector);
const $$ = (selector: string): HTMLElement[] => [...document.querySelectorAll<HTMLElement>(selector)];
const outcome = $('[data-outcome]')?.dataset.outcome;
const data = JSON.parse($('[data-run-data]')?.textContent || '{}') as RunData;
let shown: QuizState | undefined;

/** An element with children (text or elements). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** The quiz page reopened at the question of answer `index`, the other answers kept. */
function changeLink(state: QuizState, index: number, name: string): HTMLAnchorElement {
  const href = `${data.quizUrl}#${formatFragment(clientTree, state, index)}`;
  return el('a', { href, 'data-change': '', 'aria-label': format(data.labels.changeLabel, { answer: name }) }, data.labels.change);
}

/** The items of some answers: the sentence, its guide sections, and a change link. */
function items(state: QuizState, reasons: readonly Reason[]): HTMLLIElement[] {
  return reasons.flatMap(({ question, answer }) => {
    const entry = data.sentences[`${question}:${answer}`];
    if (!entry) return [];
    const [sentence, keys] = entry;
    const links = keys.flatMap((key, i) => [...(i > 0 ? [' · '] : []), el('a', { href: data.sections[key][0] }, data.sections[key][1])]);
    const index = state.answers.findIndex((a) => a.question === question);
    return [
      el(
        'li',
        {},
        el('p', {}, sentence),
        el('p', { class: 'more' }, el('span', { class: 'muted' }, `${data.labels.readMore}:`), ' ', ...links),
        el('p', { class: 'no-print' }, changeLink(state, index, sentence)),
      ),
    ];
  });
}

/** The question texts, fetched once, when "your answers" is first opened or printed. */
let questions: Promise<Record<string, string>> | undefined;
const loadQuestions = (): Promise<Record<string, string>> =>
  (questions ??= fetch(data.questionsUrl)
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : {}))
    .catch(() => ({})));

/** Fills "your answers" for the run shown (once the question texts are there). */
async function fillReview(): Promise<void> {
  const texts = await loadQuestions();
  const state = shown;
  if (state)
    fill(
      '[data-review-list]',
      state.answers.map((_, i) => reviewItem(state, i, texts)),
    );
}

/** One entry of "your answers": the question, the answer given, and a change link. */
function reviewItem(state: QuizState, index: number, texts: Record<string, string>): HTMLLIElement {
  const { question, value } = state.answers[index];
  const text = texts[question] ?? question;
  const link = changeLink(state, index, text);
  link.className = 'no-print';
  return el('li', { 'data-review': question }, el('p', {}, text), el('p', {}, `${data.labels.answer}: `, el('strong', {}, data.labels[value]), ' ', link));
}

/** Fills a list; returns how many items it has. */
function fill(selector: string, children: Node[]): number {
  $(selector)?.replaceChildren(...children);
  return children.length;
}

/** Shows the page for a run, or the generic page when `state` is undefined. */
function show(state: QuizState | undefined): void {
  shown = state;
  for (const e of $$('[data-run]')) e.hidden = !state;
  $('[data-generic]')!.hidden = state !== undefined;
  for (const li of $$('[data-step]')) {
    const [question, answers] = (li.dataset.onlyIf ?? '').split(':');
    li.hidden = state !== undefined && answers !== undefined && !stepApplies(state, { onlyIf: { question, answers: answers.split(' ') as AnswerValue[] } });
  }
  $('[data-unsure]')!.hidden = (state ? fill('[data-unsure-list]', items(state, engine.unsure(state))) : 0) === 0;
  const talking = $('[data-talking-points]');
  if (talking) {
    const points = state ? engine.talkingPoints(state) : [];
    fill(
      '[data-talking-list]',
      points.map((r) => el('li', {}, data.sentences[`${r.question}:${r.answer}`]?.[0] ?? '')),
    );
    talking.hidden = points.length === 0;
  }
  if (!state) return;
  fill('[data-reason-list]', items(state, engine.reasons(state)));
  fill('[data-review-list]', []);
  if (answersBox?.open) void fillReview();
}

const answersBox = $<HTMLDetailsElement>('[data-answers]');
answersBox?.addEventListener('toggle', () => {
  if (answersBox.open) void fillReview();
});

/** The alert for a link that cannot be shown here, with a restart link (and the real outcome's page). */
function showAlert(message: string, actual?: Outcome): void {
  const restart = el('p', {}, el('a', { href: data.quizUrl }, data.labels.restart));
  const real = actual ? [el('p', {}, el('a', { href: `${data.outcomes[actual]}${location.hash}` }, data.labels.showActual))] : [];
  $('[data-quiz-alert]')!.replaceChildren(el('p', {}, message), ...real, restart);
}

function render(): void {
  if (outcome === undefined) return;
  const read = readFragment(clientTree, location.hash, { isAnchor: (id) => document.getElementById(id) !== null });
  if (read.kind === 'anchor') {
    // An in-page link: the visitor's result stays, and so does its address.
    if (shown) history.replaceState(history.state, '', `#${formatFragment(clientTree, shown)}`);
    return;
  }
  $('[data-quiz-alert]')!.replaceChildren();
  if (read.kind === 'empty') return show(undefined);
  if (read.kind === 'run' && engine.outcome(read.state) === outcome) return show(read.state);
  show(undefined);
  if (read.kind === 'error') return showAlert(data.errors[read.reason]);
  const actual = read.kind === 'run' ? engine.outcome(read.state) : undefined;
  showAlert(actual ? data.errors['other-outcome'] : data.errors.incomplete, actual);
}

const shareButton = $<HTMLButtonElement>('[data-share]');
const shareStatus = $('[data-share-status]');
if (shareButton && shareStatus) {
  const canShare = typeof navigator.share === 'function';
  if (canShare) shareButton.textContent = shareButton.dataset.shareLabel ?? shareButton.textContent;
  shareButton.addEventListener('click', async () => {
    const url = location.href;
    if (canShare) {
      try {
        await navigator.share({ title: document.title, url });
        return;
      } catch (error) {
        if ((error as Error).name === 'AbortError') return;
        // Sharing failed for another reason: fall back to copying.
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      shareStatus.textContent = shareStatus.dataset.copied ?? '';
    } catch {
      shareStatus.textContent = shareStatus.dataset.failed ?? '';
    }
  });
}

// Printed, the result is a plan on paper: with the visitor's answers listed in full.
const printButton = $<HTMLButtonElement>('[data-print]');
if (printButton) {
  printButton.hidden = false;
  printButton.addEventListener('click', async () => {
    if (shown && answersBox) {
      answersBox.open = true;
      await fillReview();
    }
    print();
  });
}
addEventListener('beforeprint', () => {
  if (shown && answersBox && questions) answersBox.open = true;
});

render();
document.documentElement.removeAttribute('data-run-pending');
addEventListener('hashchange', render);
