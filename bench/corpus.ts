/**
 * A seeded generator of original trade articles for the benchmarks: paragraphs in the shapes of
 * wire reporting (tariff moves, trade figures, attributed quotes, officials with titles), so the
 * extractors do their real work. Same seed, same text.
 */

/** Mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  ['United States', 'U.S.', 'American', 'Washington'],
  ['China', 'China', 'Chinese', 'Beijing'],
  ['Canada', 'Canada', 'Canadian', 'Ottawa'],
  ['Mexico', 'Mexico', 'Mexican', 'Mexico City'],
  ['Japan', 'Japan', 'Japanese', 'Tokyo'],
  ['South Korea', 'South Korea', 'South Korean', 'Seoul'],
  ['India', 'India', 'Indian', 'New Delhi'],
  ['Brazil', 'Brazil', 'Brazilian', 'Brasilia'],
];
const GOODS = ['steel', 'aluminum', 'solar panels', 'electric vehicles', 'soybeans', 'semiconductors', 'lumber', 'wine', 'auto parts', 'washing machines', 'pork', 'tires'];
const FIRST = ['Maria', 'James', 'Aiko', 'Rahul', 'Elena', 'David', 'Sofia', 'Daniel', 'Grace', 'Omar', 'Lena', 'Victor'];
const LAST = ['Alvarez', 'Brennan', 'Tanaka', 'Mehta', 'Kowalski', 'Osei', 'Lindqvist', 'Moreau', 'Castillo', 'Hartley', 'Nakamura', 'Ferreira'];
const TITLES = ['Trade Minister', 'Commerce Secretary', 'Finance Minister', 'chief economist', 'trade representative', 'senior analyst'];
const ROLES = ['chief economist', 'senior fellow', 'trade analyst', 'vice president', 'research director'];
const ORGS = ['World Trade Organization', 'Commerce Department', 'Peterson Institute for International Economics', 'International Monetary Fund', 'National Retail Federation', 'Ministry of Commerce', 'United Steelworkers'];
const VERBS = ['raised', 'cut', 'imposed', 'lifted', 'paused', 'doubled'];
const LINES = [
  'We will not accept unfair competition that hurts our workers',
  'These measures are temporary and targeted',
  'Consumers will end up paying more at the checkout',
  'The talks were constructive, but there is a long way to go',
  'Our exporters need certainty, not threats',
  'This is a fair deal for farmers on both sides',
];

/** An article of about `words` words, in paragraphs of one to three sentences. */
export function generateArticle(words: number, seed = 1): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const num = (lo: number, hi: number, dp = 0) => (lo + r() * (hi - lo)).toFixed(dp);
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const sentences: Array<() => string> = [
    () => {
      const [a, b] = [pick(COUNTRIES), pick(COUNTRIES)];
      return `${a[0] === 'United States' ? 'The United States' : a[0]} ${pick(VERBS)} tariffs on ${b[2]} ${pick(GOODS)} to ${num(5, 60)}% from ${num(5, 30)}%, ${pick(TITLES)} ${person()} said on ${pick(['Monday', 'Tuesday', 'Thursday'])}.`;
    },
    () => `${pick(COUNTRIES)[2]} imports of ${pick(GOODS)} rose ${num(1, 20, 1)} percent to $${num(1, 400, 1)} billion last year, according to the ${pick(ORGS)}.`,
    () => `“${pick(LINES)},” said ${person()}, a ${pick(ROLES)} at the ${pick(ORGS)}.`,
    () => `“${pick(LINES)},” ${pick(['she', 'he'])} said.`,
    () => `${pick(COUNTRIES)[3]} said it would answer with retaliatory duties of ${num(10, 35)}% on ${num(2, 90, 1)} billion yuan of ${pick(GOODS)}.`,
    () => `The measure covers about ${num(1, 900)},000 tons of ${pick(GOODS)} and could cost ${num(2, 50)},000 jobs, the ${pick(ORGS)} estimated.`,
    () => `Mr. ${pick(LAST)} told reporters the ${pick(COUNTRIES)[2]} side had offered to cut its levy by ${num(1, 9)} percentage points.`,
    () => `Shares of exporters fell ${num(1, 9, 2)}% in ${pick(COUNTRIES)[3]} trading as investors weighed the risk of a wider dispute.`,
  ];
  const paras: string[] = [];
  let count = 0;
  while (count < words) {
    const n = 1 + Math.floor(r() * 3);
    const para = Array.from({ length: n }, () => pick(sentences)()).join(' ');
    count += para.split(/\s+/).length;
    paras.push(para);
  }
  return paras.join('\n\n') + '\n';
}
