import assert from 'node:assert/strict';
import { filterGroups, foldForSearch, groupQuotes } from '../../src/core/quoteGroups';
import { attributionLine, withArticle } from '../../src/core/attributionLine';
import type { Analysis, Person, Quote } from '../../src/core/types';

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
