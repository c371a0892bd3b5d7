import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { extractParagraph } from '../../src/core/extract';
import { analyze } from '../../src/core/analyze';
import { documentTariffs, inheritImposers } from '../../src/core/tariffs';
import { splitParagraphs } from '../../src/core/paragraphs';
import type { FigureMention } from '../../src/core/mentions';
import type { TariffMention } from '../../src/core/mentions';

const ratesIn = (text: string): TariffMention[] => extractParagraph(text).tariffs;

type Expect = Partial<Pick<TariffMention, 'rate' | 'imposer' | 'target' | 'previousRate' | 'change'>> & { text: string };

/** Every rate found, in order, with its offsets checked against the paragraph. */
function check(text: string, expected: Expect[]): void {
  const found = ratesIn(text);
  assert.deepEqual(found.map((t) => t.text), expected.map((e) => e.text), `rates in: ${text}`);
  found.forEach((t, i) => {
    assert.equal(text.slice(t.start, t.end), t.text);
    for (const [k, v] of Object.entries(expected[i])) assert.deepEqual(t[k as keyof TariffMention], v, `${k} of ${t.text} in: ${text}`);
  });
}

/** The article's rates as documentTariffs joins them, paragraph by paragraph as analyze does. */
function articleRates(text: string): TariffMention[] {
  const paragraphs = splitParagraphs(text);
  const figures: FigureMention[] = [];
  const tariffs: TariffMention[] = [];
  for (const p of paragraphs) {
    const f = extractParagraph(p.text);
    // Shifted as analyze() shifts them: offsets and sentence starts become the document's.
    const shift = <T extends { start: number; end: number; sentenceStart: number }>(x: T): T => ({ ...x, start: x.start + p.start, end: x.end + p.start, sentenceStart: x.sentenceStart + p.start });
    figures.push(...f.figures.map(shift));
    tariffs.push(...f.tariffs.map(shift));
  }
  const out = documentTariffs(text, paragraphs, figures, tariffs);
  for (const t of out) assert.equal(text.slice(t.start, t.end), t.text);
  return out;
}

