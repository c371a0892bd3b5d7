import { tokenize } from '../../src/core/lexicon/tokens';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { getNlp } from '../../src/core/nlp';
import { findPeople } from '../../src/core/people';
import { linkPeople } from '../../src/core/linkPeople';
import { analyze } from '../../src/core/analyze';
import type { ParagraphContext, PersonMention } from '../../src/core/mentions';

const ctxOf = (text: string): ParagraphContext => ({ text, doc: getNlp()(text), sentences: [{ start: 0, end: text.length, text }], tokens: tokenize(text) });
/** The people a paragraph names for sure (weak lone words left out), offsets checked. */
function strongPeople(text: string): PersonMention[] {
  const found = findPeople(ctxOf(text));
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text, `offsets of ${m.text}`);
  return found.filter((m) => !m.weak);
}

type Wanted = { name: string; title?: string; affiliation?: string; honorific?: string };
/** One test per row: the named person is found, with the title, affiliation and honorific asked for. */
function itFindsEach(table: Array<[string, string, Wanted]>): void {
  for (const [rule, text, want] of table) {
    it(`people: ${rule} — ${text}`, () => {
      const m = strongPeople(text).find((x) => x.text === want.name);
      assert.ok(m, `found ${want.name} in ${JSON.stringify(strongPeople(text).map((x) => x.text))}`);
      if (want.title !== undefined) assert.equal(m.title, want.title);
      if (want.affiliation !== undefined) assert.equal(m.affiliation, want.affiliation);
      if (want.honorific !== undefined) assert.equal(m.honorific, want.honorific);
    });
  }
}

describe('people: names found by rule', () => {
  const table: Array<[string, string, Wanted]> = [
    ['title before the name', 'Treasury Secretary Scott Bessent said talks would resume.', { name: 'Scott Bessent', title: 'Treasury Secretary', affiliation: 'United States' }],
    ['country + title', 'Chinese President Xi Jinping met the delegation.', { name: 'Xi Jinping', title: 'President', affiliation: 'China' }],
    ['organization + title', 'Chinese Embassy spokesman Liu Pengyu told reporters the tariffs were unfair.', { name: 'Liu Pengyu', title: 'spokesman', affiliation: 'Chinese Embassy' }],
    ['company + lower-case title', 'Rolex CEO Jean-Frederic Dufour declined to comment.', { name: 'Jean-Frederic Dufour', title: 'CEO', affiliation: 'Rolex' }],
    ['Chinese surname that is also a word', 'Vice Premier He Lifeng is leading the talks.', { name: 'He Lifeng', title: 'Vice Premier' }],
    ['honorific, possessive dropped', 'The talks stalled over Mr. Trump’s tariffs.', { name: 'Trump', honorific: 'Mr.' }],
    ['portfolio list in a title', 'Economy, Trade and Industry Minister Kenji Arakawa briefed the press.', { name: 'Kenji Arakawa', title: 'Economy, Trade and Industry Minister' }],
    ['apposition with role and organization', '“The gap is wide,” said Ilse Marrow, a vice president with the Norland Policy Institute.', { name: 'Ilse Marrow', title: 'vice president', affiliation: 'Norland Policy Institute' }],
    ['role set off before the name', 'The Japanese minister of international trade, Ryutaro Hashimoto, objected.', { name: 'Ryutaro Hashimoto', title: 'minister of international trade', affiliation: 'Japan' }],
    ['who chairs … at', 'Amina Odhiambo, who chairs the textile sector at the Norland Association of Manufacturers, spoke to reporters.', { name: 'Amina Odhiambo', title: 'chair of the textile sector', affiliation: 'Norland Association of Manufacturers' }],
    ['name before a speech verb', 'Chrystia Freeland said the duties were unfair.', { name: 'Chrystia Freeland' }],
    ['byline with Jr.', 'By Tom Howell Jr.', { name: 'Tom Howell Jr.' }],
    ['leader named in "X administration"', 'Duties rose under the Clinton Administration.', { name: 'Clinton', affiliation: 'United States' }],
    // Credit lines at the foot of a wire story name reporters, each a person.
    ['first name in a credit line', '— With assistance from Mariko Sato and Lars Holm', { name: 'Mariko Sato' }],
    ['second name in a credit line', 'Additional reporting by Mariko Sato; Editing by Lars Holm', { name: 'Lars Holm' }],
  ];
  itFindsEach(table);
});

