/**
 * Outcome page: when the URL fragment holds the answers of a run, builds the visitor's own
 * result from the page's templates: the reasons, what they were not sure of, up to three talking
 * points (most serious first), the next steps that apply to them, and every answer with a change
 * link that reopens the quiz at that question. A fragment that is damaged, from another tree
 * version, or leads to another outcome shows a localized alert instead, never a wrong outcome; a
 * fragment naming an element of the page (`#main`, `#next-steps`) is an ordinary anchor.
 * Reruns when the fragment changes.
 */
import { createQuizEngine, stepApplies } from '../quiz/engine.ts';
import { clientTree } from '../quiz/client-tree.ts';
import { formatFragment, readFragment } from '../quiz/fragment.ts';
import { format } from '../i18n/format.ts';
import type { AnswerValue, QuizState, Reason } from '../quiz/types.ts';

const engine = createQuizEngine(clientTree);
const $ = <T extends HTMLElement>(selector: string): T | null => document.querySelector<T>(selector);
const $$ = (selector: string): HTMLElement[] => [...document.querySelectorAll<HTMLElement>(selector)];
const outcome = $('[data-outcome]')?.dataset.outcome;
const quizPath = $('[data-start]')?.getAttribute('href') ?? '';
const readJson = <T>(selector: string): T => JSON.parse($(selector)?.textContent || '{}') as T;
const questions = readJson<Record<string, string>>('[data-questions]');
const labels = readJson<Record<AnswerValue | 'answer' | 'change' | 'changeLabel', string>>('[data-labels]');
let shown: QuizState | undefined;

/** A copy of a template's content, adopted into this document so its links resolve here. */
function copyOf(selector: string): DocumentFragment | undefined {
  const template = document.querySelector<HTMLTemplateElement>(`template[${selector}]`);
  return template ? document.importNode(template.content, true) : undefined;
}

/** The quiz page reopened at the question of answer `index`, the other answers kept. */
function changeUrl(state: QuizState, index: number): string {
  return `${quizPath}#${formatFragment(clientTree, state, index)}`;
}

/** The reason items of some answers, each with its change link set. */
function items(state: QuizState, reasons: readonly Reason[]): DocumentFragment[] {
  return reasons.flatMap((r) => {
    const item = copyOf(`data-reason="${r.question}:${r.answer}"`);
    const change = item?.querySelector<HTMLAnchorElement>('[data-change]');
    if (change) change.href = changeUrl(state, state.answers.findIndex((a) => a.question === r.question));
    return item ? [item] : [];
  });
}

/** One entry of "your answers": the question, the answer given, and a change link. */
function reviewItem(state: QuizState, index: number): HTMLLIElement {
  const { question, value } = state.answers[index];
  const li = document.createElement('li');
  li.dataset.review = question;
  const text = document.createElement('p');
  text.textContent = questions[question] ?? question;
  const given = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = labels[value];
  given.append(`${labels.answer}: `, strong, ' ');
  const link = document.createElement('a');
  link.href = changeUrl(state, index);
  link.className = 'no-print';
  link.textContent = labels.change;
  link.setAttribute('aria-label', format(labels.changeLabel, { answer: text.textContent }));
  given.append(link);
  li.append(text, given);
  return li;
}

function fill(selector: string, children: (Node | string)[]): number {
  $(selector)?.replaceChildren(...children);
  return children.length;
}

/** Shows the page for a run, or the generic page when `state` is undefined. */
function show(state: QuizState | undefined): void {
  shown = state;
  for (const el of $$('[data-run]')) el.hidden = !state;
  $('[data-generic]')!.hidden = state !== undefined;
  for (const li of $$('[data-step]')) {
    const [question, answers] = (li.dataset.onlyIf ?? '').split(':');
    li.hidden = state !== undefined && answers !== undefined && !stepApplies(state, { onlyIf: { question, answers: answers.split(' ') as AnswerValue[] } });
  }
  const unsure = state ? fill('[data-unsure-list]', items(state, engine.unsure(state))) : 0;
  $('[data-unsure]')!.hidden = unsure === 0;
  const talking = $('[data-talking-points]');
  if (talking) {
    const points = state ? engine.talkingPoints(state) : [];
    fill(
      '[data-talking-list]',
      points.map((r) => {
        const li = document.createElement('li');
        li.textContent = copyOf(`data-reason="${r.question}:${r.answer}"`)?.querySelector('p')?.textContent ?? '';
        return li;
      }),
    );
    talking.hidden = points.length === 0;
  }
  if (!state) return;
  fill('[data-reason-list]', items(state, engine.reasons(state)));
  fill('[data-review-list]', state.answers.map((_, i) => reviewItem(state, i)));
}

function render(): void {
  const alertBox = $('[data-quiz-alert]')!;
  if (outcome === undefined) return;
  const read = readFragment(clientTree, location.hash, { isAnchor: (id) => document.getElementById(id) !== null });
  if (read.kind === 'anchor') {
    // An in-page link: the visitor's result stays, and so does its address.
    if (shown) history.replaceState(history.state, '', `#${formatFragment(clientTree, shown)}`);
    return;
  }
  alertBox.replaceChildren();
  if (read.kind === 'empty') return show(undefined);
  if (read.kind === 'run' && engine.outcome(read.state) === outcome) return show(read.state);
  show(undefined);
  const actual = read.kind === 'run' ? engine.outcome(read.state) : undefined;
  const message = copyOf(`data-error="${actual ? `other-outcome:${actual}` : read.kind === 'error' ? read.reason : 'incomplete'}"`);
  if (!message) return;
  for (const link of message.querySelectorAll<HTMLAnchorElement>('[data-keep-fragment]')) link.hash = location.hash;
  alertBox.append(message);
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

const printButton = $<HTMLButtonElement>('[data-print]');
if (printButton) {
  printButton.hidden = false;
  printButton.addEventListener('click', () => print());
}

render();
document.documentElement.removeAttribute('data-run-pending');
addEventListener('hashchange', render);
