import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { getNlp } from '../../src/core/nlp';
import { findOrganizations } from '../../src/core/organizations';
import { linkOrganizations } from '../../src/core/linkPeople';
import { analyze } from '../../src/core/analyze';
import type { OrganizationMention, ParagraphContext } from '../../src/core/mentions';

const ctxOf = (text: string): ParagraphContext => ({ text, doc: getNlp()(text), sentences: [{ start: 0, end: text.length, text }] });
function strongOrgs(text: string): string[] {
  const found = findOrganizations(ctxOf(text));
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text, `offsets of ${m.text}`);
  return found.filter((m) => !m.weak).map((m) => m.text);
}

describe('organizations: found by rule', () => {
  const table: Array<[string, string, string[]]> = [
    ['lexicon body and its acronym', 'Japan will file a complaint with the World Trade Organization, and WTO judges will rule.', ['World Trade Organization', 'WTO']],
    ['head word closes a name', 'said Wayne Winegarden of the Pacific Research Institute.', ['Pacific Research Institute']],
    ['head word opens an "of" name', 'in a speech to the Institute of International Finance.', ['Institute of International Finance']],
    ['a comma list inside an "of" name', 'head of Switzerland’s Department of Economic Affairs, Education and Research, said', ['Department of Economic Affairs, Education and Research']],
    ['demonym + embassy', 'The Chinese Embassy insisted the demand was real.', ['Chinese Embassy']],
    ['company suffix, one per list item', 'factories for companies such as Nike Inc, Gap Inc and Lululemon Athletica Inc.', ['Nike Inc', 'Gap Inc', 'Lululemon Athletica Inc.']],
    ['name after a cue noun', 'hit luxury goods giant LVMH and cosmetics maker Clarins hard', ['LVMH', 'Clarins']],
    ['apposition after a cue noun', 'A Kenyan factory, United Aryan, shed 1,000 jobs.', ['United Aryan']],
    ['list mates of a known company', 'The duties hit West Fraser (23.76 per cent), Resolute Forest Products (17.9 per cent) and Canfor (22.13 per cent).', ['West Fraser', 'Resolute Forest Products', 'Canfor']],
    ['slash-joined publishers are one', 'according to the Caixin/S&P Global manufacturing index.', ['Caixin/S&P Global']],
    ['the organization a person heads', 'Audemars Piguet CEO Ilaria Resta spoke at the panel.', ['Audemars Piguet']],
    ['the USTR office, not the person', 'The US Trade Representative\'s office said its probe was done.', ['US Trade Representative\'s office']],
    ['acronym in brackets', 'members of the Kenya Association of Manufacturers (KAM) met', ['Kenya Association of Manufacturers', 'KAM']],
    // "-based" tells where a company sits; the name after it is the company, without the place.
    ['the company after "-based"', 'Tariffs will hit Michigan-based Lakeshore Castings and Lyon-based Ferrand Textiles.', ['Lakeshore Castings', 'Ferrand Textiles']],
    ['a "-based" run with a head', 'said an economist at the Geneva-based Alpine Policy Institute.', ['Alpine Policy Institute']],
    ['"-based", then the kind of body, then the name', 'a researcher at the Madrid-based think-tank Iberia Commerce Monitor, said', ['Iberia Commerce Monitor']],
    // An ampersand between names makes a firm's name, even without a head word.
    ['an ampersand joins a firm\'s name', 'Its supplier, Birch & Lantern Outfitters, raised prices, said a lawyer at Crowe & Dalby LLP.', ['Birch & Lantern Outfitters', 'Crowe & Dalby LLP']],
    // A place does not open a company's name: "in Osaka and Hamada Steel Corp.".
    ['"and" after a place ends the run', 'Shares fell 3% in Osaka and Hamada Steel Corp. slid 1%.', ['Hamada Steel Corp.']],
    // Lexicon forms written with a possessive.
    ['a possessive inside a lexicon name', 'The People’s Bank of China (PBOC) held rates.', ['People’s Bank of China', 'PBOC']],
    ['an index publisher', 'The MSCI Emerging Markets Index slipped 0.4%.', ['MSCI']],
  ];
  for (const [rule, text, want] of table) {
    it(`organizations: ${rule}`, () => assert.deepEqual(strongOrgs(text), want));
  }
});

