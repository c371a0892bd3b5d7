import type { RenderedPanel } from '../shared/quotesMessages';

const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent ?? '';

/** What the DOM shows right now, read from it (the extension keeps it for its tests). */
export function readBack(filter: HTMLInputElement, summary: HTMLElement, empty: HTMLElement, groups: HTMLElement): RenderedPanel {
  return {
    filter: filter.value,
    summary: summary.textContent ?? '',
    empty: empty.hidden ? '' : empty.textContent ?? '',
    groups: [...groups.querySelectorAll<HTMLElement>('.group')].map((g) => ({
      speaker: text(g, '.speaker'),
      details: text(g, '.details'),
      count: text(g, '.count'),
      flagged: g.classList.contains('flagged'),
      quotes: [...g.querySelectorAll('.quote-text')].map((q) => q.textContent ?? ''),
      checks: [...g.querySelectorAll('.quote')].map((q) => q.querySelector('.quote-check')?.textContent ?? ''),
      sources: [...g.querySelectorAll('.quote')].map((q) => q.querySelector('.quote-source')?.textContent ?? ''),
    })),
  };
}
