/**
 * The tariff decisions as rule records (see ../rules/rule.ts); registered in ../rules/index.ts.
 * Each decision's list lives beside the code that runs it; the readings that need the whole
 * article (tables, lists, inheritance) are recorded here, applied in ../tariffs.ts and document.ts.
 */
import type { Rule } from '../rules/rule';
import { IS_TARIFF_RULES } from './governs';
import { IMPOSER_RULES } from './imposer';
import { TARGET_OWNER_RULES, TARGET_RULES } from './target';
import { CARRIED_TARGET_RULES, EARLIER_RULES } from './earlier';
import { PRODUCT_TARGET_RULES, TOPIC_TARGET_RULES } from './topic';
import { STORY_TARGET_RULES } from './story';
import { MAKER_GOODS_RULES } from './makerGoods';
import { EXPORT_TARGET_RULES } from './exportGoods';
import { QUOTA_TARGET_RULES } from './quotaGoods';
import { HEADLINE_OWNER_RULES } from './headlineOwner';
import { EFFECTIVE_RULES, SCHEDULE_RULES } from './timing';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const record = (r: Omit<Rule<any, any>, 'kind'>): Rule<any, any> => ({ kind: 'tariff', ...r });

/** Readings of the whole article, applied in order after the sentence rules. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const DOCUMENT_RULES: Rule<any, any>[] = [
  record({
    id: 'tariff.is.rate-table',
    decides: 'isTariff',
    anchor: 'a heading naming duties, then rows of a label and its rates',
    reason: 'a tariff rate: a row of a duty table',
    examples: [{ text: 'The U.S. set final lumber duties. Mill Prelim Final Alder 7.5% 9.0% Birch 12.0% 10.0% Cedar 4.1% 6.2%', fact: '10.0%', expect: { target: 'Birch', imposer: 'United States' } }],
    counterExamples: [{ text: 'U.S. LUMBER SALES GROWTH Mill 2024 2025 Alder 7.5% 9.0% Birch 12.0% 10.0% Cedar 4.1% 6.2%', fact: '10.0%' }],
  }),
  record({
    id: 'tariff.imposer.table-heading',
    decides: 'imposer',
    anchor: 'the country or agency a duty table names',
    reason: 'imposer: {imposer} — named with the table',
    examples: [{ text: 'The U.S. set final lumber duties. Mill Prelim Final Alder 7.5% 9.0% Birch 12.0% 10.0% Cedar 4.1% 6.2%', fact: '7.5%', expect: { imposer: 'United States' } }],
    counterExamples: [{ text: 'FINAL LUMBER DUTIES Mill Prelim Final Alder 7.5% 9.0% Birch 12.0% 10.0% Cedar 4.1% 6.2%', fact: '7.5%', expect: { imposer: '' } }],
  }),
  record({
    id: 'tariff.target.table-row',
    decides: 'target',
    anchor: "a duty table row's label",
    reason: "target: {target} — the table row's label",
    examples: [{ text: 'FINAL LUMBER DUTIES Mill Prelim Final Alder 7.5% 9.0% Birch 12.0% 10.0% Cedar 4.1% 6.2%', fact: '6.2%', expect: { target: 'Cedar' } }],
    counterExamples: [{ text: 'The Commerce Department set duties of 7.72% on Acme Lumber.', fact: '7.72%' }],
  }),
  record({
    id: 'tariff.is.table-column',
    decides: 'isTariff',
    anchor: 'a percentage in a Markdown table column headed by a tariff word or an earlier level ("Surtax", "Previous"), the table or its heading naming tariffs',
    reason: 'a tariff rate: a cell of a table of tariff rates',
    examples: [
      { text: '## The rates\n\n| Product | Origin | Surtax | Previous |\n|---|---|---|---|\n| Flat-rolled steel | China | 25% | 10% |', fact: '25%', expect: { target: 'Flat-rolled steel from China' } },
      { text: '## The rates\n\n| Product | Origin | Surtax | Previous |\n|---|---|---|---|\n| Flat-rolled steel | China | 25% | 10% |', fact: '10%', expect: { target: 'Flat-rolled steel from China' } },
      { text: '## The schedule\n\n| Product group | Current duty | July 2027 | Year 3 |\n|---|---|---|---|\n| Steel billets | 25% | 20% | 17.5% |', fact: '17.5%', expect: { target: 'Steel billets' } },
      { text: '## Export duty schedule\n\n| Product | Previous duty | From July 1 | Planned January step |\n|---|---|---|---|\n| Barley | 12% | 9.5% | 8% |', fact: '8%', expect: { target: 'Barley' } },
      { text: 'UK trims tariffs on 400 product lines\n\n| Product | Current rate | New rate |\n|---|---|---|\n| Bicycle parts | 4% | 2% |', fact: '2%', expect: { target: 'Bicycle parts' } },
      // The margins an inquiry sets, exporter by exporter; the country column is the origin, the exporter the row.
      { text: 'Canberra sets anti-dumping duties on coated steel\n\n| Exporter | Country | Dumping margin | Subsidy margin |\n|---|---|---|---|\n| Tianli Sheet Co. | China | 11.6% | 3.2% |', fact: '3.2%', expect: { target: 'coated steel from China (Tianli Sheet Co.)' } },
    ],
    counterExamples: [
      { text: '## Market shares\n\n| Product | Origin | Share |\n|---|---|---|\n| Flat-rolled steel | China | 25% |', fact: '25%' },
      { text: 'Kestrel Steel results\n\n| Unit | Country | Profit margin |\n|---|---|---|\n| Coated sheet | China | 11.6% |', fact: '11.6%' },
      { text: '## Imports\n\n| Product | 2025 | 2026 |\n|---|---|---|\n| Steel billets | 25% | 20% |', fact: '20%' },
    ],
  }),
  record({
    id: 'tariff.target.row-label',
    decides: 'target',
    anchor: "a Markdown table row's label, with its origin column's country",
    reason: "target: {target} — the table row's label and origin",
    examples: [{ text: '| Product | Origin | Duty |\n|---|---|---|\n| Solar modules | Vietnam | 15% |', fact: '15%', expect: { target: 'Solar modules from Vietnam' } }],
    counterExamples: [{ text: 'Canada set a 15% duty on solar modules from Vietnam.', fact: '15%', expect: { target: 'solar modules from Vietnam' } }],
  }),
  record({
    id: 'tariff.is.list-item',
    decides: 'isTariff',
    anchor: 'a list item under a lead-in naming tariffs and ending with a colon',
    reason: 'a tariff rate: an item of a list of tariff rates',
    examples: [
      // Items marked by letters, as official notices set them out.
      { text: 'The decree sets the following duty rates:\n\na) Light trucks and vans: 50%, up from 20%.\nb) Motorcycles: 35%.', fact: '35%', expect: { target: 'Motorcycles' } },
      { text: 'India notified new rates on Monday.\n\n**Key changes in customs duty**\n\n- Lithium-ion cells: reduced from 20% to 5%\n- Solar glass: increased from 10% to 25%', fact: '25%', expect: { target: 'Solar glass' } },
      { text: 'Brazil set these tariffs:\n\n- Steel: 25%\n\n- Cars: 35%', fact: '35%', expect: { imposer: 'Brazil', target: 'Cars' } },
      // A heading that says what is in force announces the rates under it.
      { text: 'Buyers face a busy summer.\n\n**In force now**\n\n- Olive oil (bottled): 15%, up from 10%\n- Canned tuna from Thailand: 19%', fact: '19%', expect: { target: 'Canned tuna from Thailand' } },
      { text: 'Brussels proposed extra duties on American goods.\n\nAmong the items on the list:\n\n- bourbon and other whiskies, 35%;\n\n- denim jeans, 20%.', fact: '20%', expect: { target: 'denim jeans' } },
      // A numbered notice's item with no label: the goods its own sentence names.
      { text: 'Tokyo set the following rates:\n\n1. Frozen pork remains subject to the general rate of 38.5%.', fact: '38.5%', expect: { target: 'Frozen pork' } },
      // A line in capitals heads the list as a bold line does.
      { text: 'Buenos Aires cut export duties on Monday.\n\nNEW EXPORT DUTY RATES (FOB value)\n- Sunflower seed: 4%, down from 6%\n- Barley: 8%, unchanged', fact: '4%', expect: { imposer: 'Argentina', target: 'Sunflower seed' } },
      // A lead-in that is only a date continues the tariff its paragraph names; a rate "cut to zero" is the level cut.
      { text: 'Oman will phase out its standard tariff on most imported goods. From July 1:\n\n- Lamb and mutton: 5 per cent cut to zero immediately\n- Honey: 5 per cent to zero in year three', fact: '5 per cent', expect: { target: 'Lamb and mutton' } },
      // A heading line without its marks ("Duty rates"), then a country over its exporters: the country is where they ship from.
      { text: 'The Trade Remedies Authority extended the duties on ceramic tiles.\n\nDuty rates\n\nChina:\n\n- Foshan Jiali Ceramics Co.: 23.8% (previously 30.6%)\n\n- All other exporters: 69.7%', fact: '23.8%', expect: { target: 'Foshan Jiali Ceramics Co. from China' } },
    ],
    counterExamples: [
      { text: 'Brazil reported these growth figures:\n\n- Steel: 25%\n\n- Cars: 35%', fact: '35%' },
      { text: 'Brazil reported strong sales.\n\nSALES GROWTH BY SECTOR\n- Steel: 25%\n- Cars: 35%', fact: '35%' },
      { text: 'Oman reported strong sales of goods. From July 1:\n\n- Lamb and mutton: 5 per cent\n- Honey: 7 per cent', fact: '7 per cent' },
      { text: 'Brazil reported strong sales.\n\nAmong the items on the list:\n\n- bourbon, 35%;\n\n- jeans, 20%.', fact: '20%' },
    ],
  }),
  record({
    id: 'tariff.imposer.list-lead-in',
    decides: 'imposer',
    anchor: 'the country the lead-in of a rate list names',
    reason: 'imposer: {imposer} — named in the lead-in to the list',
    examples: [
      { text: 'Brazil set these tariffs:\n\n- Steel: 25%\n\n- Cars: 35%', fact: '25%', expect: { imposer: 'Brazil' } },
      // Under a heading that announces rates, a country label is what the rate hits, not who sets it.
      { text: '## The new rates\n\nThe U.S. schedule names 40 partners. The largest:\n\n- **Peru**: 18% reciprocal rate\n\n- **Kenya**: 12%', fact: '18%', expect: { imposer: 'United States', target: 'Peru' } },
      // A lead-in that names what changed, in a paragraph about duties; the goods' origins ("mainly China") and a spared bloc do not impose.
      {
        text: 'Peru this month began charging higher import duties on 900 tariff lines.\n\nThe decree raises duties on goods from non-partner countries, mainly China, South Korea, India and Indonesia. The European Union and Japan are not affected. The main changes:\n\n- Passenger cars: raised from 20% to 45%',
        fact: '45%',
        expect: { imposer: 'Peru', target: 'Passenger cars' },
      },
    ],
    counterExamples: [
      // A country label over goods of another country charges the rate; the lead-in names no one.
      { text: 'North Dakota growers face new duties in two markets:\n\n1. Canada: a 25% surtax on U.S. dry peas.\n\n2. China: an additional 15% tariff on U.S. spring wheat.', fact: '15%', expect: { imposer: 'China', target: 'U.S. spring wheat' } },
      { text: 'Brazil set an import tariff of 25% on steel.', fact: '25%' },
      { text: '## Growth at home\n\nThe U.S. figures came out. The largest:\n\n- **Peru**: 18% growth', fact: '18%' },
    ],
  }),
  record({
    id: 'tariff.target.item-label',
    decides: 'target',
    anchor: "a list item's label before its colon",
    reason: "target: {target} — the list item's label",
    examples: [
      { text: 'Brazil set these tariffs:\n\n- Steel: 25%\n\n- Cars: 35%', fact: '25%', expect: { target: 'Steel' } },
      { text: 'Canberra set final duties on Chinese makers.\n\nThe margins in the final report:\n\n- Foshan Linhai Aluminium: 64.2%', fact: '64.2%', expect: { target: 'Foshan Linhai Aluminium' } },
    ],
    counterExamples: [{ text: 'Brazil set an import tariff of 25% on steel.', fact: '25%' }],
  }),
  record({
    id: 'tariff.is.company-rate',
    decides: 'isTariff',
    anchor: 'a company that "faces", "pays" or "was assigned" a percent, next to a duty paragraph',
    reason: "a tariff rate: a company's rate in a duty ruling",
    examples: [{ text: 'Ottawa imposed anti-dumping duties on Chinese wire.\n\nHarbin Wireworks will pay 14.2%, while others face 30%.', fact: '14.2%', expect: { target: 'Chinese wire from Harbin Wireworks', imposer: 'Canada' } }],
    counterExamples: [{ text: 'Ottawa approved a new budget.\n\nHarbin Wireworks will pay 14.2%, while others face 30%.', fact: '14.2%' }],
  }),
  record({
    id: 'tariff.target.company',
    decides: 'target',
    anchor: 'the company that pays a company rate',
    reason: 'target: {target} — the company the rate is set for',
    examples: [{ text: 'Ottawa approved a new budget.\n\nThe agency imposed duties today.\n\nHarbin Wireworks will pay 14.2%.', fact: '14.2%', expect: { target: 'Harbin Wireworks' } }],
    counterExamples: [{ text: 'Ottawa imposed anti-dumping duties of 14.2% on Chinese wire.', fact: '14.2%' }],
  }),
  record({
    id: 'tariff.target.company-goods',
    decides: 'target',
    anchor: "a company rate, or a rate table's company row, after a paragraph that names the ruling's goods ('duties on Chinese wire')",
    reason: "target: {target} — the ruling's goods, as the company ships them",
    examples: [
      { text: 'Ottawa imposed anti-dumping duties on Chinese wire.\n\nHarbin Wireworks will pay 14.2%.', fact: '14.2%', expect: { target: 'Chinese wire from Harbin Wireworks' } },
      { text: 'Ottawa imposed anti-dumping duties on Chinese wire.\n\nHarbin Wireworks will pay 14.2%, while all others face 30%.', fact: '30%', expect: { target: 'Chinese wire from other producers' } },
      { text: 'The U.S. set final duties on Canadian lumber.\n\nFINAL LUMBER DUTIES Mill Prelim Final Alder 7.5% 9.0% Birch 12.0% 10.0% Cedar 4.1% 6.2%', fact: '6.2%', expect: { target: 'Canadian lumber from Cedar' } },
      { text: 'The U.S. published the final duties it plans to impose on Canadian lumber.\n\nFINAL LUMBER DUTIES Mill Prelim Final Alder 7.5% 9.0% Birch 12.0% 10.0% Cedar 4.1% 6.2%', fact: '9.0%', expect: { target: 'Canadian lumber from Alder' } },
    ],
    counterExamples: [{ text: 'Ottawa approved a new budget.\n\nThe agency imposed duties today.\n\nHarbin Wireworks will pay 14.2%.', fact: '14.2%', expect: { target: 'Harbin Wireworks' } }],
  }),
  record({
    id: 'tariff.is.bare-rate',
    decides: 'isTariff',
    anchor: '"the rate", "face", "pay" + percent, in a paragraph next to a duty paragraph of a duty story',
    reason: 'a tariff rate: "the rate" of a duty story',
    examples: [
      { text: 'Jakarta raised tariffs on Thai sugar.\n\nJakarta imposed new duties on Thai rice.\n\nFarmers protested in the capital.\n\nThe rate on rice is 45%.', fact: '45%', expect: { imposer: 'Indonesia' } },
      // Next to a table of rates (a paragraph of rates read already), in a story headlined on tariffs.
      { text: 'UK trims tariffs on 400 product lines\n\nThe government will cut rates on 400 lines.\n\n| Product | Current rate | New rate |\n|---|---|---|\n| Bicycle parts | 4% | 2% |\n\nCars still face 10%.', fact: '10%', expect: { target: 'Cars' } },
      // "The rate on <goods>" reaches past long goods, and its new level is a rate too.
      { text: 'Brussels drafted a counter-list of duties on U.S. goods.\n\nUnder the U.S. proposal, the rate on most EU wine and beer would rise from 15% to 30%.', fact: '30%', expect: { target: 'most EU wine and beer' } },
      // A rate that moves to a level states the level.
      { text: 'Furniture importers are stocking up ahead of new tariffs.\n\nSince last fall, the U.S. has charged a 25% tariff on upholstered furniture.\n\nWarehouses near the port are full, brokers say.\n\nOn Jan. 1, the furniture rate is scheduled to rise to 30%.', fact: '30%', expect: { target: 'furniture' } },
      // Far from the duty paragraphs, a burden that says where it falls.
      { text: 'Bogotá raised tariffs on U.S. corn.\n\nBogotá imposed new duties on U.S. rice.\n\nFarmers protested.\n\nThe peso fell.\n\nExporters are looking east.\n\nColombian coffee pays 8% in China.', fact: '8%', expect: { imposer: 'China' } },
    ],
    counterExamples: [
      { text: 'Jakarta raised tariffs on Thai sugar.\n\nJakarta imposed new duties on Thai rice as well.\n\nThe interest rate is now 4.5%.', fact: '4.5%' },
      // Far from them, a burden that says neither where nor on what is no rate.
      { text: 'Bogotá raised tariffs on U.S. corn.\n\nBogotá imposed new duties on U.S. rice.\n\nFarmers protested.\n\nThe peso fell.\n\nExporters are looking east.\n\nColombian growers pay 8% more for fertilizer.', fact: '8%' },
    ],
  }),
  record({
    id: 'tariff.is.sibling-rate',
    decides: 'isTariff',
    anchor: 'a percent in the sentence of a rate found, joined to it by "and", "while", "instead of", "to", a comma or a burden verb',
    reason: 'a tariff rate: listed beside another rate of its sentence',
    examples: [
      { text: 'Cairo set its tariff on tobacco and spirits. Tobacco attracts 100% and alcohol, where permitted, 50%.', fact: '50%' },
      { text: 'Astana keeps its own duties on farm goods. Some harvesters pay 0% rather than the common 5%.', fact: '5%' },
      // "plus" adds a rate on other goods.
      { text: 'Since last fall, the U.S. has charged 25% on upholstered furniture, plus 10% on softwood lumber.', fact: '10%', expect: { target: 'softwood lumber' } },
    ],
    // Another measure between them ("sales fell") is no rate of the list.
    counterExamples: [{ text: 'Cairo set its tariff on tobacco and spirits. Tobacco attracts 100%, while cigarette sales fell 12%.', fact: '12%' }],
  }),
  record({
    id: 'tariff.is.named-again',
    decides: 'isTariff',
    anchor: 'a percent of the value of a rate the article states, with no share, move, estimate or other measure around it',
    reason: 'a tariff rate: the {rate}% the article states elsewhere, named again with its imposer and goods',
    examples: [
      // In a quote, with no tariff word near it: the imposer and goods of the rate stated before.
      { text: 'Washington set a 40% tariff on transshipped goods.\n\n"The 40% is a verdict, and nobody has told us who the judge is," he said.', fact: '40%', occurrence: 2, expect: { imposer: 'United States', target: 'transshipped goods' } },
      { text: 'The United States cut its tariff on Korean cars to 15% from 25%.\n\nQ: Does 15% solve the problem?', fact: '15%', occurrence: 2, expect: { imposer: 'United States' } },
      // Two rates said again together.
      { text: 'Mexico raised its duty on imported toys to 35% and on footwear to 50%.\n\n"Nobody in this trade has lived with 35% or 50% before," said one importer.', fact: '50%', occurrence: 2, expect: { imposer: 'Mexico', target: 'footwear' } },
    ],
    counterExamples: [
      // A share, a move and an estimate of the same size are no rate named again.
      { text: 'Washington set a 20% tariff on Vietnamese goods.\n\nChinese brands have captured about 20% of the market.', fact: '20%', occurrence: 2 },
      { text: 'Washington set a 15% tariff on farm machinery.\n\nDealers expect tractor sales to fall 15% to 20% next year.', fact: '15%', occurrence: 2 },
      { text: 'Washington set a 12% tariff on steel pipe.\n\nFabricators warn that input costs could rise by 8 to 12 per cent.', fact: '12 per cent' },
    ],
  }),
  record({
    id: 'tariff.imposer.carried',
    decides: 'imposer',
    anchor: "the paragraph's previous rate's imposer, or an earlier sentence's acting country",
    reason: 'imposer: {imposer} — carried from earlier in the paragraph, which names no other',
    examples: [
      { text: 'Orange juice escaped the first round of U.S. duties on Brazilian goods. Fruit exporters now pay the 50% rate.', fact: '50%', expect: { imposer: 'United States' } },
     { text: 'Seoul announced new tariffs on Monday. A 30% duty will fall on Chilean wine.', fact: '30%', expect: { imposer: 'South Korea' } }],
    counterExamples: [
      { text: 'Seoul announced new tariffs on Monday. Peru set a 30% duty on Chilean wine.', fact: '30%', expect: { imposer: 'Peru' } },
      // A country the rate hits is not carried as its imposer.
      { text: 'Seoul agreed to a truce on Monday. Duties on most Korean goods were set at 20%.', fact: '20%', expect: { imposer: '' } },
    ],
  }),
  record({
    id: 'tariff.imposer.deal-partner',
    decides: 'imposer',
    anchor: 'a deal sentence naming both sides: the side that has imposed the article\'s rates so far',
    reason: 'imposer: {imposer} — in a deal both sides act; the article\'s rates so far are its',
    examples: [{ text: 'The United States set a 25% tariff on Korean cars.\n\nThe U.S. also set a 10% tariff on Korean steel.\n\nSouth Korea struck a deal with Washington that trims the car tariff to 15%.', fact: '15%', expect: { imposer: 'United States' } }],
    counterExamples: [{ text: 'The United States set a 25% tariff on Korean cars.\n\nThe U.S. also set a 10% tariff on Korean steel.\n\nSouth Korea then raised its tariff on U.S. beef to 40%.', fact: '40%', expect: { imposer: 'South Korea' } }],
  }),
  record({
    id: 'tariff.imposer.dateline-government',
    decides: 'imposer',
    anchor: '"the (federal) government" acting in the rate\'s sentence + the dateline\'s city',
    reason: "imposer: {imposer} — the government of the dateline's country",
    examples: [{ text: 'OTTAWA — The federal government will impose a 25 per cent surtax on steel from abroad.', fact: '25 per cent', expect: { imposer: 'Canada' } }],
    counterExamples: [{ text: 'The federal government will impose a 25 per cent surtax on steel from abroad.', fact: '25 per cent', expect: { imposer: '' } }],
  }),
  record({
    id: 'tariff.imposer.section-heading',
    decides: 'imposer',
    anchor: "no imposer of its own + the section's heading is a country's name alone (a factbox: \"EUROPEAN UNION\", \"## Canada\")",
    reason: 'imposer: {imposer} — the rate is listed under its heading',
    examples: [
      {
        text: 'Factbox: who charges what on Chinese goods\n\nUNITED STATES\n\n* Most Chinese goods pay an extra 20%.\n\nEUROPEAN UNION\n\n* Countervailing duties on electric cars range up to 35.3%.',
        fact: '35.3%',
        expect: { imposer: 'European Union' },
      },
      { text: 'Rates at a glance\n\n## Canada\n\nA surtax of 25% applies to steel products.\n\n## Mexico\n\nTariffs of up to 50% apply to cars.', fact: '25%', expect: { imposer: 'Canada' } },
      // A newsletter's section opens with its country, then the news.
      {
        text: 'This week in trade remedies\n\n**THAILAND — Wire rod duties renewed**\n\nThailand extended duties of 8.5% on wire rod from China.\n\n**PAKISTAN — PET resin hit with duties**\n\nThe National Tariff Commission imposed duties of 11.2% on PET resin from China.',
        fact: '11.2%',
        expect: { imposer: 'Pakistan' },
      },
      // A bloc's list of its members' own rates: each item's country charges the goods after its rate.
      {
        text: 'The bloc sets a 5% common tariff. Members still keep national duties above it. The main deviations in force today:\n\n- Oman: 25% on cement and clinker, raised from 15% in 2026;\n- Kuwait: 10% on selected plastics.',
        fact: '15%',
        expect: { imposer: 'Oman', target: 'cement and clinker' },
      },
    ],
    counterExamples: [
      // A list whose lead-in names who charges: the items' countries are hit.
      { text: 'The United States set new duty rates by country on Monday:\n\n- Vietnam: 20% on most goods\n- Cambodia: 19% on most goods', fact: '20%', expect: { imposer: 'United States' } },
      // The heading names who is hit: Canadian steel is not Canada's to tax (the headline's owner is the imposer).
      { text: 'Who pays the U.S. duty\n\n## Canada\n\nCanadian steel faces a 25% duty.', fact: '25%', expect: { imposer: 'United States' } },
      // A heading about something else ends the country's section.
      { text: 'Rates at a glance\n\n## Canada\n\nA surtax of 25% applies to steel products.\n\n## What comes next\n\nA tariff of 10% is being weighed.', fact: '10%', expect: { imposer: 'Canada' } },
    ],
  }),
  record({
    id: 'tariff.imposer.main-government',
    decides: 'imposer',
    anchor: '"the (federal) government" acting in the rate\'s sentence, no dateline + the country the article names most often',
    reason: 'imposer: {imposer} — the government of the country the article is about',
    examples: [
      {
        text: 'Rice tariff: a bad idea\n\nBarely two years after the government cut the tariff on imported rice from 35% to 15%, farm lobbies in Congress want it back. The Philippines buys most of its rice from Vietnam, and Filipino families would pay.',
        fact: '15%',
        expect: { imposer: 'Philippines' },
      },
    ],
    counterExamples: [
      { text: 'Rice tariff: a bad idea\n\nBarely two years after the government cut the tariff on imported rice from 35% to 15%, farm lobbies want it back, and growers agree.', fact: '15%', expect: { imposer: '' } },
    ],
  }),
  record({
    id: 'tariff.imposer.inherited',
    decides: 'imposer',
    anchor: "the article's previous rate's imposer",
    reason: 'imposer: {imposer} — carried from the rate before it in the article',
    examples: [
      { text: 'Seoul set a 30% duty on Chilean wine.\n\nThe proposed 45% duties would follow in May.', fact: '45%', expect: { imposer: 'South Korea' } },
      // The latest imposer the rate does not hit: a surtax on U.S. goods after a U.S. duty is still Canada's.
      { text: 'Ottawa set a 25% surtax on U.S. steel.\n\nWashington answered with a 10% tariff on potash.\n\nA 15% surtax on U.S. appliances would add $150 to a washer.', fact: '15%', expect: { imposer: 'Canada' } },
    ],
    counterExamples: [
      { text: 'Seoul set a 30% duty on Chilean wine.\n\nOttawa then set 45% duties on Korean cars.', fact: '45%', expect: { imposer: 'Canada' } },
      { text: 'Seoul set a 30% duty on Chilean wine.\n\nDuties of 45% on Korean cars were then proposed.', fact: '45%', expect: { imposer: '' } },
    ],
  }),
  record({
    id: 'tariff.imposer.same-rate',
    decides: 'imposer',
    anchor: 'no imposer of its own + an earlier rate of the same level with one',
    reason: 'imposer: {imposer} — the same rate named before in the article is its',
    examples: [
      {
        text: 'Washington set a 50% tariff on aluminium in March.\n\nIndonesia is studying a 5% export levy on bauxite.\n\nThai makers of window frames now face the 50% rate on their aluminium content.',
        fact: '50%',
        occurrence: 2,
        expect: { imposer: 'United States' },
      },
    ],
    counterExamples: [
      {
        text: 'Washington set a 50% tariff on aluminium in March.\n\nIndonesia is studying a 5% export levy on bauxite.\n\nThai makers of window frames now face a 30% rate on their aluminium content.',
        fact: '30%',
        expect: { imposer: 'Indonesia' },
      },
      {
        text: 'Washington set a 10% tariff on aluminium in March.\n\nIndia raised its duty on phosphoric acid to 20 per cent, from 10 per cent.',
        fact: '10 per cent',
        expect: { imposer: 'India' },
      },
    ],
  }),
  record({
    id: 'tariff.imposer.world-average',
    decides: 'imposer',
    anchor: '"the world\'s average", "the WTO average": a rate of many countries',
    reason: 'no single imposer: an average over many countries',
    examples: [{ text: 'Seoul set a 30% duty on Chilean wine.\n\nThe global average tariff is 9%.', fact: '9%', expect: { imposer: '' } }],
    counterExamples: [{ text: 'Seoul set a 30% duty on Chilean wine.\n\nIts tariff on beer is 9%.', fact: '9%' }],
  }),
  record({
    id: 'tariff.imposer.duty-paragraph',
    decides: 'imposer',
    anchor: 'the imposer named by the nearest duty paragraph before a rate that has none',
    reason: 'imposer: {imposer} — named in the duty paragraph before it',
    examples: [
      { text: 'Indonesia will raise export duties on nickel products from January.\n\nUnder the regulation, the export duty on nickel pig iron goes up from 2% to 7.5%.', fact: '7.5%', expect: { imposer: 'Indonesia', target: 'nickel pig iron' } },
     { text: 'Canada imposed duties on Chinese towers.\n\nSino Tower faces a duty of 64.1%.', fact: '64.1%', expect: { imposer: 'Canada' } },
      // A bracketed short form after "agreed with" is a partner, not the one acting.
      { text: 'Kenya will cut import duties on inputs.\n\nThe changes, agreed with East African Community (EAC) partners, will lower the duty on raw materials from 10% to zero.', fact: '10%', expect: { imposer: 'Kenya' } },
    ],
    counterExamples: [{ text: 'Canada imposed duties on Chinese towers.\n\nMexico set a duty of 31.2% on Windco.', fact: '31.2%', expect: { imposer: 'Mexico' } }],
  }),
  record({
    id: 'tariff.imposer.government',
    decides: 'imposer',
    anchor: "the one country all the article's government actors belong to",
    reason: "imposer: {imposer} — the article's government actors are all its",
    examples: [
      { text: 'A 20% duty on imported bicycles is planned.\n\nThe Commerce Department will rule next week.', fact: '20%', expect: { imposer: 'United States' } },
      // The U.S. programme's floor, named as such.
      { text: 'Since April we pay the 10% baseline tariff on our shrimp.', fact: '10%', expect: { imposer: 'United States' } },
    ],
    counterExamples: [{ text: 'A 20% duty on imported bicycles is planned by Mexico.', fact: '20%' }],
  }),
  record({
    id: 'tariff.imposer.nearest-government',
    decides: 'imposer',
    anchor: 'the country of the government body or agency named last before a rate, when the article has bodies of several countries',
    reason: "imposer: {imposer} — its government body is the last one named before the rate",
    examples: [
      {
        text: 'Poultry duty stays at 37%\n\nDear members,\n\nThe International Trade Administration Commission of South Africa has ruled.\n\nThe U.S. Commerce Department kept a 30% tariff on South African goods.',
        fact: '37%',
        expect: { imposer: 'South Africa' },
      },
      {
        text: 'The International Trade Administration Commission of South Africa published its final determination.\n\nThe final anti-dumping duties are as follows:\n\n- Frigosul Alimentos: 41.2%\n\nSeparately, the U.S. Commerce Department kept its own 30% tariff on South African goods.',
        fact: '41.2%',
        expect: { imposer: 'South Africa' },
      },
    ],
    counterExamples: [
      { text: 'The final anti-dumping duties are as follows:\n\n- Frigosul Alimentos: 41.2%', fact: '41.2%', expect: { imposer: '' } },
      { text: 'The tariff on imported kayaks rose to 18%.\n\nThe Commerce Department and the Canada Border Services Agency traded letters.', fact: '18%', expect: { imposer: '' } },
    ],
  }),
  record({
    id: 'tariff.imposer.main-country',
    decides: 'imposer',
    anchor: 'a rate nothing else gives an imposer, in an article that names one country at least twice and more often than any other (the United States: three times and twice as often as any other)',
    reason: 'imposer: {imposer} — the country the article is about; nothing nearer names who sets the rate',
    examples: [
      {
        text: 'Growers in Argentina cheered on Monday. Argentine farm groups had lobbied for months, and Argentina now expects record shipments.\n\nThe ministry published a decree lowering export duties on barley to 7%.',
        fact: '7%',
        expect: { imposer: 'Argentina' },
      },
      {
        text: 'Growers in Argentina cheered on Monday. Argentine farm groups had lobbied for months, and Brazil watched.\n\nThe ministry published a decree lowering export duties on barley to 7%.',
        fact: '7%',
        expect: { imposer: 'Argentina' },
      },
    ],
    counterExamples: [
      {
        text: 'Growers in Argentina cheered on Monday. Argentine farm groups had lobbied for months, and Brazil and Brazilian millers watched.\n\nThe ministry published a decree lowering export duties on barley to 7%.',
        fact: '7%',
        expect: { imposer: '' },
      },
      // The United States is named in stories about everyone's tariffs: twice is not enough.
      {
        text: 'Growers cheered on Monday. The United States and American buyers had lobbied for months.\n\nThe ministry published a decree lowering export duties on barley to 7%.',
        fact: '7%',
        expect: { imposer: '' },
      },
    ],
  }),
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const tariffRules: readonly Rule<any, any>[] = [...IS_TARIFF_RULES, ...DOCUMENT_RULES, ...IMPOSER_RULES, ...TARGET_RULES, ...TARGET_OWNER_RULES, ...CARRIED_TARGET_RULES, ...TOPIC_TARGET_RULES, ...PRODUCT_TARGET_RULES, ...STORY_TARGET_RULES, ...MAKER_GOODS_RULES, ...EXPORT_TARGET_RULES, ...QUOTA_TARGET_RULES, ...HEADLINE_OWNER_RULES, ...EARLIER_RULES, ...EFFECTIVE_RULES, ...SCHEDULE_RULES];
