/**
 * The words of the quotes panel. The extension translates them (vscode.l10n) and puts them in the
 * panel's page; the webview script only fills in their `{0}` placeholders, so it holds no English.
 */
export interface PanelStrings {
  /** No article open. */
  noDocument: string;
  /** "Reading {0}…": the article's name while it is analysed. */
  reading: string;
  noQuotes: string;
  /** "No quotes match “{0}”": the filter text. */
  noMatch: string;
  /** "{0} · {1} · {2}": article name, quote count, speaker count. */
  summary: string;
  oneQuote: string;
  /** "{0} quotes" */
  quotes: string;
  oneSpeaker: string;
  /** "{0} speakers" */
  speakers: string;
  /** The unattributed group's name and its details line. */
  noSpeaker: string;
  checkWhoSaid: string;
  /** "line {0}" */
  line: string;
  copy: string;
  copyTitle: string;
  copyLabel: string;
  /** "{0}, {1}": a group's speaker and quote count, for screen readers. */
  groupLabel: string;
  verified: string;
  disputed: string;
  changed: string;
}

/** The id of the page element holding the strings as JSON. */
export const PANEL_STRINGS_ID = 'panel-strings';

/** "{0}" and "{name}" filled from the arguments; a placeholder with no argument stays as written (VS Code's rule). */
export function fillPlaceholders(message: string, args: Record<string, unknown> | unknown[]): string {
  return message.replace(/\{([^}]+)\}/g, (whole, key: string) => {
    const value = (args as Record<string, unknown>)[key];
    return value === undefined || value === null ? whole : String(value);
  });
}
