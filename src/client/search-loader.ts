/**
 * Every page with the header search, up front and tiny: `/` or Ctrl+K (⌘K) focuses the field,
 * and the first typing or submit loads the search itself (search-ui.ts, then Pagefind). Focus
 * alone loads nothing, so reading a guide, or tabbing past the field, costs no search bytes.
 */
const root = document.querySelector<HTMLElement>('[data-search]');
const input = root?.querySelector<HTMLInputElement>('[data-search-input]');

if (root && input) {
  let started: Promise<void> | undefined;
  const start = () => {
    started ??= import('./search-ui.ts').then((ui) => ui.startSearch(root, input));
    return started;
  };
  input.addEventListener('input', start, { once: true });
  root.querySelector('form')?.addEventListener('submit', (event) => {
    // Until the search has loaded, a submit waits for it rather than leaving the page.
    if (!root.dataset.ready) {
      event.preventDefault();
      void start();
    }
  });
  document.addEventListener('keydown', (event) => {
    const key = event.key.toLowerCase();
    const shortcut =
      (key === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) ||
      (key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target));
    if (!shortcut) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

/** Whether a key press goes into a text control, where `/` is just a character. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}