describe('people: what is not a person', () => {
  const table: Array<[string, string]> = [
    ['a title alone', 'The President did not comment, and the minister left early.'],
    ['a country used as a place', 'China retaliated against U.S. goods while Beijing waited.'],
    ['an organization before a speech verb', 'The White House said the World Trade Organization would rule.'],
    ['a company with a company word', 'The duties hit Trina Solar and Suntech Power.'],
    ['scare-quoted term', 'It was called “Liberation Day” by the administration.'],
    ['an event after a title word', 'She spoke during a CEO Roundtable at the fair.'],
    ['a "-based" company before a speech verb', 'Georgia-based Pine Ridge Lumber said it would cut output.'],
    ['a capitalized pair in a sentence that is no credit line', 'With Harbor Freight closed, buyers went elsewhere.'],
  ];
  for (const [rule, text] of table) {
    it(`people: not a person — ${rule}`, () => assert.deepEqual(strongPeople(text).map((m) => m.text), []));
  }
  it('people: a bare "He" opening a sentence is a pronoun, not Mr. He', () => {
    const text = 'He is viewed as a tough negotiator.';
    assert.deepEqual(findPeople(ctxOf(text)).map((m) => m.text), []);
  });
  it('people: a city of two or three name words is a place, not a person', () => {
    const text = 'Julia Ferreira, an economist at the Getulio Institute in Sao Paulo, said the deal was modest. Ho Chi Minh City exporters agreed.';
    assert.deepEqual(analyze(text).people.map((p) => p.name), ['Julia Ferreira']);
  });
  it('people: odd text never throws', () => {
    for (const text of ['', '😀 Mr. 😀', '9'.repeat(400), '"'.repeat(3000), 'Mr. Liu\r\nsaid\r\n', 'A'.repeat(5000), 'Aa'.repeat(3000) + '1']) {
      assert.ok(Array.isArray(findPeople(ctxOf(text))));
    }
  });
});

describe('people: linking mentions across a document', () => {
  const m = (text: string, start: number, extra: Partial<PersonMention> = {}): PersonMention => ({ start, end: start + text.length, text, title: '', affiliation: '', honorific: '', ...extra });
  it('people: "Mr. Liu" joins "Liu Pengyu"; the fullest form is the name', () => {
    const linked = linkPeople([m('Liu', 0, { honorific: 'Mr.' }), m('Liu Pengyu', 50, { title: 'spokesman', affiliation: 'Chinese Embassy' }), m('Liu', 90, { weak: true })]);
    assert.equal(linked.length, 1);
    assert.equal(linked[0].person.name, 'Liu Pengyu');
    assert.equal(linked[0].person.title, 'spokesman');
    assert.equal(linked[0].person.mentions.length, 3);
  });
  it('people: a surname goes to the nearest earlier bearer', () => {
    const linked = linkPeople([m('Donald Trump', 0), m('Melania Trump', 40), m('Trump', 80)]);
    const melania = linked.find((l) => l.person.name === 'Melania Trump');
    assert.equal(melania?.mentions.length, 2);
  });
  it('people: a double surname after the full name is the same person ("Ortiz Bravo" → "Lucía Ortiz Bravo")', () => {
    const linked = linkPeople([m('Lucía Ortiz Bravo', 0, { title: 'Economy Minister' }), m('Ortiz Bravo', 60), m('Ortiz Bravo', 120)]);
    assert.deepEqual(linked.map((l) => [l.person.name, l.mentions.length]), [['Lucía Ortiz Bravo', 3]]);
  });
  it('people: two names that share only a last word stay two people', () => {
    const linked = linkPeople([m('Lucía Ortiz Bravo', 0), m('Mateo Bravo', 60)]);
    assert.deepEqual(linked.map((l) => l.person.name), ['Lucía Ortiz Bravo', 'Mateo Bravo']);
  });
  it('people: a weak lone word naming nobody is dropped; "He" is never a short form', () => {
    const linked = linkPeople([m('He Lifeng', 0), m('Freeland', 30, { weak: true }), m('He', 60, { weak: true })]);
    assert.deepEqual(linked.map((l) => [l.person.name, l.mentions.length]), [['He Lifeng', 1]]);
  });
});

