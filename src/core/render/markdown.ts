import type { FactSheet } from '../factSheet';
import { KIND_LABELS, clip, formatGenerated, formatTariffParties, formatTariffChange, formatValue } from './format';

/** Escapes text for a Markdown table cell or line: no markup, links or HTML get through. */
export function mdEscape(text: string): string {
  // Parentheses need no escape once brackets have one: without "[…]" there is no link.
  return text.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]#+!|<>~])/g, '\\$1');
}

function table(head: string[], rows: string[][]): string[] {
  if (!rows.length) return ['_None found._', ''];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}

/** The fact sheet as Markdown: the CLI's default and the extension's default export. */
export function renderMarkdown(sheet: FactSheet): string {
  const out: string[] = [
    `# Fact sheet: ${mdEscape(sheet.title)}`,
    '',
    `- File: ${mdEscape(sheet.file)}`,
    `- Words: ${sheet.words.toLocaleString('en-US')}`,
    `- Generated: ${formatGenerated(sheet.generated)}`,
    '',
    `## Figures (${sheet.figures.length})`,
    '',
    ...table(
      ['Figure', 'Value', 'Kind', 'What it measures (its sentence)', 'Line'],
      sheet.figures.map((f) => [mdEscape(f.text), mdEscape(formatValue(f)), KIND_LABELS[f.kind], mdEscape(clip(f.sentence, 120)), String(f.line)]),
    ),
    `## Tariff rates (${sheet.tariffs.length})`,
    '',
    ...table(
      ['Rate', 'Imposer → target', 'Change', 'Line'],
      sheet.tariffs.map((t) => [mdEscape(t.text), mdEscape(formatTariffParties(t)), mdEscape(formatTariffChange(t)), String(t.line)]),
    ),
    `## People (${sheet.people.length})`,
    '',
    ...table(
      ['Name', 'Title', 'Affiliation', 'Mentions', 'Quotes'],
      sheet.people.map((p) => [mdEscape(p.name), mdEscape(p.title), mdEscape(p.affiliation), String(p.mentions.length), String(p.quotes)]),
    ),
    `## Organizations (${sheet.organizations.length})`,
    '',
    ...table(
      ['Name', 'Also written', 'Mentions'],
      sheet.organizations.map((o) => [mdEscape(o.name), mdEscape(o.aliases.join(', ')), String(o.mentions.length)]),
    ),
    `## Quotes (${sheet.quotes.length})`,
    '',
  ];
  if (!sheet.quotes.length) out.push('_None found._', '');
  for (const { speaker, quotes } of sheet.quoteGroups) {
    out.push(`### ${speaker ? mdEscape(speaker) : 'No speaker found'}`, '');
    for (const q of quotes) out.push(`- Line ${q.line}: “${mdEscape(q.text)}”`);
    out.push('');
  }
  out.push(`## Checks (${sheet.checks.length})`, '');
  out.push(...(sheet.checks.length ? sheet.checks.map((c) => `- ${mdEscape(c)}`) : ['_Nothing to check._']), '');
  return out.join('\n');
}
