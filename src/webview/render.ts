import type { PanelGroup, PanelQuote } from '../shared/quotesMessages';
import { plural } from '../core/render/format';

/** A new element with a class and, optionally, text set as text (never parsed as HTML). */

const CHECK_LABEL = { verified: '✓ verified', disputed: '✗ disputed', changed: '⚠ changed since checked' } as const;
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}


/** "vice president, Asia Society Policy Institute". */
export function speakerDetails(g: PanelGroup): string {
  if (g.speaker === null) return 'Check who said these';
  return [g.title, g.affiliation].filter(Boolean).join(', ');
}

function quoteItem(q: PanelQuote): HTMLLIElement {
  const item = el('li', 'quote');
  item.dataset.id = q.id;
  item.setAttribute('role', 'treeitem');
  item.setAttribute('aria-level', '2');
  item.setAttribute('aria-keyshortcuts', 'Enter Control+C');
  item.tabIndex = -1;
  // The words and the button sit side by side (the button below when the panel is narrow): the
  // button has a place of its own and never covers the quote (issue 16).
  const body = el('div', 'quote-body');
  body.append(el('span', 'quote-text', q.text), el('span', 'quote-line', `line ${q.line}`));
  // The desk's check of the quote (check ledger): ✓ verified, ✗ disputed, ⚠ changed since checked.
  if (q.check) body.append(el('span', `quote-check ${q.check}`, CHECK_LABEL[q.check]));
  // The quote's source check (sources indexed): verbatim, altered or not in the sources, and where.
  if (q.source) body.append(el('span', `quote-source ${q.source.status}`, q.source.label));
  item.append(body);
  const copy = el('button', 'copy', 'Copy');
  copy.type = 'button';
  copy.tabIndex = -1;
  copy.title = 'Copy the quote with its attribution (Ctrl+C)';
  copy.setAttribute('aria-label', 'Copy the quote with its attribution');
  item.append(copy);
  return item;
}

/** One speaker's block: name, details, count (visible of total), then the quotes. */
export function groupBlock(g: PanelGroup, total: number): HTMLElement {
  const block = el('section', g.speaker === null ? 'group flagged' : 'group');
  block.setAttribute('role', 'treeitem');
  block.setAttribute('aria-level', '1');
  block.setAttribute('aria-expanded', 'true');
  const name = g.speaker ?? 'No speaker found';
  block.setAttribute('aria-label', `${name}, ${plural(g.quotes.length, 'quote')}`);

  const header = el('div', 'group-header');
  const who = el('span', 'speaker', name);
  const count = el('span', 'count', g.quotes.length === total ? String(total) : `${g.quotes.length}/${total}`);
  count.title = plural(total, 'quote');
  header.append(who, count);
  const details = speakerDetails(g);
  block.append(header);
  if (details) block.append(el('div', 'details', details));

  const list = el('ul', 'quotes');
  list.setAttribute('role', 'group');
  g.quotes.forEach((q) => list.append(quoteItem(q)));
  block.append(list);
  return block;
}

export { plural };