describe('people: an original article end to end', () => {
  const text = fs.readFileSync(path.join(__dirname, '../fixtures/people-steel-talks.txt'), 'utf8');
  const people = analyze(text).people;
  const byName = (n: string) => people.find((p) => p.name === n);
  it('people: every mention indexes the text', () => {
    for (const p of people) for (const s of p.mentions) assert.equal(text.slice(s.start, s.end), s.text);
  });
  it('people: byline authors, officials and experts, nothing else', () => {
    assert.deepEqual(people.map((p) => p.name).sort(), ['Biden', 'Catherine Boucher', 'Daniel Kessler', 'He Wenjun', 'Kenji Watanabe', 'Maria Delgado', 'Rafael Ortega', 'Thomas Riley']);
  });
  it('people: titles and affiliations as stated', () => {
    assert.deepEqual([byName('Rafael Ortega')?.title, byName('Rafael Ortega')?.affiliation], ['Economy Minister', 'Mexico']);
    assert.deepEqual([byName('Daniel Kessler')?.title, byName('Daniel Kessler')?.affiliation], ['senior fellow', 'Peterson Institute for International Economics']);
    assert.deepEqual([byName('He Wenjun')?.title, byName('He Wenjun')?.affiliation], ['spokeswoman', 'Commerce Ministry']);
  });
  it('people: mentions merged ("Mr. Ortega", "Kessler said", "Ms. He")', () => {
    assert.deepEqual(byName('Rafael Ortega')?.mentions.map((s) => s.text), ['Rafael Ortega', 'Ortega']);
    assert.deepEqual(byName('Daniel Kessler')?.mentions.map((s) => s.text), ['Daniel Kessler', 'Kessler']);
    assert.deepEqual(byName('He Wenjun')?.mentions.map((s) => s.text), ['He Wenjun', 'He']);
  });
});

describe('people: family-name-first names from East Asia', () => {
  it('people: "Ms. Park" and "Park" join "Park Ji-won"', () => {
    const text = 'Park Ji-won, the trade minister, met exporters on Monday. Ms. Park said talks went well.\n\nPark added that more was needed.';
    const people = analyze(text).people;
    assert.deepEqual(people.map((p) => [p.name, p.mentions.length]), [['Park Ji-won', 3]]);
    for (const s of people[0].mentions) assert.equal(text.slice(s.start, s.end), s.text);
  });
  it('people: a Vietnamese family name alone joins the full name', () => {
    const people = analyze('Nguyen Van Thanh said the quota was too low.\n\nNguyen said Hanoi would respond.').people;
    assert.deepEqual(people.map((p) => [p.name, p.mentions.length]), [['Nguyen Van Thanh', 2]]);
  });
  it('people: "Chen said" joins "Chen Yuting"', () => {
    const people = analyze('“Costs are up,” said Chen Yuting, a trader in Ningbo.\n\nChen said orders had slowed.').people;
    assert.deepEqual(people.map((p) => [p.name, p.mentions.length]), [['Chen Yuting', 2]]);
  });
  it('people: a Western "Lee" before an unhyphenated name keeps its surname', () => {
    const people = analyze('Lee Hartman said the rule was unclear.\n\nHartman said he would appeal.').people;
    assert.deepEqual(people.map((p) => [p.name, p.mentions.length]), [['Lee Hartman', 2]]);
  });
  it('people: a waterway is not a person', () => {
    assert.deepEqual(analyze('Container ships waited in the Blair Waterway, officials said.').people, []);
  });
});