describe('organizations: what is not an organization', () => {
  const table: Array<[string, string]> = [
    ['countries and capitals as places', 'China and the U.S. met in Geneva while Washington and Beijing waited.'],
    ['"X administration"', 'The Trump administration views the sales as a problem, as did the Clinton Administration.'],
    ['a government', 'The Japanese government and the Government of Canada objected.'],
    ['a product', 'Mr. Trump wrote in a Truth Social post on Wednesday.'],
    ['a room', 'The executives met Trump in the Oval Office.'],
    ['a title', 'U.S. Trade Representative Katherine Tai said so.'],
    ['scare-quoted term', 'the so-called “Entity List” grew.'],
    ['a "-based" place before a common noun', 'Ohio-based manufacturers and Texas-based growers complained.'],
    ['an ampersand in a place name', 'Exports from Bosnia & Herzegovina rose.'],
  ];
  for (const [rule, text] of table) {
    it(`organizations: not an organization — ${rule}`, () => assert.deepEqual(strongOrgs(text), []));
  }
  it('organizations: "EU" as a modifier only is weak', () => {
    const found = findOrganizations(ctxOf('the growing protectionism of EU member states'));
    assert.deepEqual(found.map((m) => [m.text, !!m.weak]), [['EU', true]]);
  });
  it('organizations: odd text never throws', () => {
    for (const text of ['', '🚢 Inc.', '1'.repeat(400), '“'.repeat(3000), 'Department of\r\nCommerce\r\n', 'Of And Of And '.repeat(500)]) {
      assert.ok(Array.isArray(findOrganizations(ctxOf(text))));
    }
  });
});

describe('organizations: linking forms across a document', () => {
  const m = (text: string, start: number, extra: Partial<OrganizationMention> = {}): OrganizationMention => ({ start, end: start + text.length, text, name: text, ...extra });
  it('organizations: "Commerce Department" and "Department of Commerce" are one; fullest form is the name', () => {
    const orgs = linkOrganizations([m('U.S. Commerce Department', 0), m('U.S. Department of Commerce', 40), m('Department', 90, { weak: true })]);
    assert.equal(orgs.length, 1);
    assert.equal(orgs[0].name, 'U.S. Department of Commerce');
    assert.deepEqual(orgs[0].aliases, ['U.S. Commerce Department', 'Department']);
  });
  it('organizations: an acronym joins the name its initials spell', () => {
    const orgs = linkOrganizations([m('KAM', 60), m('Kenya Association of Manufacturers', 0)]);
    assert.deepEqual(orgs.map((o) => [o.name, o.aliases]), [['Kenya Association of Manufacturers', ['KAM']]]);
  });
  it('organizations: a weak short form with no full form is dropped', () => {
    const orgs = linkOrganizations([m('Resolute', 0, { weak: true }), m('Tolko Industries', 20), m('Tolko', 50, { weak: true })]);
    assert.deepEqual(orgs.map((o) => [o.name, o.mentions.length]), [['Tolko Industries', 2]]);
  });
});

describe('organizations: an original article end to end', () => {
  const text = fs.readFileSync(path.join(__dirname, '../fixtures/people-steel-talks.txt'), 'utf8');
  const orgs = analyze(text).organizations;
  it('organizations: every mention indexes the text', () => {
    for (const o of orgs) for (const s of o.mentions) assert.equal(text.slice(s.start, s.end), s.text);
  });
  it('organizations: bodies, associations and companies, merged with their acronyms', () => {
    assert.deepEqual(
      orgs.map((o) => [o.name, o.aliases, o.mentions.length]),
      [
        ['Ternium', [], 1],
        ['Canadian Steel Producers Association', ['CSPA'], 3],
        ['Peterson Institute for International Economics', [], 1],
        ['Commerce Ministry', [], 2],
        ['International Monetary Fund', ['IMF'], 3],
        ['World Bank', [], 1],
      ],
    );
  });
});
