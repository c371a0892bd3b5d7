import type { Analysis } from '../types';
import type { Ledger } from '../ledger';
import { buildFactSheet } from '../factSheet';
import { renderMarkdown } from './markdown';
import { renderJson } from './json';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import type { SourceChecks } from '../sources/types';

export type FactSheetFormat = 'md' | 'json' | 'csv' | 'html';

export const FORMATS: ReadonlyArray<{ id: FactSheetFormat; label: string; extension: string; language: string }> = [
  { id: 'md', label: 'Markdown', extension: 'md', language: 'markdown' },
  { id: 'json', label: 'JSON', extension: 'json', language: 'json' },
  { id: 'csv', label: 'CSV', extension: 'csv', language: 'csv' },
  { id: 'html', label: 'HTML', extension: 'html', language: 'html' },
];

/** A format's file extension, editor language and label. */
export function formatOf(id: FactSheetFormat): (typeof FORMATS)[number] {
  return FORMATS.find((f) => f.id === id) ?? FORMATS[0];
}

/** One article to render: its file name, text and analysis, and its check ledger when the sheet shows checks. */
export interface Article {
  file: string;
  text: string;
  analysis: Analysis;
  ledger?: Ledger;
  /** Source checks of its quotes and figures, when the sheet shows them (`check --sources`). */
  sources?: SourceChecks;
}

/** Renders articles in a format; the one entry point shared by the CLI and the extension. */
export function renderFactSheets(format: FactSheetFormat, articles: Article[], generated = new Date()): string {
  if (format === 'json') return renderJson(articles);
  const sheets = articles.map((a) => buildFactSheet(a.analysis, a.text, a.file, generated, a.ledger, a.sources));
  if (format === 'csv') return renderCsv(sheets);
  if (format === 'html') return sheets.map(renderHtml).join('');
  return sheets.map(renderMarkdown).join('\n---\n\n');
}