describe('people: names the held-out styles write (particles, long titles, British honorifics, apposition)', () => {
  const table: Array<[string, string, Wanted]> = [
    ['portfolio list after "Minister of"', 'Minister of Economy, Trade and Industry Kenji Arakawa met the delegation on Friday.', { name: 'Kenji Arakawa', title: 'Minister of Economy, Trade and Industry' }],
    ['portfolio list after "Commissioner for"', 'The European Commissioner for Trade and Economic Security Ana Petrova arrived late.', { name: 'Ana Petrova', title: 'Commissioner for Trade and Economic Security', affiliation: 'European Union' }],
    ['portfolio list set off by commas', 'Japan’s Minister of Agriculture, Forestry and Fisheries, Emi Kato, said rice imports would not rise.', { name: 'Emi Kato' }],
    ['British honorific without a full stop', 'Ms Ito left the talks early.', { name: 'Ito', honorific: 'Ms.' }],
    ['"Dr" without a full stop', 'Dr Okafor declined to comment on the levy.', { name: 'Okafor', honorific: 'Dr.' }],
    ['"Mr" before an accented surname', 'Mr Vondrášek disagreed with the plan.', { name: 'Vondrášek', honorific: 'Mr.' }],
    ['two particles in a row', 'Ursula von der Leyen, the commission president, said the bloc was ready.', { name: 'Ursula von der Leyen' }],
    ['Afrikaans particles and a trade as role', 'Pieter van der Merwe, a Cape Town fruit exporter, fears the worst.', { name: 'Pieter van der Merwe' }],
    ['Spanish "de la"', 'Gov. Ramón de la Fuente signed the order on Tuesday.', { name: 'Ramón de la Fuente' }],
    ['Arabic "bin" and "Al-"', 'Sheikh Hamad bin Khalifa Al-Thani hosted the ministers in Doha.', { name: 'Hamad bin Khalifa Al-Thani' }],
    ['hyphenated title head', 'WTO Director-General Ngozi Okonjo-Iweala urged restraint.', { name: 'Ngozi Okonjo-Iweala', title: 'Director-General' }],
    ['company possessive before a set-off role', 'Hanul Petrochem’s chief executive, Yoon Seo-jin, has promised to keep the plant open.', { name: 'Yoon Seo-jin', title: 'chief executive', affiliation: 'Hanul Petrochem' }],
    ['group possessive before a set-off role', 'The growers’ group president, Maria Cortez, has warned members for months.', { name: 'Maria Cortez' }],
    ['relative "who" after a name', 'Tshepo Mabuza, who runs a citrus packhouse near Nelspruit, expects orders to fall.', { name: 'Tshepo Mabuza' }],
    ['sentence subject with "has argued"', 'Okwudili Nnamdi has argued that the levy breaks regional rules.', { name: 'Okwudili Nnamdi' }],
    ['sentence subject with "has long warned"', 'Ingrid Solberg has repeatedly warned that salmon exports would suffer.', { name: 'Ingrid Solberg' }],
    ['lower-case Arabic article in a name', 'Senator Aisha al-Mansouri voted against the measure.', { name: 'Aisha al-Mansouri', title: 'Senator' }],
    ['an age set off after a name', 'Jorge Villalobos, 54, grows avocados in the hills.', { name: 'Jorge Villalobos' }],
  ];
  itFindsEach(table);
  const negatives: Array<[string, string]> = [
    ['a ministry named by its portfolios', 'The Ministry of Economy, Trade and Industry issued new guidance.'],
    ['a portfolio title before one word only', 'Minister of Trade and Industry Officials met on Monday.'],
    ['a company followed by "which"', 'Kelana Aluminium, which makes cans, cut output.'],
    ['a company that "has warned"', 'The Chamber of Commerce has warned of layoffs.'],
    ['a number that is not an age', 'Shipments rose in March, 2025, and fell later.'],
    ['a lower-case "al-" word alone', 'Officials met in al-Ahsa on Monday.'],
    ['a role list without an article', 'Exports to Cape Town, Durban and Nairobi rose.'],
  ];
  for (const [rule, text] of negatives) {
    it(`people: not a person — ${rule}`, () => assert.deepEqual(strongPeople(text).map((m) => m.text), []));
  }
  it('people: the short form joins the particle name in a document ("von der Leyen" once, the full name once)', () => {
    const text = 'Ursula von der Leyen, the commission president, said the bloc was ready.\n\nMs von der Leyen added that talks would go on.';
    const people = analyze(text).people;
    const p = people.find((x) => x.name === 'Ursula von der Leyen');
    assert.ok(p, JSON.stringify(people.map((x) => x.name)));
    for (const s of p.mentions) assert.equal(text.slice(s.start, s.end), s.text);
  });
});

