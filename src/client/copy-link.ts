/**
 * Guide pages: a click (or Enter) on a heading's copy-link puts the full section URL on the
 * clipboard and says so in a polite live region that is also shown briefly. The link still
 * navigates to the section, so without clipboard access the URL is in the address bar.
 */
const region = document.querySelector<HTMLElement>('[data-copy-status]');
let hideTimer: ReturnType<typeof setTimeout> | undefined;

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-copy-link]');
  if (!(link instanceof HTMLAnchorElement) || !region) return;
  const url = new URL(link.href, location.href).href;
  try {
    await navigator.clipboard.writeText(url);
    announce(region, region.dataset.copied ?? '');
  } catch {
    announce(region, region.dataset.failed ?? '');
  }
});

function announce(target: HTMLElement, message: string): void {
  target.textContent = '';
  // Setting the text after a tick makes screen readers repeat an identical message.
  setTimeout(() => (target.textContent = message), 50);
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => (target.textContent = ''), 4000);
}
