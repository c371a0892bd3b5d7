import assert from 'node:assert/strict';
import { filterGroups, foldForSearch, groupQuotes } from '../../src/core/quoteGroups';
import { attributionLine, withArticle } from '../../src/core/attributionLine';
import type { Analysis, Person, Quote } from '../../src/core/types';
import { analyze } from '../../src/core/analyze';

const person = (id: string, name: string, title = '', affiliation = ''): Person => ({ id, because: [], name, title, affiliation, mentions: [] });
let n = 0;
const quote = (text: string, speaker: Person | null): Quote => {
  n++;
  return { id: `q${n}`, because: [], start: n * 100, end: n * 100 + text.length, text, speaker: speaker?.name ?? null, speakerId: speaker?.id ?? null, speakerKind: speaker ? 'person' : null };
};

const cutler = person('p1', 'Wendy Cutler', 'vice president', 'Asia Society Policy Institute');
const ortiz = person('p2', 'Rosa Ortiz', 'port director');
const article: Pick<Analysis, 'quotes' | 'people' | 'organizations'> = {
  people: [cutler, ortiz],
  organizations: [{ id: 'o1', because: [], name: 'Canadian Steel Producers Association', aliases: [], mentions: [] }],
  quotes: [
    quote('This is a negotiating tactic', cutler),
    quote('Nobody at the dock has seen the paperwork yet', null),
    quote('We move 40,000 containers a week through this gate', ortiz),
    quote('Deals like this take years, not weeks.', cutler),
    { ...quote('Our members will be hurt first', null), speaker: 'Canadian Steel Producers Association', speakerId: 'o1' },
  ],
};

