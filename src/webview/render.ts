import type { PanelGroup, PanelQuote } from '../shared/quotesMessages';
import { fillPlaceholders, type PanelStrings } from '../shared/panelStrings';

/** "1 quote", "4 quotes" in the panel's words. */
export const quoteCount = (s: PanelStrings, n: number): string => (n === 1 ? s.oneQuote : fillPlaceholders(s.quotes, [n]));

/** A new element with a class and, optionally, text set as text (never parsed as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}


/** "vice president, Asia Society Policy Institute". */
export function speakerDetails(g: PanelGroup, s: PanelStrings): string {
  if (g.speaker === null) return s.checkWhoSaid;
  return [g.title, g.affiliation].filter(Boolean).join(', ');
}

function quoteItem(q: PanelQuote, s: PanelStrings): HTMLLIElement {
  const item = el('li', 'quote');
  item.dataset.id = q.id;
  item.setAttribute('role', 'treeitem');
  item.setAttribute('aria-level', '2');
  item.setAttribute('aria-keyshortcuts', 'Enter Control+C');
  item.tabIndex = -1;
  // The words and the button sit side by side (the button below when the panel is narrow): the
  // button has a place of its own and never covers the quote (issue 16).
  const body = el('div', 'quote-body');
  body.append(el('span', 'quote-text', q.text), el('span', 'quote-line', fillPlaceholders(s.line, [q.line])));
  // The desk's check of the quote (check ledger): ✓ verified, ✗ disputed, ⚠ changed since checked.
  if (q.check) body.append(el('span', `quote-check ${q.check}`, s[q.check]));
  // The quote's source check (sources indexed): verbatim, altered or not in the sources, and where.
  if (q.source) body.append(el('span', `quote-source ${q.source.status}`, q.source.label));
  item.append(body);
  const copy = el('button', 'copy', s.copy);
  copy.type = 'button';
  copy.tabIndex = -1;
  copy.title = s.copyTitle;
  copy.setAttribute('aria-label', s.copyLabel);
  item.append(copy);
  return item;
}

/** One speaker's block: name, details, count (visible of total), then the quotes. */
export function groupBlock(g: PanelGroup, total: number, s: PanelStrings): HTMLElement {
  const block = el('section', g.speaker === null ? 'group flagged' : 'group');
  block.setAttribute('role', 'treeitem');
  block.setAttribute('aria-level', '1');
  block.setAttribute('aria-expanded', 'true');
  const name = g.speaker ?? s.noSpeaker;
  block.setAttribute('aria-label', fillPlaceholders(s.groupLabel, [name, quoteCount(s, g.quotes.length)]));

  const header = el('div', 'group-header');
  const who = el('span', 'speaker', name);
  const count = el('span', 'count', g.quotes.length === total ? String(total) : `${g.quotes.length}/${total}`);
  count.title = quoteCount(s, total);
  header.append(who, count);
  const details = speakerDetails(g, s);
  block.append(header);
  if (details) block.append(el('div', 'details', details));

  const list = el('ul', 'quotes');
  list.setAttribute('role', 'group');
  g.quotes.forEach((q) => list.append(quoteItem(q, s)));
  block.append(list);
  return block;
}

