// The quotes panel's script: renders the model the extension sends, filters it, and asks the
// extension to show or copy a quote. Article text only ever goes in as textContent.
import { filterGroups } from '../core/quoteGroups';
import { parseHostMessage, type PanelModel } from '../shared/quotesMessages';
import { bindQuoteKeys, makeCurrent, quoteItems } from './keyboard';
import { readBack } from './readBack';
import { groupBlock, quoteCount } from './render';
import { fillPlaceholders, PANEL_STRINGS_ID, type PanelStrings } from '../shared/panelStrings';
import { loadState, post, saveState } from './vscodeApi';

const filterBox = document.getElementById('filter') as HTMLInputElement;
const summary = document.getElementById('summary') as HTMLElement;
const empty = document.getElementById('empty') as HTMLElement;
const groupsRoot = document.getElementById('groups') as HTMLElement;

/** The panel's words, translated by the extension and put in the page (see panelHtml.ts). */
const strings = JSON.parse(document.getElementById(PANEL_STRINGS_ID)?.textContent || '{}') as PanelStrings;

let model: PanelModel = { kind: 'noDocument' };
/** The quote last shown in the editor, marked in the list as the selection. */
let selectedId = '';
filterBox.value = loadState().filter;

function emptyText(m: PanelModel, shown: number): string {
  if (m.kind === 'noDocument') return strings.noDocument;
  if (m.kind === 'analyzing') return fillPlaceholders(strings.reading, [m.documentName]);
  if (m.kind === 'unavailable') return m.reason;
  if (!m.groups.length) return strings.noQuotes;
  return shown ? '' : fillPlaceholders(strings.noMatch, [filterBox.value.trim()]);
}

function render(): void {
  const focusedId = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.quote')?.dataset.id;
  const all = model.kind === 'document' ? model.groups : [];
  const shown = filterGroups(all, filterBox.value);
  const totals = new Map(all.map((g) => [g.key, g.quotes.length]));

  groupsRoot.replaceChildren(...shown.map((g) => groupBlock(g, totals.get(g.key) ?? g.quotes.length, strings)));
  const message = emptyText(model, shown.length);
  empty.textContent = message;
  empty.hidden = !message;
  const quotes = all.reduce((n, g) => n + g.quotes.length, 0);
  const speakers = all.filter((g) => g.speaker !== null).length;
  const speakerCount = speakers === 1 ? strings.oneSpeaker : fillPlaceholders(strings.speakers, [speakers]);
  summary.textContent = model.kind === 'document' ? fillPlaceholders(strings.summary, [model.documentName, quoteCount(strings, quotes), speakerCount]) : '';

  const items = quoteItems(groupsRoot);
  const again = items.find((q) => q.dataset.id === focusedId);
  makeCurrent(groupsRoot, again ?? items[0], Boolean(again));
  markSelected();
  post({ type: 'rendered', panel: readBack(filterBox, summary, empty, groupsRoot) });
}

const quoteId = (item: HTMLElement) => item.dataset.id ?? '';

function markSelected(): void {
  for (const q of quoteItems(groupsRoot)) {
    q.classList.toggle('selected', q.dataset.id === selectedId);
    q.setAttribute('aria-selected', String(q.dataset.id === selectedId));
  }
}

/** Asks the extension to select the quote in the editor, and marks it here. */
function reveal(item: HTMLElement): void {
  selectedId = quoteId(item);
  markSelected();
  post({ type: 'reveal', quoteId: selectedId });
}

groupsRoot.addEventListener('click', (e) => {
  const target = e.target as HTMLElement;
  const item = target.closest<HTMLElement>('.quote');
  if (!item) return;
  makeCurrent(groupsRoot, item, false);
  if (target.closest('.copy')) post({ type: 'copy', quoteId: quoteId(item) });
  else reveal(item);
});

bindQuoteKeys(groupsRoot, {
  reveal,
  copy: (item) => post({ type: 'copy', quoteId: quoteId(item) }),
  leaveTop: () => filterBox.focus(),
});

filterBox.addEventListener('input', () => {
  saveState({ filter: filterBox.value });
  render();
});
filterBox.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown') {
    e.preventDefault();
    makeCurrent(groupsRoot, quoteItems(groupsRoot)[0], true);
  } else if (e.key === 'Escape' && filterBox.value) {
    e.preventDefault();
    filterBox.value = '';
    saveState({ filter: '' });
    render();
  }
});

window.addEventListener('message', (e: MessageEvent) => {
  const message = parseHostMessage(e.data);
  if (!message) return;
  if (message.type === 'model') {
    const name = (m: PanelModel) => (m.kind === 'noDocument' ? '' : m.documentName);
    if (name(message.model) !== name(model)) selectedId = ''; // quote ids belong to one article
    model = message.model;
  }
  else {
    filterBox.value = message.text;
    saveState({ filter: message.text });
  }
  render();
});

render();
post({ type: 'ready' });
