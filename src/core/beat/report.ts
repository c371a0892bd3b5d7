/** The beat index as a Markdown report a desk can read: flags first, then people, organizations and tariffs. */
import type { BeatEntity, BeatSnapshot, Place } from './types';
import { baseName } from './flags';
import { formatNumber } from '../render/format';

/** Files the index left out, and why ("looks like a binary file, not text"). */
export interface SkippedFile {
  file: string;
  reason: string;
}

const where = (p: Pick<Place, 'file' | 'from'>) => `${p.file}:${p.from.line + 1}:${p.from.character + 1}`;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const plural = (n: number, one: string, many = `${one}s`) => `${formatNumber(n, 3)} ${n === 1 ? one : many}`;

function entities(title: string, list: BeatEntity[], withTitles: boolean): string[] {
  if (!list.length) return [];
  const head = withTitles ? '| Name | Titles | Articles | Mentions |\n| --- | --- | --- | --- |' : '| Name | Other forms | Articles | Mentions |\n| --- | --- | --- | --- |';
  const rows = list.map((e) => {
    const second = withTitles ? e.titles.join('; ') : e.variants.filter((v) => v !== e.name).join('; ');
    const arts = e.articles.map((a) => `${baseName(a.file)} (${a.mentions})`).join(', ');
    return `| ${cell(e.name)} | ${cell(second)} | ${cell(arts)} | ${e.mentions} |`;
  });
  return [`## ${title}`, '', head, ...rows, ''];
}

export function beatReport(beat: BeatSnapshot, skipped: readonly SkippedFile[] = []): string {
  const words = beat.articles.reduce((n, a) => n + a.words, 0);
  const out = [
    '# Beat index',
    '',
    `${plural(beat.articles.length, 'article')} (${plural(words, 'word')}), ${plural(beat.people.length, 'person', 'people')}, ${plural(beat.organizations.length, 'organization')}, ${plural(beat.tariffs.length, 'tariff rate')}, ${plural(beat.flags.length, 'flag')}${skipped.length ? `; ${plural(skipped.length, 'file')} skipped` : ''}.`,
    '',
  ];
  if (beat.flags.length) {
    out.push('## Flags', '');
    for (const f of beat.flags) out.push(`- **${f.kind}**: ${f.message}`, ...f.places.map((p) => `  - “${p.reads}” at ${where(p)}`));
    out.push('');
  }
  out.push(...entities('People', beat.people, true), ...entities('Organizations', beat.organizations, false));
  if (beat.tariffs.length) {
    out.push('## Tariff rates', '', '| Imposer | Target | Rate | Where |', '| --- | --- | --- | --- |');
    for (const t of beat.tariffs) out.push(`| ${cell(t.imposer || '—')} | ${cell(t.target || '—')} | ${t.rate}% | ${where(t)} |`);
    out.push('');
  }
  if (skipped.length) {
    out.push('## Skipped files', '');
    for (const s of skipped) out.push(`- ${s.file}: ${s.reason}`);
    out.push('');
  }
  return out.join('\n');
}