describe('tariff rates', () => {
  describe('a tariff word governs the percent', () => {
    const cases: Array<[string, Expect[]]> = [
      ['Tariffs on Chinese imports rose to 30%.', [{ text: '30%', rate: 30, target: 'Chinese imports', change: 'raised' }]],
      ['Washington imposed a 25% tariff on steel.', [{ text: '25%', imposer: 'United States', target: 'steel', change: 'imposed' }]],
      ['Beijing retaliated with tariffs of 10% on U.S. goods.', [{ text: '10%', imposer: 'China', target: 'U.S. goods' }]],
      ['The Commerce Department set duties ranging from 3% to 9% on Vietnamese shrimp.', [{ text: '3%', imposer: 'United States' }, { text: '9%', imposer: 'United States', target: 'Vietnamese shrimp' }]],
      ['Ottawa raised the levy to 15% on Monday.', [{ text: '15%', imposer: 'Canada', change: 'raised' }]],
      ['Brussels applied a tariff rate of 10 percent to American whiskey.', [{ text: '10 percent', imposer: 'European Union' }]],
      ['The EU will impose 25% on U.S. motorcycles.', [{ text: '25%', imposer: 'European Union', target: 'U.S. motorcycles' }]],
      ['The Trump administration may slap penal duties of up to 90 percent on $3.1 billion in imports of Norland cheese.', [{ text: '90 percent', imposer: 'United States', target: 'imports of Norland cheese', change: 'threatened' }]],
      ['The Commerce Department imposed anti-dumping duties of 31.47% on Kestrel Photonics, 16.02% on Norland Solar and 24.73% on other Chinese firms.', [{ text: '31.47%' }, { text: '16.02%', imposer: 'United States' }, { text: '24.73%', imposer: 'United States', target: 'other Chinese firms' }]],
    ];
    for (const [text, expected] of cases) it(text, () => check(text, expected));
  });

  describe('lists, ranges and the words that stand for the tariff', () => {
    const cases: Array<[string, Expect[]]> = [
      // A bare "rate(s)" governs in a paragraph about duties; the second of a range follows the first.
      ['Ottawa set provisional duties on Polish windows. Smaller mills were given rates from 4.4% to 17.9%.', [{ text: '4.4%', imposer: 'Canada' }, { text: '17.9%', imposer: 'Canada' }]],
      ['Canberra imposed duties on Thai tuna. The steepest rate, 61.3%, falls on one canner.', [{ text: '61.3%', imposer: 'Australia' }]],
      // ", which range from …" still states the tariff's level.
      ['Exporters already pay Mexico’s steel tariffs, which range from 15% to 35% by product.', [{ text: '15%', imposer: 'Mexico' }, { text: '35%', imposer: 'Mexico' }]],
      // A tax in a trade sentence is a border tax: export duties and taxes.
      ['Export duties on beef will fall to 5% from 9%, while the tax on wool drops to 2% from 4%.', [{ text: '5%' }, { text: '9%' }, { text: '2%', previousRate: 4 }, { text: '4%' }]],
      ['Jakarta will lift its export tax on palm oil to 12% next year.', [{ text: '12%', imposer: 'Indonesia', target: 'palm oil' }]],
      // A compound's head: "a 20% quota-tariff".
      ['Seoul answered with a 20% quota-tariff on rice above the limit.', [{ text: '20%', imposer: 'South Korea' }]],
    ];
    for (const [text, expected] of cases) it(text, () => check(text, expected));
    const negatives = [
      'Duties on Polish windows were set, but the jobless rate of 6.1% weighed on the mills.',
      'Tariffs rose, and the mills said their tax rate of 21% was too high.',
      'The retailer passed on tariffs while its sales tax of 8% stayed the same.',
      'Mills cut output, which fell 12% in May, as tariffs bit.',
      'Lawmakers called the 30% non-tariff barrier estimate misleading.',
    ];
    for (const text of negatives) it(`not a rate: ${text}`, () => assert.deepEqual(ratesIn(text).map((t) => t.text), []));
  });

  describe('previous rate and change', () => {
    it('"from 39% to 15%": both are rates, the second carries the first as previous rate', () => {
      check('U.S. tariffs on Norland goods might get cut from 39% to 15% within weeks.', [
        { text: '39%', imposer: 'United States', target: 'Norland goods', previousRate: null },
        { text: '15%', imposer: 'United States', target: 'Norland goods', previousRate: 39, change: 'cut' },
      ]);
    });
    it('"to 30 percent from 25 percent" reads the previous rate after the new one', () => {
      check('Mexico raised its tariffs on steel to 30 percent from 25 percent.', [{ text: '30 percent', previousRate: 25, change: 'raised', imposer: 'Mexico' }, { text: '25 percent' }]);
    });
    it('reads pauses', () => check('Washington paused the 50% duty on Indian textiles for 90 days.', [{ text: '50%', change: 'paused', imposer: 'United States' }]));
  });

  describe('imposer', () => {
    it('takes each rate from its own tariff word: "U.S. tariffs to 35% … Chinese tariffs … to 12%"', () => {
      check('A truce brought U.S. tariffs down to 35% on Chinese imports, while Chinese tariffs on U.S. goods came down to 12%.', [
        { text: '35%', imposer: 'United States', target: 'Chinese imports' },
        { text: '12%', imposer: 'China', target: 'U.S. goods' },
      ]);
    });
    it('skips the country that faces the tariff', () => {
      check('Trump said that under the pact Cambodia will face a 20% tariff on its shipments.', [{ text: '20%', imposer: 'United States' }]);
    });
    it('skips the country the target names, even when it is the sentence subject', () => {
      check('Switzerland and the United States agreed to trim tariffs on Swiss products from 39% to 15%.', [{ text: '39%', imposer: 'United States' }, { text: '15%', imposer: 'United States' }]);
    });
    it('takes the importing side of "exports to the United States"', () => {
      check('Since the 39% rate was imposed, Swiss cheese exports to the United States dropped by a third.', [{ text: '39%', imposer: 'United States' }]);
    });
    it('a country that raises or cuts a tariff acts, even with goods and another country after it', () => {
      check('Argentina raises import duty on tyres to 35% to curb a Chinese flood', [{ text: '35%', imposer: 'Argentina', target: 'tyres' }]);
      check('India cuts duty on US bourbon to 100%', [{ text: '100%', imposer: 'India' }]);
    });
    it('a country that raises something else does not act on the tariff', () => {
      check('Vietnam raised exports as a 46% tariff loomed in Washington.', [{ text: '46%', imposer: '' }]);
    });
    it('reads "imposed by"', () => check('Leather handbags escaped the 25 percent tariffs imposed by Washington.', [{ text: '25 percent', imposer: 'United States' }]));
    it('carries the imposer from an earlier sentence of the paragraph', () => {
      check('The White House said Tuesday it would act. It plans to impose a 100% tax on nine luxury sedans made in Japan, escalating the trade dispute.', [{ text: '100%', imposer: 'United States' }]);
    });
    it('takes the country where the duty is charged: "a 12% duty in Canada"', () => {
      check('Our furniture makers already face a 12% duty in Canada.', [{ text: '12%', imposer: 'Canada' }]);
    });
    it('reads "its" back to the nearest acting country of the clause', () => {
      check('Brazil will cut its duty on wheat to 8%, while Chile would keep its 6% tariff on wine.', [{ text: '8%', imposer: 'Brazil' }, { text: '6%', imposer: 'Chile' }]);
    });
    it('gives a common external tariff to the customs union, not to the member pushing for it', () => {
      check('Uruguay wants its Mercosur partners to cut the common external tariff on tractors to 14%.', [{ text: '14%', imposer: 'Mercosur' }]);
    });
    it('knows U.S. trade laws and officials: "a Section 301 tariff", "the Treasury Secretary"', () => {
      check('The bill would cap any Section 301 tariff at 20%.', [{ text: '20%', imposer: 'United States' }]);
      check('The Treasury Secretary defended the 10% levy on imported paper before the House panel.', [{ text: '10%', imposer: 'United States', target: 'imported paper' }]);
    });
    it('does not take a country whose currency or market moved as the imposer', () => {
      check('Japan’s yen fell 0.5%. The new levy would sit on top of a 10% tariff already applied.', [{ text: '10%', imposer: '' }]);
    });
    it('leaves the imposer empty when nothing names one', () => check('Tit-for-tat tariffs exceeded 100%.', [{ text: '100%', imposer: '' }]));
    it('fills an empty imposer from the article’s previous rate (inheritImposers)', () => {
      const filled = inheritImposers([{ imposer: '' }, { imposer: 'Canada' }, { imposer: '' }]);
      assert.deepEqual(filled.map((t) => t.imposer), ['', 'Canada', 'Canada']);
    });
  });

  describe('not tariff rates, even in a tariff story', () => {
    const negatives = [
      'The trade deficit with China stood at $187.2 billion, a 4.3% increase over 2022.',
      'Despite the tariffs, Swiss watch exports fell 46.8% year-over-year.',
      'About 70% of U.S. imports from China contain Taiwanese cells, SolarWorld said.',
      'Tariffs on steel have hurt mills, which shed 10 percent of their workforce.',
      'Economists said the tariffs would cut growth by 0.5%.',
      'The tariffs pushed inflation to 3.5% in June.',
      'France’s 3% digital services tax angered Washington.',
      'Export earnings under the duty-free program jumped 41.9 percent.',
      'The Bank of Canada cut its key rate to 2.75% as tariffs bit.',
      'Under Section 301, the G20 members discussed tariffs in 2019.',
      'As tariffs bit, the bank held its 4.25% interest rate and a 3% inflation rate.',
    ];
    for (const text of negatives) it(text, () => assert.deepEqual(ratesIn(text).map((t) => t.text), []));
  });

  describe('across paragraphs (documentTariffs)', () => {
    it('reads a bulleted list under a lead-in that announces rates, each item’s label as target', () => {
      const text = [
        'Ottawa’s new surtaxes took effect at midnight. Under the order issued by Canada, the rates are:',
        '',
        '- **Dairy and poultry:** 40%, down from 45%',
        '* Farm machinery: 12%',
        '1. Everything else — a 5% floor',
        '',
        'Shoppers were 20% less confident in May.',
      ].join('\n');
      const rates = articleRates(text);
      assert.deepEqual(rates.map((t) => [t.text, t.imposer, t.target, t.previousRate]), [
        ['40%', 'Canada', 'Dairy and poultry', 45],
        ['45%', 'Canada', 'Dairy and poultry', null],
        ['12%', 'Canada', 'Farm machinery', null],
        ['5%', 'Canada', '', null],
      ]);
    });
    it('does not read a list under a lead-in about something else', () => {
      const text = 'Tariffs have hit the region. Factory output changed as follows:\n\n- Steel: 12%\n- Autos: 8%';
      assert.deepEqual(articleRates(text).map((t) => t.text), []);
    });
    it('stops reading list items once a prose paragraph ends the list', () => {
      const text = 'The duty rates are:\n\n- Lumber: 14%\n\nMeanwhile, sales grew.\n\n- Rents: 3%';
      assert.deepEqual(articleRates(text).map((t) => t.text), ['14%']);
    });
    it('gives rates no paragraph names an imposer for the country of the article’s only government actors', () => {
      const text = 'The tariff on imported kayaks rose to 18%.\n\nThe Commerce Department said the duty would protect boat builders.';
      assert.deepEqual(articleRates(text).map((t) => t.imposer), ['United States']);
    });
    it('leaves them empty when the government actors belong to different countries', () => {
      const text = 'The tariff on imported kayaks rose to 18%.\n\nThe Commerce Department and the Canada Border Services Agency traded letters.';
      assert.deepEqual(articleRates(text).map((t) => t.imposer), ['']);
    });
  });

  describe('rates with no tariff word beside duty paragraphs (documentTariffs)', () => {
    const lead = 'Ottawa imposed a 20% surtax on imported electric buses on Monday, widening a tariff dispute.';
    const cases: Array<[string, Array<[string, string]>]> = [
      ['Officials said raising the rate to 35% was possible if talks failed.', [['35%', 'Canada']]],
      ['The rate on coaches stays at 15% until June.', [['15%', 'Canada']]],
      ['Buses built in Mexico face 12% and 18% depending on content.', [['12%', 'Canada'], ['18%', 'Canada']]],
      ['Norway’s rate is 8% under an older accord.', [['8%', 'Canada']]],
      // Other measures, even beside a duty paragraph.
      ['The central bank held its interest rate at 4.5% on Wednesday.', []],
      ['Fleet operators said prices rose 9% and that 40% of buyers delayed orders.', []],
      ['A poll found 55% of voters back the measure, and the unemployment rate is 6.1%.', []],
      ['Ridership growth rates of 3% were reported in Quebec.', []],
    ];
    for (const [para, expected] of cases) {
      it(`${expected.length ? 'reads' : 'ignores'}: ${para}`, () => {
        const text = `${lead}\n\n${para}\n\nThe duties apply to buses shipped after March 1.`;
        const rates = articleRates(text).filter((t) => t.start > lead.length);
        assert.deepEqual(rates.map((t) => [t.text, t.imposer]), expected);
      });
    }
    it('reads nothing in a story that is not about duties', () => {
      const text = 'Housing starts slowed in May.\n\nThe rate on new loans stays at 7% for now, and borrowers face 2% fees.';
      assert.deepEqual(articleRates(text), []);
    });
    it('reads nothing far from any duty paragraph', () => {
      const text = [lead, 'The duties take effect on Friday.', 'Bus makers hired 300 workers.', 'Sales fell in Ontario.', 'Analysts met on Tuesday.', 'The rate stays at 15% for now.'].join('\n\n');
      assert.deepEqual(articleRates(text).map((t) => t.text), ['20%']);
    });
  });

  describe('worldwide averages inherit no imposer (documentTariffs)', () => {
    const lead = 'Seoul raised its tariff on imported oranges to 40% on Friday.';
    const cases: Array<[string, string]> = [
      ['The world’s average tariff on fruit has climbed to 11.5%, trade economists said.', ''],
      ['The average tariff across G20 members stands at 7%.', ''],
      // A named country's own average still takes its imposer; a plain next rate still inherits.
      ['Japan’s average tariff on fruit is 9%.', 'Japan'],
      ['The duty on lemons will reach 30% in July.', 'South Korea'],
    ];
    for (const [para, imposer] of cases) {
      it(`${para} → "${imposer}"`, () => {
        const rates = articleRates(`${lead}\n\n${para}`);
        assert.equal(rates.length, 2);
        assert.equal(rates[1].imposer, imposer);
      });
    }
  });

  describe('company rates in a duty story (documentTariffs)', () => {
    const duty = 'The Commerce Department on Thursday set final anti-dumping duties on galvanized nails from Vietnam.';
    /** Rates of the paragraph after the duty paragraph, as [text, target, imposer]. */
    const after = (paragraph: string, lead = duty) => {
      const text = `${lead}\n\n${paragraph}`;
      return articleRates(text).filter((t) => t.start > lead.length).map((t) => [t.text, t.target, t.imposer]);
    };
    // A company's rate targets the ruling's goods as that company ships them.
    const nails = (who: string) => `galvanized nails from Vietnam (${who})`;
    const cases: Array<[string, string[][]]> = [
      // pay / face / assigned / receive / get, with no tariff word in the sentence.
      ['Under the ruling, Kestrel Fasteners faces a rate of 37.6%, while Harbin Wireworks will pay 14.2%.', [['37.6%', nails('Kestrel Fasteners'), 'United States'], ['14.2%', nails('Harbin Wireworks'), 'United States']]],
      ['Luma Hardware was assigned 8.3% and Tran Metal 22%. All other producers will pay 37.6%.', [['8.3%', nails('Luma Hardware'), 'United States'], ['22%', nails('Tran Metal'), 'United States'], ['37.6%', nails('other producers'), 'United States']]],
      ['Two exporters received 5.5% each, and the rest get 19%.', [['5.5%', nails('Two exporters'), 'United States'], ['19%', nails('other producers'), 'United States']]],
      ['The rate for Luma Hardware was set at 11.4%.', [['11.4%', nails('Luma Hardware'), 'United States']]],
      // "X per cent for Company" lists.
      ['The final margins are 24.9 per cent for Orca Nails, 31.2 per cent for Pinebridge and 19.8 per cent for all others.', [['24.9 per cent', nails('Orca Nails'), 'United States'], ['31.2 per cent', nails('Pinebridge'), 'United States'], ['19.8 per cent', nails('other producers'), 'United States']]],
      // Table-like lines, one country per label.
      ['Vietnam: Kestrel Fasteners 86.4%; Tran Metal 42.7%; all others 58.1%. Thailand: Siam Nail 12.9%; all others 12.9%.', [['86.4%', nails('Kestrel Fasteners'), 'United States'], ['42.7%', nails('Tran Metal'), 'United States'], ['58.1%', nails('other producers'), 'United States'], ['12.9%', nails('Siam Nail'), 'United States'], ['12.9%', nails('other producers'), 'United States']]],
    ];
    for (const [paragraph, expected] of cases) it(paragraph, () => assert.deepEqual(after(paragraph), expected));

    it('takes the duty paragraph’s imposer when no earlier rate or government actor names one', () => {
      assert.deepEqual(after('Orca Nails will pay 12.5%.', 'Canada imposed countervailing duties on steel nails from China.'), [['12.5%', 'steel nails from China (Orca Nails)', 'Canada']]);
    });
    it('reads a run of table lines, one paragraph per country', () => {
      assert.deepEqual(after('Vietnam: Tran Metal 42.7%; all others 58.1%.\nThailand: Siam Nail 12.9%.').map((r) => r[0]), ['42.7%', '58.1%', '12.9%']);
    });

    it('gives a rate no sentence names an imposer for the actor of the duty paragraph before it, not a place in a company name', () => {
      const lead = 'Australia’s anti-dumping commission on Monday imposed provisional duties on rail wheels from Vietnam.';
      assert.deepEqual(after('Hanoi Steelworks faces a duty of 19.4%, and Saigon Forge got 7.7%.', lead).map(([rate, , imposer]) => [rate, imposer]), [['19.4%', 'Australia'], ['7.7%', 'Australia']]);
    });
    it('does not take an imposer from a duty paragraph that sets no duties', () => {
      const text = 'Mills fear losing market share to rivals like Bangladesh as tariffs loom.\n\nDuties on their shirts will jump to 30%.';
      assert.deepEqual(articleRates(text).map((t) => [t.text, t.imposer]), [['30%', '']]);
    });
    it('stays linear on a long run of company rates', () => {
      const long = 'Kestrel Fasteners will pay 37.6%, Tran Metal 22%; all others 19%. '.repeat(150);
      const t0 = Date.now();
      assert.equal(after(long).length, 450);
      assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
    });

    const negatives = [
      'Shares of Kestrel Fasteners fell 12% on the news.',
      'Kestrel Fasteners’ profit margin of 8% is already thin.',
      'Pinebridge’s margin was 6.5% in the quarter.',
      'Luma Hardware said its market share of 20% was at risk.',
      'Investors will receive 5% under the plan.',
      'Orca Nails will pay 5% interest on the new notes.',
      'Orca Nails gets 40% of its wire from Vietnam.',
      'Orca Nails faces a tax rate of 21% next year.',
      'A poll showed 55% support for Harbin Wireworks’ plan.',
      'Separately, the central bank held its rate at 2.75%.',
      'Vietnam’s economy grew 6% last year; inflation 3.2%.',
    ];
    for (const paragraph of negatives) it(`not a rate: ${paragraph}`, () => assert.deepEqual(after(paragraph), []));

    it('needs a duty paragraph: the same sentences after an unrelated paragraph are not rates', () => {
      assert.deepEqual(after('Under the plan, Kestrel Fasteners faces a rate of 37.6%. Tran Metal 42.7%; all others 58.1%.', 'Nail makers met in Hanoi on Monday.'), []);
    });
    it('is not carried past a paragraph that gives no rates', () => {
      const text = `${duty}\n\nThe mills said they would appeal.\n\nLuma Hardware will pay 9%.`;
      assert.deepEqual(articleRates(text).map((t) => t.text), []);
    });
  });

  describe('tariff levels the text states in other words', () => {
    const cases: Array<[string, Expect[]]> = [
      // A relative clause that states the level.
      ['Norway shields farmers with over-quota tariffs, which reach 277 per cent on lamb and 344.5 per cent on cream.', [{ text: '277 per cent', target: 'lamb' }, { text: '344.5 per cent', target: 'cream' }]],
      ['Exporters face Brazil’s auto tariffs, which top out at 35%.', [{ text: '35%', imposer: 'Brazil' }]],
      ['Chile’s duties on wheat, which can go as high as 31%, were eased.', [{ text: '31%', imposer: 'Chile' }]],
      // Quantifiers between the tariff word and the rate.
      ['The EU imposed duties of up to 79.3% on Chinese e-bikes.', [{ text: '79.3%', imposer: 'European Union' }]],
      ['Washington threatened tariffs as high as 60% on Swiss watches.', [{ text: '60%', imposer: 'United States' }]],
      ['Brussels charges rates of between 10% and 22% on vans under its tariff schedule.', [{ text: '10%' }, { text: '22%' }]],
      ['Mexico keeps duties averaging 14% on footwear.', [{ text: '14%', imposer: 'Mexico', target: 'footwear' }]],
      // A range is two rates, and the first is not the second's previous rate.
      ['Ottawa set anti-dumping duties ranging from 23.4% to 68.1% on Chinese plywood.', [{ text: '23.4%', previousRate: null }, { text: '68.1%', previousRate: null, imposer: 'Canada', target: 'Chinese plywood' }]],
      // Anti-dumping and countervailing paragraphs are about duties without the word.
      ['The Commerce Department set a combined anti-dumping and countervailing rate of 44.1% for Orca Nails.', [{ text: '44.1%', imposer: 'United States' }]],
    ];
    for (const [text, expected] of cases) it(text, () => check(text, expected));
    const negatives = [
      'Tariffs rose, and steel output, which reached 12% growth, slowed.',
      'Norway’s tariffs hurt dairy exporters, whose sales fell 9%.',
      'The anti-dumping case dragged on as the bank held its rate at 4%.',
    ];
    for (const text of negatives) it(`not a rate: ${text}`, () => assert.deepEqual(ratesIn(text).map((t) => t.text), []));
  });

  describe('averages, baselines, surtaxes and quoted kinds', () => {
    const cases: Array<[string, Expect[]]> = [
      ['The average tariff on U.S. imports rose to 12% in June.', [{ text: '12%', target: 'U.S. imports' }]],
      ['Goods from Vietnam now face tariffs averaging 20%.', [{ text: '20%' }]],
      ['Under the deal most EU goods carry a 15% baseline after the tariff fight.', [{ text: '15%' }]],
      ['Washington slapped a 20% "reciprocal" tariff on Taiwanese electronics.', [{ text: '20%', imposer: 'United States', target: 'Taiwanese electronics' }]],
      ['Ottawa announced a 25% surtax on American orange juice.', [{ text: '25%', imposer: 'Canada', target: 'American orange juice' }]],
      ['The IMF modelled a 10% across-the-board tariff.', [{ text: '10%' }]],
      ['The trade-weighted average tariff on Chinese goods stands at 40%.', [{ text: '40%', target: 'Chinese goods' }]],
      // A further increment with no noun of its own, where duties are the topic.
      ['Tariffs on Indian shrimp double as the goods become subject to an additional 25% from August.', [{ text: '25%' }]],
      // The preposition before the rate is not part of the target.
      ['The plan sits on top of tariffs on steel at 25%.', [{ text: '25%', target: 'steel' }]],
      ['Japan will face a tariff on imported passenger vehicles of 15%.', [{ text: '15%', target: 'imported passenger vehicles' }]],
      ['Canada’s counter-tariffs of 25% on U.S. goods take effect on Tuesday.', [{ text: '25%', imposer: 'Canada', target: 'U.S. goods' }]],
      // A one- or two-word label before a colon heads a headline's list of rates.
      ['Tariff tracker: EU steel at 25%, Japanese autos at 15%', [{ text: '25%' }, { text: '15%' }]],
      // Where a company sits is not who imposes: "Seoul-based" names no government.
      ['Seoul-based Hyosung said a 50% levy on transformers would force it to move output.', [{ text: '50%', imposer: '' }]],
      // A rate set off by dashes, a tariff-rate quota's rates, and a list of rates each with its goods.
      ['The levy on Chinese EVs — 100% — took effect in September.', [{ text: '100%', target: 'Chinese EVs' }]],
      ['Rice faces a tariff-rate quota, with an in-quota rate of 5% and an out-of-quota rate of 40%.', [{ text: '5%' }, { text: '40%' }]],
      ['The U.S. charges 2.5% on imported cars and 25% on pickup trucks.', [{ text: '2.5%', target: 'imported cars' }, { text: '25%', imposer: 'United States', target: 'pickup trucks' }]],
      // Goods that face a rate face a border charge; its former level follows it.
      ['Under the agreement, Korean cars face a 15% rate, down from 25%.', [{ text: '15%' }, { text: '25%' }]],
    ];
    for (const [text, expected] of cases) it(text, () => check(text, expected));
    const negatives = [
      'Pollsters put the 10% baseline of consumer sentiment at risk from duties.',
      'Survey baseline: 15% of firms expected tariffs to ease.',
      'Exporters hit by tariffs sold an additional 25% of their output at home.',
      'Despite the duties, an additional 12% increase in sales was booked.',
      'Inflation held at an average 3% as tariffs loomed.',
      'Borrowers face a 7% mortgage rate, down from 8%.',
      'After the tariffs, sales rose 2.5% on cars and 25% on trucks.',
      'The levy debate — 40% of voters care — goes on.',
      'Tariffs aside, the outlook is mixed: exports rose 5%, imports 3%.',
      'Shoppers face a 6% sales tax in the state.',
    ];
    for (const text of negatives) it(`not a rate: ${text}`, () => assert.deepEqual(ratesIn(text).map((t) => t.text), []));
  });

  describe('the desk reading: earlier level, when it takes effect, schedule, and every fact has reasons', () => {
    type Row = [string, string, Partial<Record<'imposer' | 'target' | 'earlierLevel' | 'effective' | 'schedule' | 'previousRate', unknown>>];
    const rows: Row[] = [
      // earlierLevel: true on the level a rate replaced, false on the rate itself.
      ['Ottawa raised its duty on Chinese steel from 10% to 15%.', '10%', { earlierLevel: true, target: 'Chinese steel', imposer: 'Canada' }],
      ['Ottawa raised its duty on Chinese steel from 10% to 15%.', '15%', { earlierLevel: false, previousRate: 10 }],
      ['Seoul cut its tariff on U.S. beef to 16%, down from 40%.', '40%', { earlierLevel: true, target: 'U.S. beef' }],
      ['Lentils now carry an import duty of 40 per cent, as against 28 per cent earlier.', '28 per cent', { earlierLevel: true, target: 'Lentils' }],
      ['Ottawa set duties ranging from 10% to 15% on Chinese plywood.', '10%', { earlierLevel: false, target: 'Chinese plywood' }],
      // effective: as written, or "".
      ['Brazil will charge a 12% duty on tires from January 2026.', '12%', { effective: 'from January 2026' }],
      ['The 30% tariff on Mexican tomatoes will take effect on Aug. 1.', '30%', { effective: 'on Aug. 1' }],
      ['Ottawa imposed a 25% surtax on U.S. steel, effective immediately.', '25%', { effective: 'effective immediately' }],
      ['On Tuesday, Canberra removed its 80% tariff on barley.', '80%', { effective: '' }],
      // schedule: as written, or "".
      ['The duty on Chilean wine drops to 5% in the second year of the pact.', '5%', { schedule: 'in the second year' }],
      ['Seoul will phase out its 40% tariff on Australian beef over 15 years.', '40%', { schedule: 'over 15 years' }],
      ['Seoul has kept its 40% tariff on Australian beef for 15 years.', '40%', { schedule: '' }],
      // The imposer and target as the desk reads them.
      ['China retaliated with 25% tariffs on 106 U.S. products.', '25%', { imposer: 'China', target: '106 U.S. products' }],
      ['The U.S. president imposed a further 25% tariff on India\'s exports.', '25%', { imposer: 'United States', target: "India's exports" }],
      ['The European Commission proposed a 25% duty on American motorcycles.', '25%', { imposer: 'European Union', target: 'American motorcycles' }],
      ['Indonesia will levy a 10% export duty on nickel ore.', '10%', { imposer: 'Indonesia', target: 'nickel ore' }],
      ['Argentina raised export taxes on soybeans to 33%.', '33%', { imposer: 'Argentina', target: 'soybean exports' }],
      ['The 25% tariffs on goods from Peru and Chile came into force on Monday.', '25%', { imposer: '', target: 'goods from Peru and Chile' }],
      ['Pears now carry an import duty of 65 per cent.', '65 per cent', { target: 'Pears' }],
      ['The steepest tariffs on the list include 18 percent on Brazil, 12 percent on Norway, and 9 percent on the United Kingdom.', '9 percent', { target: 'the United Kingdom' }],
      ['Brazil will charge a 12% duty on tires, and 10% on wheels.', '10%', { target: 'wheels', imposer: 'Brazil' }],
    ];
    for (const [text, rate, want] of rows) {
      it(`${rate} in: ${text}`, () => {
        const t = analyze(text).tariffs.find((x) => x.text === rate);
        assert.ok(t, `no rate ${rate}`);
        for (const [k, v] of Object.entries(want)) assert.deepEqual(t[k as keyof typeof t], v, `${k} of ${rate}`);
        assert.ok(t.because.length > 0 && t.because[0].startsWith('tariff.is.'), `reasons: ${t.because.join(', ')}`);
      });
    }
    it('carries the goods to "the duty" of a later sentence and to the same rate named again', () => {
      const a = analyze('Peru imposed a 10% tariff on Chilean grapes. The duty will rise to 25% in May.\n\nSince the 10% rate took effect, shipments have halved.');
      assert.deepEqual(a.tariffs.map((t) => [t.text, t.target]), [['10%', 'Chilean grapes'], ['25%', 'Chilean grapes'], ['10%', 'Chilean grapes']]);
    });
  });

  describe('rate tables', () => {
    it('reads every rate of a duty table except signed changes and the Difference column', () => {
      const text = 'FINAL LUMBER DUTIES Mill Prelim Final Difference Alder 7.5% 9.0% 1.5% Birch 12.0% 10.0% -2.0%';
      check(text, [{ text: '7.5%', target: 'Alder' }, { text: '9.0%' }, { text: '12.0%', target: 'Birch' }, { text: '10.0%' }]);
    });
  });

  describe('robustness', () => {
    it('stays linear and never throws on long or odd paragraphs', () => {
      const long = 'Tariffs of 5% on steel, 7% on pipe and 9% on wire rose. '.repeat(300);
      const odd = ['', '%%%%', '"'.repeat(5000), 'tariff '.repeat(3000) + '30%', '🙂 duties of 25% 🙂\r\nU.S. tariffs rose to 10%.'];
      const t0 = Date.now();
      assert.equal(ratesIn(long).length, 900);
      for (const text of odd) for (const t of ratesIn(text)) assert.equal(text.slice(t.start, t.end), t.text);
      assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
    });
  });

  describe('end to end through analyze()', () => {
    const text = fs.readFileSync(path.join(__dirname, '../fixtures/tariffs-steel-retaliation.txt'), 'utf8');
    const a = analyze(text);

    it('finds every figure once, at its place, and nothing from dates, labels or years', () => {
      for (const f of a.figures) {
        assert.equal(text.slice(f.start, f.end), f.text);
        assert.equal(text.slice(f.sentenceStart, f.sentenceStart + f.sentence.length), f.sentence);
      }
      const texts = a.figures.map((f) => f.text);
      for (const want of ['C$12.6 billion', '$9.3 billion', '10%', '50%', '140', '21', '12.4 percent', '23,000', '25 basis points', '2.75%', '43.5%', '30 per cent', '€26 billion', '3.1 percentage points']) {
        assert.ok(texts.includes(want), `missing figure ${want}`);
      }
      for (const not of ['4', '13', '232', '7', '12', '2019']) assert.ok(!texts.includes(not), `"${not}" is not a figure`);
      assert.equal(a.figures.find((f) => f.text === 'C$12.6 billion')?.value, 12_600_000_000);
    });

    it('finds the tariff rates with imposers, and not the growth, share or policy-rate percents', () => {
      const rates = a.tariffs.map((t) => [t.text, t.imposer]);
      assert.deepEqual(rates, [
        ['25%', 'Canada'],
        ['25%', 'Canada'],
        ['10%', 'United States'],
        ['50%', 'United States'],
        ['43.5%', 'China'],
        ['30 per cent', 'European Union'],
      ]);
      for (const t of a.tariffs) assert.equal(text.slice(t.start, t.end), t.text);
      const fifty = a.tariffs.find((t) => t.text === '50%');
      assert.deepEqual([fifty?.previousRate, fifty?.change, fifty?.target], [10, 'raised', 'Canadian steel']);
    });
  });
});
