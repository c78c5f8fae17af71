/**
 * Guide pages: a click (or Enter) on a heading's copy-link puts the full section URL on the
 * clipboard and says so in a polite live region. Without clipboard access the link still
 * navigates, so the URL is in the address bar.
 */
const statusRegion = document.querySelector<HTMLElement>('[data-copy-statusRegion]');

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-copy-link]');
  if (!(link instanceof HTMLAnchorElement) || !statusRegion) return;
  const url = new URL(link.href, location.href).href;
  try {
    await navigator.clipboard.writeText(url);
    announce(statusRegion.dataset.copied ?? '');
  } catch {
    announce(statusRegion.dataset.failed ?? '');
  }
});

function announce(message: string): void {
  if (!statusRegion) return;
  statusRegion.textContent = '';
  // A fresh text node after a tick makes screen readers repeat the same message.
  setTimeout(() => (statusRegion.textContent = message), 50);
}