describe('people: titles and affiliations as trade reporting writes them (issue 12)', () => {
  const byName = (text: string, name: string) => analyze(text).people.find((p) => p.name === name);
  const rows: Array<[string, string, string, string, string]> = [
    ['apposition with a country possessive', 'Rosa Vidal, Chile’s finance minister, said the talks would resume.', 'Rosa Vidal', 'finance minister', 'Chile'],
    ['possessive title set off', 'Chile’s Finance Minister, Rosa Vidal, said the talks would resume.', 'Rosa Vidal', 'Finance Minister', 'Chile'],
    ['possessive title touching the name', 'Chile’s Finance Minister Rosa Vidal said the talks would resume.', 'Rosa Vidal', 'Finance Minister', 'Chile'],
    ['demonym before the title', 'The pact was signed by Australian Trade Minister Dan Tehan.', 'Dan Tehan', 'Trade Minister', 'Australia'],
    ['"of" a body', '“Margins are thin,” said Ana Ruiz of Banco Norte.', 'Ana Ruiz', '', 'Banco Norte'],
    ['long role at a body', 'Imports will slow, said Jonathan Gold, vice president for supply chain and customs policy at the National Retail Federation.', 'Jonathan Gold', 'vice president for supply chain and customs policy', 'National Retail Federation'],
    ['spokesperson for a body', 'The spokeswoman for the ministry, Li Wen, said talks would go on.', 'Li Wen', 'spokeswoman for the ministry', ''],
    ['title of a body run into the name', 'The letter was signed by president of the American Soybean Association Caleb Ragland on Monday.', 'Caleb Ragland', 'president', 'American Soybean Association'],
    ['byline with an outlet', 'By Shuriah Niazi | Anadolu Agency\n\nIndia and Australia signed a trade pact.', 'Shuriah Niazi', '', 'Anadolu Agency'],
    ['"its" points to the country before', 'Vietnam attended as an observer. Its Deputy Minister of Industry and Trade, Nguyen Thi Lan, said Hanoi hoped to join.', 'Nguyen Thi Lan', 'Deputy Minister of Industry and Trade', 'Vietnam'],
    ['a shared U.S. title in another country’s story', 'Commerce Secretary Anjali Deshmukh told reporters in New Delhi that India was studying the talks.', 'Anjali Deshmukh', 'Commerce Secretary', 'India'],
  ];
  for (const [rule, text, name, title, affiliation] of rows) {
    it(`people: ${rule}`, () => {
      const p = byName(text, name);
      assert.ok(p, `found ${name}`);
      assert.deepEqual([p.title, p.affiliation], [title, affiliation]);
      assert.ok(p.because.length > 0, 'a person carries its reasons');
    });
  }
  const none: Array<[string, string, string]> = [
    ['a party label alone', 'Canada’s Progressive Conservative government agreed to the duty.', 'Conservative'],
    ['a capitalized verb after a title in a headline', 'Norland Steel Mill Owner Doubts Fresh Levy Plan', 'Doubts'],
    ['a fashion house named after a founder', 'Petra Lindqvist, president of Louis Brevard North America, expects shipments to climb. Brevard’s bags were on the list.', 'Louis Brevard'],
    ['two surnames joined for a ticket', 'The Lula-Alckmin ticket won the vote.', 'Lula-Alckmin'],
  ];
  for (const [rule, text, name] of none) {
    it(`people: not a person — ${rule}`, () => assert.ok(!analyze(text).people.some((p) => p.name === name || p.mentions.some((m) => m.text === name))));
  }
  it('people: a party label before a name is left out of it', () => {
    assert.deepEqual(analyze('Republican Tom Hale said the tariffs would hurt farmers.').people.map((p) => p.name), ['Tom Hale']);
  });
  it('people: the fullest title stated at any mention is the person’s, with the reasons of the mentions that decided it', () => {
    const p = byName('Dan Tehan said the deal was done.\n\nAustralian Trade Minister Dan Tehan signed it on Saturday.', 'Dan Tehan');
    assert.ok(p);
    assert.deepEqual([p.title, p.affiliation], ['Trade Minister', 'Australia']);
    assert.deepEqual(p.because.slice(0, 3), ['person.is.speech-verb', 'person.name.title-before', 'person.title.before']);
    assert.ok(p.because.includes('person.affiliation.demonym'));
  });
});
