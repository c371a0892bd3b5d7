/** Arrow-key navigation over the quotes, with one quote in the tab order at a time (roving tabindex). */

export function quoteItems(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.quote')];
}

/** Makes `item` the one quote reachable with Tab, and focuses it when asked. */
export function makeCurrent(root: HTMLElement, item: HTMLElement | undefined, focus: boolean): void {
  for (const q of quoteItems(root)) q.tabIndex = q === item ? 0 : -1;
  if (item && focus) item.focus();
}

export interface QuoteKeys {
  reveal(item: HTMLElement): void;
  copy(item: HTMLElement): void;
  /** Up from the first quote goes back to the filter box. */
  leaveTop(): void;
}

/** Handles ↑ ↓ Home End on the quotes, Enter to show one in the editor, Ctrl/Cmd+C to copy it. */
export function bindQuoteKeys(root: HTMLElement, keys: QuoteKeys): void {
  root.addEventListener('keydown', (e) => {
    const item = (e.target as HTMLElement).closest<HTMLElement>('.quote');
    if (!item) return;
    const items = quoteItems(root);
    const i = items.indexOf(item);
    let next: HTMLElement | undefined;
    if (e.key === 'ArrowDown') next = items[Math.min(i + 1, items.length - 1)];
    else if (e.key === 'ArrowUp') {
      if (i === 0) {
        e.preventDefault();
        keys.leaveTop();
        return;
      }
      next = items[i - 1];
    } else if (e.key === 'Home') next = items[0];
    else if (e.key === 'End') next = items[items.length - 1];
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      keys.reveal(item);
      return;
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'c' && !window.getSelection()?.toString()) {
      e.preventDefault();
      keys.copy(item);
      return;
    }
    if (next) {
      e.preventDefault();
      makeCurrent(root, next, true);
    }
  });
}
