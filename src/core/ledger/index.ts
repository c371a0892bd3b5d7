/** The check ledger's pure API, for the command line and the extension. */
export * from './types';
export { ledgerFacts, entryKey, LedgerTextMemo, type LedgerFact } from './facts';
export { anchorLedger, checkOf, checksById, unchecked, type Anchoring, type AnchorHow, type AnchorOptions } from './anchor';
export { markFact, clearFact, ignoreCheck, removeEntry, rebaseLedger, anchoringOf, type FactRef, type LedgerSource } from './marks';
export { mergeLedgers } from './merge';
export { parseLedger, serializeLedger, emptyLedger, ledgerPathFor, LEDGER_DIR } from './file';
export { findFact, type FoundFact } from './find';
export { summarizeChecks, type CheckSummary } from './summary';
export { normalizeSentence } from './text';