describe('quoteGroups', () => {
  describe('groupQuotes', () => {
    const groups = groupQuotes(article);

    it('groups: one group per speaker in order of first quote, unattributed last', () => {
      assert.deepEqual(
        groups.map((g) => [g.key, g.speaker, g.quotes.length]),
        [['p1', 'Wendy Cutler', 2], ['p2', 'Rosa Ortiz', 1], ['o1', 'Canadian Steel Producers Association', 1], ['', null, 1]],
      );
    });

    it('groups: a person speaker carries title and affiliation', () => {
      assert.equal(groups[0].title, 'vice president');
      assert.equal(groups[0].affiliation, 'Asia Society Policy Institute');
      assert.equal(groups[1].affiliation, '');
    });

    it('groups: quotes stay in article order inside a group', () => {
      assert.deepEqual(groups[0].quotes.map((q) => q.text), ['This is a negotiating tactic', 'Deals like this take years, not weeks.']);
    });

    it('groups: an article without quotes gives no groups', () => {
      assert.deepEqual(groupQuotes({ quotes: [], people: [], organizations: [] }), []);
    });

    it('groups: a speaker name without a known id still gets its own group', () => {
      const q: Quote = { id: 'q9', because: [], start: 0, end: 3, text: 'Yes', speaker: 'Li Wei', speakerId: null, speakerKind: 'person' };
      assert.deepEqual(groupQuotes({ quotes: [q], people: [], organizations: [] }).map((g) => [g.key, g.speaker]), [['name:Li Wei', 'Li Wei']]);
    });
  });

  describe('filterGroups', () => {
    const groups = groupQuotes(article);
    const table: Array<[string, Array<[string | null, number]>]> = [
      ['', [['Wendy Cutler', 2], ['Rosa Ortiz', 1], ['Canadian Steel Producers Association', 1], [null, 1]]],
      ['cutler', [['Wendy Cutler', 2]]],
      ['  WENDY   cutler ', [['Wendy Cutler', 2]]],
      ['asia society', [['Wendy Cutler', 2]]],
      ['port director', [['Rosa Ortiz', 1]]],
      ['containers', [['Rosa Ortiz', 1]]],
      ['cutler years', [['Wendy Cutler', 1]]],
      ['unattributed', [[null, 1]]],
      ['paperwork', [[null, 1]]],
      ['steel members', [['Canadian Steel Producers Association', 1]]],
      ['soybeans', []],
    ];
    for (const [query, expected] of table) {
      it(`filter: "${query}" keeps ${expected.length} group(s)`, () => {
        assert.deepEqual(filterGroups(groups, query).map((g) => [g.speaker, g.quotes.length]), expected, `filter "${query}"`);
      });
    }

    it('filter: accents do not matter', () => {
      assert.equal(foldForSearch('São Paulo Ministério'), 'sao paulo ministerio');
      const g = groupQuotes({ people: [person('p1', 'José Núñez')], organizations: [], quotes: [quote('Sí', person('p1', 'José Núñez'))] });
      assert.equal(filterGroups(g, 'jose nunez').length, 1);
    });

    it('filter: does not change the groups it was given', () => {
      filterGroups(groups, 'years');
      assert.equal(groups[0].quotes.length, 2);
    });
  });

  describe('attributionLine', () => {
    const none = { speaker: null, title: '', affiliation: '' };
    const table: Array<[string, string, { speaker: string | null; title: string; affiliation: string }, string]> = [
      ['title at institution', 'This is a negotiating tactic', { speaker: 'Mara Lindqvist', title: 'senior fellow', affiliation: 'Baltic Trade Policy Forum' },
        '“This is a negotiating tactic,” said Mara Lindqvist, senior fellow at the Baltic Trade Policy Forum.'],
      ['closing full stop becomes a comma', 'Deals take years.', { speaker: 'Wendy Cutler', title: '', affiliation: '' }, '“Deals take years,” said Wendy Cutler.'],
      ['question mark kept', 'Who pays the tariff?', { speaker: 'Rosa Ortiz', title: 'port director', affiliation: '' }, '“Who pays the tariff?” said Rosa Ortiz, port director.'],
      ['affiliation only', 'We will file a complaint', { speaker: 'Omar Haddad', title: '', affiliation: 'Ford' }, '“We will file a complaint,” said Omar Haddad of Ford.'],
      ['affiliation already with "the"', 'No comment', { speaker: 'Ann Lee', title: 'spokeswoman', affiliation: 'the White House' }, '“No comment,” said Ann Lee, spokeswoman at the White House.'],
      ['acronym takes no "the"', 'Rules are rules', { speaker: 'Ann Lee', title: 'counsel', affiliation: 'WTO' }, '“Rules are rules,” said Ann Lee, counsel at WTO.'],
      ['inner quotes become single', 'They called it “fair” trade', { speaker: 'Ann Lee', title: '', affiliation: '' }, '“They called it ‘fair’ trade,” said Ann Lee.'],
      ['line breaks folded', 'Line one\n  line two', { speaker: 'Ann Lee', title: '', affiliation: '' }, '“Line one line two,” said Ann Lee.'],
      ['an organization speaking takes "the"', 'deeply regrettable', { speaker: 'Ministry of Trade, Industry and Energy', title: '', affiliation: '' },
        '“deeply regrettable,” said the Ministry of Trade, Industry and Energy.'],
      ['a person\'s name takes no article', 'We will respond', { speaker: 'Lena Marsh', title: '', affiliation: '' }, '“We will respond,” said Lena Marsh.'],
      ['no speaker: quotation only', 'Nobody has seen the paperwork.', none, '“Nobody has seen the paperwork.”'],
    ];
    for (const [area, text, speaker, expected] of table) {
      it(`attribution: ${area}`, () => assert.equal(attributionLine(text, speaker), expected, `attribution: ${area}`));
    }

    // Issue 16: the copy names the speaker as the article does, title and affiliation both.
    const said = 'We will answer in kind';
    type S = Parameters<typeof attributionLine>[1];
    const p = (speaker: string, title: string, affiliation: string): S => ({ speaker, title, affiliation, kind: 'person' });
    const titled: Array<[string, S, string]> = [
      ['a country before the title, as wire copy puts it', p('Ana Ruiz', 'Economy Minister', 'Mexico'), 'said Ana Ruiz, Mexico\'s Economy Minister.'],
      ['a prime minister keeps the title with the country', p('Elise Marchand', 'Prime Minister', 'Canada'), 'said Elise Marchand, Canada\'s Prime Minister.'],
      ['a demonym in the title: the country is not said twice', p('Elise Marchand', 'Canadian Prime Minister', 'Canada'), 'said Elise Marchand, Canadian Prime Minister.'],
      ['"of Canada" in the title: the country is not said twice', p('Elise Marchand', 'Prime Minister of Canada', 'Canada'), 'said Elise Marchand, Prime Minister of Canada.'],
      ['"U.S." in the title: the country is not said twice', p('Dana Whitcombe', 'U.S. Trade Representative', 'United States'), 'said Dana Whitcombe, U.S. Trade Representative.'],
      ['the United States by its short form', p('Dana Whitcombe', 'trade representative', 'United States'), 'said Dana Whitcombe, U.S. trade representative.'],
      ['a country written with "the"', p('Joost Verhagen', 'trade minister', 'Netherlands'), 'said Joost Verhagen, the Netherlands\' trade minister.'],
      ['"us" in a title is not the U.S.', p('Lio Brandt', 'head of customs for us', 'Germany'), 'said Lio Brandt, Germany\'s head of customs for us.'],
      ['title at an organization', p('Mira Quent', 'chief economist', 'Halden Port Authority'), 'said Mira Quent, chief economist at Halden Port Authority.'],
      ['title at an institution takes "the"', p('Mira Quent', 'spokeswoman', 'European Commission'), 'said Mira Quent, spokeswoman at the European Commission.'],
      ['a title naming its organization stands alone', p('Tove Lind', 'chair of the Fjord Shippers Council', 'Fjord Shippers Council'), 'said Tove Lind, chair of the Fjord Shippers Council.'],
      ['a title and no affiliation', p('Rosa Ortiz', 'port director', ''), 'said Rosa Ortiz, port director.'],
      ['a country and no title', p('Ana Ruiz', '', 'Mexico'), 'said Ana Ruiz of Mexico.'],
      ['an organization and no title', p('Omar Haddad', '', 'Steelworkers Union'), 'said Omar Haddad of the Steelworkers Union.'],
      ['neither title nor affiliation', p('Lena Marsh', '', ''), 'said Lena Marsh.'],
      ['an organization speaking', { speaker: 'Steelworkers Union', title: '', affiliation: '', kind: 'organization' }, 'said the Steelworkers Union.'],
      ['a government speaking by its country', { speaker: 'Canada', title: '', affiliation: '', kind: 'government' }, 'said Canada.'],
      ['a government speaking by its capital', { speaker: 'Ottawa', title: '', affiliation: '', kind: 'government' }, 'said Ottawa.'],
      ['a government office takes "the"', { speaker: 'Commerce Ministry', title: '', affiliation: '', kind: 'government' }, 'said the Commerce Ministry.'],
      ['a government seat takes "the"', { speaker: 'Kremlin', title: '', affiliation: '', kind: 'government' }, 'said the Kremlin.'],
      ['a described speaker as described, no "the"', { speaker: 'a ministry spokesperson', title: '', affiliation: '', kind: 'described' }, 'said a ministry spokesperson.'],
      ['a described speaker from the start of a sentence', { speaker: 'A senior customs official', title: '', affiliation: '', kind: 'described' }, 'said a senior customs official.'],
    ];
    for (const [area, speaker, expected] of titled) {
      it(`attribution: ${area}`, () => assert.equal(attributionLine(said, speaker), `“${said},” ${expected}`, `attribution: ${area}`));
    }

    it('attribution: from the analysis of an article, titles and affiliations as the article gives them', () => {
      const text = [
        'OSLO — Canadian Prime Minister Elise Marchand spoke after the talks. “We will answer this in kind,” Marchand told reporters.',
        '“Our door stays open,” said Ana Ruiz, Mexico\'s Economy Minister.',
        '“We are studying the measure,” a ministry spokesperson said.',
        '“We are reviewing our options,” the Steelworkers Union said.',
      ].join('\n\n');
      const a = analyze(text);
      const lines = groupQuotes(a).flatMap((g) => g.quotes.map((q) => attributionLine(q.text, g)));
      assert.deepEqual(lines, [
        '“We will answer this in kind,” said Elise Marchand, Canada\'s Prime Minister.',
        '“Our door stays open,” said Ana Ruiz, Mexico\'s Economy Minister.',
        '“We are studying the measure,” said a ministry spokesperson.',
        '“We are reviewing our options,” said the Steelworkers Union.',
      ]);
    });

    it('attribution: "the" only before institutions', () => {
      assert.deepEqual(['Treasury Department', 'China', 'Toyota', 'The Brookings Institution'].map(withArticle), [
        'the Treasury Department',
        'China',
        'Toyota',
        'The Brookings Institution',
      ]);
    });
  });
});
