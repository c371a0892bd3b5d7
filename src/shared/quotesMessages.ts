/**
 * The messages between the quotes panel (src/webview/quotes.ts) and the extension
 * (src/extension/quotes/). Imported by both sides; each side validates what it receives.
 */

/** One quote as the panel lists it. */
export interface PanelQuote {
  id: string;
  text: string;
  /** 1-based line where the quote starts. */
  line: number;
  /** The desk's check of the quote in the check ledger, when it has one. */
  check?: 'verified' | 'disputed' | 'changed';
  /** The quote's source check, when sources are indexed: its status and a short label ("Verbatim · interview-lee.srt at 00:12:31"). */
  source?: { status: 'verbatim' | 'altered' | 'not-found'; label: string };
}

/** A speaker and their quotes; `speaker` null for the unattributed group. */
export interface PanelGroup {
  key: string;
  speaker: string | null;
  title: string;
  affiliation: string;
  quotes: PanelQuote[];
}

/** What the panel shows. */
export type PanelModel =
  | { kind: 'noDocument' }
  | { kind: 'analyzing'; documentName: string }
  /** The article is not analysed (too large, or analysis failed); `reason` says why in words. */
  | { kind: 'unavailable'; documentName: string; reason: string }
  | { kind: 'document'; documentName: string; groups: PanelGroup[] };

/** Extension → panel. */
export type HostMessage =
  | { type: 'model'; model: PanelModel }
  /** Sets the filter box, e.g. to a person's name from a hover link. */
  | { type: 'setFilter'; text: string };

/** What the panel's DOM shows, read back from it (test hook and state check). */
export interface RenderedPanel {
  filter: string;
  /** The line above the list: "article.md · 4 quotes · 2 speakers"; "" when none. */
  summary: string;
  /** The empty-state text when one is shown, else "". */
  empty: string;
  groups: { speaker: string; details: string; count: string; flagged: boolean; quotes: string[]; checks?: string[]; sources?: string[] }[];
}

/** Panel → extension. */
export type PanelMessage =
  | { type: 'ready' }
  | { type: 'reveal'; quoteId: string }
  | { type: 'copy'; quoteId: string }
  | { type: 'rendered'; panel: RenderedPanel };

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown, max = 100_000): x is string => typeof x === 'string' && x.length <= max;
const isStrList = (x: unknown): x is string[] => Array.isArray(x) && x.length <= 10_000 && x.every((s) => isStr(s));
const QUOTE_ID = /^[A-Za-z0-9_-]{1,64}$/;

function isRendered(x: unknown): x is RenderedPanel {
  if (!isObj(x) || !isStr(x.filter) || !isStr(x.summary) || !isStr(x.empty) || !Array.isArray(x.groups) || x.groups.length > 10_000) return false;
  return x.groups.every(
    (g) => isObj(g) && isStr(g.speaker) && isStr(g.details) && isStr(g.count) && typeof g.flagged === 'boolean' && isStrList(g.quotes),
  );
}

/** A message from the panel, or undefined when it is not one the extension understands. */
export function parsePanelMessage(x: unknown): PanelMessage | undefined {
  if (!isObj(x)) return undefined;
  switch (x.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal':
    case 'copy':
      return isStr(x.quoteId) && QUOTE_ID.test(x.quoteId) ? { type: x.type, quoteId: x.quoteId } : undefined;
    case 'rendered':
      return isRendered(x.panel) ? { type: 'rendered', panel: x.panel } : undefined;
    default:
      return undefined;
  }
}

const isSource = (x: unknown): boolean => isObj(x) && (x.status === 'verbatim' || x.status === 'altered' || x.status === 'not-found') && isStr(x.label, 500);

function isGroup(x: unknown): x is PanelGroup {
  if (!isObj(x) || !isStr(x.key) || !(x.speaker === null || isStr(x.speaker)) || !isStr(x.title) || !isStr(x.affiliation)) return false;
  return Array.isArray(x.quotes) && x.quotes.every((q) => isObj(q) && isStr(q.id) && isStr(q.text) && typeof q.line === 'number' && (q.check === undefined || q.check === 'verified' || q.check === 'disputed' || q.check === 'changed') && (q.source === undefined || isSource(q.source)));
}

function isModel(x: unknown): x is PanelModel {
  if (!isObj(x)) return false;
  if (x.kind === 'noDocument') return true;
  if (x.kind === 'analyzing') return isStr(x.documentName);
  if (x.kind === 'unavailable') return isStr(x.documentName) && isStr(x.reason, 1000);
  return x.kind === 'document' && isStr(x.documentName) && Array.isArray(x.groups) && x.groups.every(isGroup);
}

/** A message from the extension, or undefined when it is malformed. */
export function parseHostMessage(x: unknown): HostMessage | undefined {
  if (!isObj(x)) return undefined;
  if (x.type === 'model') return isModel(x.model) ? { type: 'model', model: x.model } : undefined;
  if (x.type === 'setFilter') return isStr(x.text, 1000) ? { type: 'setFilter', text: x.text } : undefined;
  return undefined;
}
