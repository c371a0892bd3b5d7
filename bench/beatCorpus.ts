/**
 * A seeded beat for the index benchmark: many original articles about one desk's trade stories,
 * sharing a cast (ministers, executives, analysts, agencies), so the index merges the same people
 * across files, and with the slips a desk wants flagged: a few names spelled two ways, people given
 * different titles in different stories, and figures of one measure stated with two values.
 * Every sentence is written here from templates; same seed, same beat.
 */
import { rng } from './corpus';

const CAST: Array<[string, string, string]> = [
  ['Ilse', 'Marrowby', 'Trade Minister'], ['Tomasz', 'Kovalenko', 'Finance Minister'], ['Adaeze', 'Okonjo', 'Commerce Secretary'],
  ['Henrik', 'Solberg', 'chief economist'], ['Marisol', 'Quintero', 'trade representative'], ['Dmitri', 'Valchev', 'senior analyst'],
  ['Priya', 'Ramaswamy', 'research director'], ['Colm', 'Fitzgerald', 'vice president'], ['Yuki', 'Hashimoto', 'Industry Minister'],
  ['Beatriz', 'Salgado', 'Agriculture Minister'], ['Oskar', 'Lindgren', 'chief executive'], ['Nadia', 'Haddad', 'senior fellow'],
  ['Ruben', 'Castellanos', 'trade analyst'], ['Greta', 'Vollmer', 'Economy Minister'], ['Kwame', 'Asante', 'president'],
  ['Lucia', 'Bertolini', 'chief economist'], ['Arjun', 'Chaudhry', 'Commerce Minister'], ['Sabine', 'Dufresne', 'research director'],
];
/** Slips: the second spelling of a surname, and a second title, used now and then. */
const MISSPELT: Record<string, string> = { Marrowby: 'Marowby', Kovalenko: 'Kovalenka', Ramaswamy: 'Ramaswami' };
const OTHER_TITLE: Record<string, string> = { Solberg: 'senior economist', Lindgren: 'chairman', Vollmer: 'Finance Minister' };
const ORGS = ['Canadian Steel Producers Association', 'Pacific Port Workers Union', 'Institute for Trade Studies', 'Federation of Auto Parts Makers', 'Grain Growers Council', 'Bureau of Trade Statistics', 'Northern Lumber Alliance'];
const COUNTRIES: Array<[string, string]> = [['Canada', 'Canadian'], ['Mexico', 'Mexican'], ['Brazil', 'Brazilian'], ['Japan', 'Japanese'], ['India', 'Indian'], ['Chile', 'Chilean'], ['Vietnam', 'Vietnamese'], ['Germany', 'German']];
const GOODS = ['steel', 'aluminum', 'tires', 'lumber', 'canola', 'auto parts', 'copper', 'solar panels', 'pork', 'wine'];
const MEASURES = ['exports', 'imports'];
const YEARS = ['2023', '2024', '2025'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const LINES = [
  'We have been patient, and patience has a price',
  'Nobody wants a tariff war, but we will not stand still',
  'Our members need certainty before they hire again',
  'The numbers tell a story the ministry would rather not hear',
  'Every week of delay costs the ports real money',
  'This is a fair offer and it will stay on the table',
];

/** `count` articles of about `words` words each, as [file name, text]. */
export function generateBeat(count: number, words = 600, seed = 15): Array<[string, string]> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const num = (lo: number, hi: number, dp = 0) => (lo + r() * (hi - lo)).toFixed(dp);
  const out: Array<[string, string]> = [];
  for (let i = 0; i < count; i++) {
    const cast = Array.from({ length: 4 }, () => pick(CAST));
    const slip = r() < 0.05;
    const surname = (p: (typeof CAST)[number]) => (slip && MISSPELT[p[1]] ? MISSPELT[p[1]] : p[1]);
    const title = (p: (typeof CAST)[number]) => (r() < 0.1 && OTHER_TITLE[p[1]] ? OTHER_TITLE[p[1]] : p[2]);
    const [home, other] = [pick(COUNTRIES), pick(COUNTRIES)];
    const sentences: Array<() => string> = [
      () => { const p = pick(cast); return `${title(p)[0].toUpperCase()}${title(p).slice(1)} ${p[0]} ${surname(p)} said on ${pick(DAYS)} that ${home[0]} would impose a ${num(5, 45)}% tariff on ${other[1]} ${pick(GOODS)} from ${pick(['March 1', 'June 1', 'next month'])}.`; },
      () => {
        // One value per country, goods, measure and year across the beat, but for a rare slip.
        const [goods, measure, year] = [pick(GOODS), pick(MEASURES), pick(YEARS)];
        const key = [home[0], goods, measure, year].join('|');
        const value = r() < 0.03 ? num(1, 9, 1) : (1 + ([...key].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 80) / 10).toFixed(1);
        return `${home[0]}'s ${goods} ${measure} reached $${value} billion in ${year}, according to the ${pick(ORGS)}.`;
      },
      () => { const p = pick(cast); return `"${pick(LINES)}," ${p[2].includes('Minister') ? 'Ms.' : 'Mr.'} ${surname(p)} told reporters after a meeting at the ${pick(ORGS)}.`; },
      () => { const p = pick(cast); return `${p[0]} ${surname(p)}, ${title(p)} at the ${pick(ORGS)}, said the duties would raise costs for ${pick(['builders', 'farmers', 'carmakers', 'retailers'])}.`; },
      () => `Shipments through ${pick(['Halifax', 'Vancouver', 'Montreal', 'Saint John'])} fell ${num(2, 19, 1)}% in the ${pick(['first', 'second', 'third'])} quarter as buyers waited for the talks to end.`,
      () => `The ${pick(ORGS)} estimated that about ${num(2, 40)},000 jobs depended on ${other[1]} orders of ${pick(GOODS)}.`,
      () => `Officials in ${other[0]} said they would answer with duties of ${num(10, 30)}% on ${home[1]} ${pick(GOODS)} if the measure went ahead.`,
    ];
    const paras = [`# ${home[0]} weighs new ${pick(GOODS)} duties as talks with ${other[0]} stall`];
    let n = 0;
    while (n < words) {
      const para = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(sentences)()).join(' ');
      n += para.split(/\s+/).length;
      paras.push(para);
    }
    out.push([`story-${String(i + 1).padStart(4, '0')}.md`, paras.join('\n\n') + '\n']);
  }
  return out;
}
