import type { FactSheet } from '../factSheet';
import { ORPHAN_HEAD, factTables, formatGenerated, formatNumber, formatSource, formatSummary, headFields, orphanCells, quoteCheck } from './format';

/** Escapes text for HTML element content and quoted attribute values. */
export function htmlEscape(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; --accent: #1a5fb4; }
* { box-sizing: border-box; }
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: var(--ink); max-width: 58rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font: 600 1.05rem/1.3 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .04em; color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2rem; }
h3 { font: 600 1rem system-ui, sans-serif; margin: 1.2rem 0 .3rem; }
.meta { color: var(--muted); font: .9rem system-ui, sans-serif; margin: 0; }
table { width: 100%; border-collapse: collapse; font: .88rem/1.4 system-ui, sans-serif; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
th { background: #f3f4f7; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
blockquote { margin: .4rem 0; padding: .2rem .8rem; border-left: 3px solid var(--rule); }
.line { color: var(--muted); font: .8rem system-ui, sans-serif; }
.none { color: var(--muted); font-style: italic; }
.check { color: #a33; }
.status { color: var(--muted); font: .8rem system-ui, sans-serif; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr, blockquote { break-inside: avoid; } }
`;

function table({ head, rows }: { head: string[]; rows: string[][] }, numeric: number[] = []): string {
  if (!rows.length) return '<p class="none">None found.</p>';
  const cls = (i: number) => (numeric.includes(i) ? ' class="num"' : '');
  return `<table><thead><tr>${head.map((h, i) => `<th${cls(i)}>${htmlEscape(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${htmlEscape(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** The fact sheet as a standalone printable HTML page: no script, no remote resource, all text escaped. */
export function renderHtml(sheet: FactSheet): string {
  const quotes = sheet.quotes.length
    ? sheet.quoteGroups
        .map(({ speaker, quotes: qs }) => `<h3>${htmlEscape(speaker || 'No speaker found')}</h3>${qs
          .map((q) => `<blockquote>“${htmlEscape(q.text)}” <span class="line">line ${q.line}</span>${sheet.ledger ? ` <span class="status">${htmlEscape(quoteCheck(sheet, q.check))}</span>` : ''}${sheet.sources ? ` <span class="source">${htmlEscape(formatSource(q.source))}</span>` : ''}</blockquote>`)
          .join('')}`)
        .join('')
    : '<p class="none">None found.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fact sheet: ${htmlEscape(sheet.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${htmlEscape(sheet.title)}</h1>
${[
  ...headFields(sheet).map(([k, v]) => `${k}: ${v}`),
  `Fact sheet · ${sheet.file} · ${formatNumber(sheet.words, 3)} words · generated ${formatGenerated(sheet.generated)}`,
  ...(sheet.summary ? [`Checked: ${formatSummary(sheet.summary)}`] : []),
].map((m) => `<p class="meta">${htmlEscape(m)}</p>`).join('\n')}
${factTables(sheet, 160).map((t) => `<h2>${htmlEscape(t.title)}</h2>\n${table(t, t.numeric)}`).join('\n')}
<h2>Quotes (${sheet.quotes.length})</h2>
${quotes}
<h2>Checks (${sheet.checks.length})</h2>
${sheet.checks.length ? `<ul>${sheet.checks.map((c) => `<li class="check">${htmlEscape(c)}</li>`).join('')}</ul>` : '<p class="none">Nothing to check.</p>'}
${sheet.ledger ? `<h2>Marks whose fact is gone (${sheet.orphans.length})</h2>\n${table({ head: ORPHAN_HEAD, rows: sheet.orphans.map((o) => orphanCells(o, 160)) })}\n` : ''}</body>
</html>
`;
}
