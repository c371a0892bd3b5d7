import type { FactSheet } from '../factSheet';
import { ORPHAN_HEAD, factTables, formatGenerated, formatNumber, formatSource, formatSummary, headFields, orphanCells, quoteCheck } from './format';

/** Escapes text for a Markdown table cell or line: no markup, links or HTML get through. */
export function mdEscape(text: string): string {
  // Parentheses need no escape once brackets have one: without "[…]" there is no link.
  return text.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]#+!|<>~])/g, '\\$1');
}

function table({ head, rows }: { head: string[]; rows: string[][] }): string[] {
  if (!rows.length) return ['_None found._', ''];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(mdEscape).join(' | ')} |`), ''];
}

/** The fact sheet as Markdown: the CLI's default and the extension's default export. */
export function renderMarkdown(sheet: FactSheet): string {
  const out: string[] = [
    `# Fact sheet: ${mdEscape(sheet.title)}`,
    '',
    ...headFields(sheet).map(([k, v]) => `- ${k}: ${mdEscape(v)}`),
    `- File: ${mdEscape(sheet.file)}`,
    `- Words: ${formatNumber(sheet.words, 3)}`,
    `- Generated: ${formatGenerated(sheet.generated)}`,
    ...(sheet.summary ? [`- Checked: ${mdEscape(formatSummary(sheet.summary))}`] : []),
    '',
    ...factTables(sheet, 120).flatMap((t) => [`## ${t.title}`, '', ...table(t)]),
    `## Quotes (${sheet.quotes.length})`,
    '',
  ];
  if (!sheet.quotes.length) out.push('_None found._', '');
  for (const { speaker, quotes } of sheet.quoteGroups) {
    out.push(`### ${speaker ? mdEscape(speaker) : 'No speaker found'}`, '');
    for (const q of quotes) {
      const check = quoteCheck(sheet, q.check);
      out.push(`- Line ${q.line}: “${mdEscape(q.text)}”${check && ` — ${mdEscape(check)}`}`);
      if (sheet.sources) out.push(`  - Source: ${mdEscape(formatSource(q.source))}`);
    }
    out.push('');
  }
  out.push(`## Checks (${sheet.checks.length})`, '');
  out.push(...(sheet.checks.length ? sheet.checks.map((c) => `- ${mdEscape(c)}`) : ['_Nothing to check._']), '');
  if (sheet.ledger) out.push(`## Marks whose fact is gone (${sheet.orphans.length})`, '', ...table({ head: ORPHAN_HEAD, rows: sheet.orphans.map((o) => orphanCells(o, 120)) }));
  return out.join('\n');
}
