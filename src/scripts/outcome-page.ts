/**
 * Outcome page: when the URL fragment holds the answers of a run, shows why (the reasons, from
 * the page's templates, each with a link back to change that answer) and the share action. A
 * fragment that is damaged, from another tree version, or leads to another outcome shows a
 * localized alert instead, never a wrong outcome. Reruns when the fragment changes.
 */
import { createQuizEngine } from '../quiz/engine.ts';
import { clientTree } from '../quiz/client-tree.ts';
import { encodeAnswers, matchTokenOutcome } from '../quiz/share-token.ts';
import { isOutcome } from '../quiz/types.ts';

const engine = createQuizEngine(clientTree);
const page = document.querySelector<HTMLElement>('[data-outcome]');
const outcome = page?.dataset.outcome;
const alertBox = document.querySelector<HTMLElement>('[data-quiz-alert]')!;
const reasonsBox = document.querySelector<HTMLElement>('[data-reasons]')!;
const list = document.querySelector<HTMLOListElement>('[data-reason-list]')!;
const generic = document.querySelector<HTMLElement>('[data-generic]')!;

/** A copy of a template's content, adopted into this document so its links resolve here. */
function copyOf(selector: string): DocumentFragment | undefined {
  const template = document.querySelector<HTMLTemplateElement>(`template[${selector}]`);
  return template ? document.importNode(template.content, true) : undefined;
}

function render(): void {
  if (!isOutcome(outcome)) return;
  const token = decodeURIComponent(location.hash.slice(1));
  alertBox.replaceChildren();
  list.replaceChildren();
  reasonsBox.hidden = true;
  generic.hidden = false;
  if (token === '') return;

  const match = matchTokenOutcome(clientTree, token, outcome);
  if (!match.ok) {
    const key = match.reason === 'other-outcome' ? `other-outcome:${match.actual}` : match.reason;
    const message = copyOf(`data-error="${key}"`);
    if (!message) return;
    for (const link of message.querySelectorAll<HTMLAnchorElement>('[data-keep-fragment]')) link.hash = token;
    alertBox.append(message);
    return;
  }

  const quizPath = reasonsBox.dataset.quizUrl ?? '';
  for (const reason of engine.reasons(match.state)) {
    const item = copyOf(`data-reason="${reason.question}:${reason.answer}"`);
    if (!item) continue;
    const change = item.querySelector<HTMLAnchorElement>('[data-change]');
    if (change) {
      const before = engine.rewind(match.state, reason.question);
      change.href = before.answers.length ? `${quizPath}#${encodeAnswers(clientTree, before)}` : quizPath;
    }
    list.append(item);
  }
  generic.hidden = true;
  reasonsBox.hidden = false;
}

const shareButton = document.querySelector<HTMLButtonElement>('[data-share]');
const shareStatus = document.querySelector<HTMLElement>('[data-share-status]');
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

render();
addEventListener('hashchange', render);
