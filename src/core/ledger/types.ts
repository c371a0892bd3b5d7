/**
 * The desk's check ledger: one JSON file per article recording which facts were checked, by whom,
 * against what, and when. Plain data only; the files are read and written outside src/core.
 */

/** The ledger file format this version reads and writes. A newer one is refused, read-only. */
export const LEDGER_FORMAT = 1;

/** The kinds of fact a desk checks. */
export type FactKind = 'figure' | 'tariff' | 'person' | 'organization' | 'quote';

/** A mark an editor puts on a fact. `unchecked` is stored only to keep ignored checks. */
export type MarkStatus = 'verified' | 'disputed' | 'unchecked';

/** What a fact's check reads as now: `changed` when its text changed after it was marked. */
export type CheckStatus = 'unchecked' | 'verified' | 'disputed' | 'changed';

/** One marked fact, as kept in the file. Anchored by content (kind, text, sentence), never by offset. */
export interface LedgerEntry {
  kind: FactKind;
  /** The fact's identity text: a figure or rate as written, a canonical name, a quote's words. */
  text: string;
  /** The fact's sentence, normalized (a quote's is its own words; people and organizations have none). */
  sentence: string;
  /** 1 for the first fact with this kind, text and sentence in the article, 2 for an identical second one… */
  occurrence: number;
  status: MarkStatus;
  note: string;
  source: string;
  by: string;
  /** When it was marked, ISO 8601. */
  at: string;
  /** Codes of checks on this fact the desk chose to ignore ("implied", "no-speaker"…); omitted when none. */
  ignoredChecks?: string[];
}

/** A whole ledger: entries by their key (see `entryKey`). */
export interface Ledger {
  format: number;
  entries: Record<string, LedgerEntry>;
}

/** A fact's check as views show it. */
export interface FactCheck {
  status: CheckStatus;
  note: string;
  source: string;
  by: string;
  at: string;
  /** For `changed`: the fact's text when it was marked ("$4.2 billion"). */
  was?: string;
  /** Codes of checks ignored on this fact (none while `changed`: they show again). */
  ignoredChecks: string[];
  /** Key of the ledger entry behind this check, or null when the fact has none. */
  key: string | null;
}

/** A ledger entry whose fact is gone from the text: kept and listed until someone removes it. */
export interface Orphan extends LedgerEntry {
  key: string;
}

/** What marking a fact records. */
export interface Mark {
  status: MarkStatus;
  note?: string;
  source?: string;
  by: string;
  at: string;
}

/** The result of reading a ledger file's text: the ledger, or why it can't be used (then never written). */
export type LedgerRead =
  | { ok: true; ledger: Ledger }
  | { ok: false; readOnly: true; reason: string };
