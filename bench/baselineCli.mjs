// Plain compromise in the CLI's JSON schema, for scoring the baseline beside Trade Facts:
//   node bench/baselineCli.mjs FILE
import fs from 'node:fs';
import nlp from 'compromise';

const text = fs.readFileSync(process.argv[2], 'utf8');
const doc = nlp(text);
const spans = (view) => view.json({ offset: true }).map((x) => ({ start: x.offset.start, end: x.offset.start + x.offset.length, text: x.text }));
// One entity per distinct name, as compromise gives no linking of its own.
const entities = (list, prefix) => {
  const byName = new Map();
  for (const m of list) {
    const key = m.text.replace(/['’]s$/, '').trim();
    if (!byName.has(key)) byName.set(key, { id: `${prefix}${byName.size + 1}`, name: key, mentions: [] });
    byName.get(key).mentions.push(m);
  }
  return [...byName.values()];
};
const people = entities(spans(doc.people()), 'p');
const organizations = entities(spans(doc.organizations()), 'o');
const figures = [
  ...doc.money().json({ offset: true }).map((x) => ({ ...x, kind: 'money' })),
  ...doc.percentages().json({ offset: true }).map((x) => ({ ...x, kind: 'percent' })),
].map((x, i) => ({ id: `f${i + 1}`, start: x.offset.start, end: x.offset.start + x.offset.length, text: x.text, kind: x.kind, value: x.number?.num ?? x.terms?.[0]?.number ?? null }));
const quotes = spans(doc.quotations()).map((q, i) => ({ id: `q${i + 1}`, ...q, speaker: null }));
process.stdout.write(JSON.stringify({ schema: 1, people, organizations, figures, tariffs: [], quotes, warnings: [] }));
