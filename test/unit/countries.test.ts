// Every ISO 3166 country, as imposer and as target of a tariff, through the full analyze(): the
// lexicon's table is only worth something if each row works in a sentence. Plus the guards that
// keep names of people, states and newspapers from becoming countries, and the generated table
// kept in step with the world-countries package.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import { analyze } from '../../src/core/analyze';
import { countryOfActor, countryOfDemonym, findActors, normalizeCountry } from '../../src/core/countries';
import { COUNTRIES, type Country } from '../../src/core/lexicon/countries';
// @ts-expect-error: a plain JavaScript build script, without type declarations
import { currentTable, TABLE_FILE } from '../../scripts/gen-countries.mjs';

/** The form a sentence names the country by: its canonical name when that is safe as a word. */
const formOf = (c: Country): string => (c.forms.includes(c.name) ? c.name : (c.forms.find((f) => f.includes(' ')) ?? c.forms[0]));

function onlyRate(text: string) {
  const rates = analyze(text).tariffs;
  assert.equal(rates.length, 1, `one tariff rate in: ${text}`);
  return rates[0];
}

describe('countries: the generated table', () => {
  it('countries: src/core/lexicon/countryTable.ts is what scripts/gen-countries.mjs makes from the installed package', () => {
    const committed = fs.readFileSync(TABLE_FILE, 'utf8');
    assert.ok(committed === currentTable(), 'the country table is out of date: run node scripts/gen-countries.mjs');
  });

  it('countries: every ISO 3166-1 entry has a canonical name and at least one form', () => {
    assert.ok(COUNTRIES.length >= 249, `${COUNTRIES.length} entries`);
    for (const c of COUNTRIES) assert.ok(c.name && c.forms.length > 0, `${c.iso2} has no usable form`);
  });

  it('countries: codes that are English words are never forms', () => {
    for (const word of ['IN', 'AS', 'TO', 'NO', 'IT', 'BE', 'CAN', 'PER', 'ARE', 'MAR', 'DOM', 'Island', 'Nippon', 'Congo']) {
      assert.equal(countryOfActor(word), '', word);
    }
    assert.deepEqual(findActors('IT firms said NO to tariffs IN the plan, AS expected.'), []);
  });

  it('countries: the project keeps its canonical names', () => {
    const names = new Set(COUNTRIES.map((c) => c.name));
    for (const n of ['United States', 'South Korea', 'United Kingdom', 'Taiwan', 'Vietnam', 'Turkey', 'Russia', 'Czech Republic', 'Hong Kong']) {
      assert.ok(names.has(n), n);
    }
    assert.equal(normalizeCountry('Türkiye'), 'Turkey');
    assert.equal(normalizeCountry('Czechia'), 'Czech Republic');
    assert.equal(normalizeCountry('Brussels'), 'European Union');
    assert.equal(normalizeCountry('Korea'), 'South Korea');
    assert.equal(normalizeCountry('DRC'), 'Democratic Republic of the Congo');
  });
});

describe('countries: finding them stays linear', () => {
  it('countries: findActors on 2× the text takes < 3× the time', function () {
    this.timeout(60_000);
    const para = 'Chad Bown said Beijing and the U.S. Trade Representative met in New Mexico; Côte d’Ivoire, Tbilisi and Chadian exporters wrote to the Washington Post. ';
    const time = (text: string) => {
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        findActors(text);
        runs.push(performance.now() - t0);
      }
      return Math.min(...runs);
    };
    time(para.repeat(100)); // warm up
    const small = time(para.repeat(2000));
    const big = time(para.repeat(4000));
    assert.ok(big < small * 3 + 5, `2× text took ${(big / small).toFixed(2)}× (${small.toFixed(1)} → ${big.toFixed(1)} ms)`);
  });
});

describe('countries: names that are something else', () => {
  const none = (text: string, form: string) => assert.ok(!findActors(text).some((a) => a.text.startsWith(form)), `${form} in: ${text}`);
  const some = (text: string, form: string, country: string) =>
    assert.ok(findActors(text).some((a) => a.text.startsWith(form) && a.country === country), `${form} → ${country} in: ${text}`);

  it('countries: a person named like a country is not the country', () => {
    none('Chad Bown, an economist, said the duties would last.', 'Chad');
    none('The forecast came from Jordan Whitfield of Lakeside Capital.', 'Jordan');
    none('Analysts quoted by Marcus Jordan expect more levies.', 'Jordan');
    some('Chad and Jordan both cut their tariffs on grain.', 'Chad', 'Chad');
    some('In Jordan, officials raised the duty on cars.', 'Jordan', 'Jordan');
  });

  it('countries: a U.S. state or a newspaper is not a government', () => {
    none('The Georgia plant will make batteries despite the 25% tariff.', 'Georgia');
    none('New Jersey ports handled more cargo.', 'Jersey');
    none('Oil from the Niger Delta was exempt.', 'Niger');
    some('Jersey cut its duty on wine.', 'Jersey', 'Jersey');
    none('Exports to Latin America and South America rose.', 'America');
    none('A plant in New Mexico and a port in Northern Ireland were named.', 'Mexico');
    none('A plant in New Mexico and a port in Northern Ireland were named.', 'Ireland');
    none('Growers in Washington State said prices fell.', 'Washington');
    some("America's tariffs on Mexico rose.", 'America', 'United States');
    some("America's tariffs on Mexico rose.", 'Mexico', 'Mexico');
    some('Ireland and the European Community agreed.', 'European Community', 'European Union');
    none('The Washington Post reported the decision.', 'Washington');
    none('Cuts agreed in the Uruguay Round still apply.', 'Uruguay');
    none('The Paris Agreement was not discussed.', 'Paris');
    some('Washington raised the duty to 25%.', 'Washington', 'United States');
    some('The U.S. State Department said the duties stand.', 'U.S.', 'United States');
    none('Members of the Paris Club met. Talks on the Doha Round stalled.', 'Paris');
    none('Members of the Paris Club met. Talks on the Doha Round stalled.', 'Doha');
    some('Tbilisi said it would answer the duties.', 'Tbilisi', 'Georgia');
  });

  it("countries: an agency's name inside another body's name is not that agency", () => {
    none("South Africa's International Trade Administration Commission recommended a duty.", 'International Trade Administration');
    some("South Africa's International Trade Administration Commission recommended a duty.", "South Africa's", 'South Africa');
    none('The Congress Party opposed the duty cut.', 'Congress');
    some('Congress passed the tariff bill.', 'Congress', 'United States');
    some('The International Trade Administration set a 12% margin.', 'International Trade Administration', 'United States');
    // Another country's body of the same name: "of Vietnam" is the country acting.
    none('The Trade Remedies Authority of Vietnam set a 12% margin.', 'Trade Remedies Authority');
    some('The Trade Remedies Authority of Vietnam set a 12% margin.', 'Vietnam', 'Vietnam');
    some('The Trade Remedies Authority of the United Kingdom set a 12% margin.', 'Trade Remedies Authority', 'United Kingdom');
    some('The Trade Remedies Authority set a 12% margin.', 'Trade Remedies Authority', 'United Kingdom');
  });

  it('countries: a capital that is a common name or another place is not a government', () => {
    for (const form of ['Santiago', 'Lima', 'Victoria', 'Kingston', 'San Jose', 'Male']) assert.equal(countryOfActor(form), '', form);
    assert.equal(countryOfActor('Ottawa'), 'Canada');
    assert.equal(countryOfActor('Brasilia'), 'Brazil');
  });

  it('countries: trade agencies are their country acting', () => {
    for (const [form, country] of [
      ['USTR', 'United States'],
      ['the U.S. Trade Representative', 'United States'],
      ['MOFCOM', 'China'],
      ['DG Trade', 'European Union'],
      ['METI', 'Japan'],
      ['CBSA', 'Canada'],
      ['HMRC', 'United Kingdom'],
    ]) {
      assert.equal(countryOfActor(form), country, form);
    }
  });
});

describe('countries: every ISO country in a tariff sentence', () => {
  for (const c of COUNTRIES) {
    const name = formOf(c);
    const other = c.name === 'United States' ? 'China' : 'The United States';
    const otherName = c.name === 'United States' ? 'China' : 'United States';
    it(`countries: ${c.iso2} ${c.name} as imposer ("${name}") and as target`, () => {
      const imposed = onlyRate(`${name} imposed a 10% tariff on ${otherName === 'China' ? 'Chinese' : 'U.S.'} steel.`);
      assert.equal(imposed.imposer, c.name, 'imposer');
      const hit = onlyRate(`${other} imposed a 10% tariff on steel from ${name}.`);
      assert.equal(hit.imposer, otherName, 'imposer when the country is the target');
      assert.ok(hit.target.includes(name), `target "${hit.target}" names ${name}`);
      for (const d of c.demonyms) {
        assert.equal(countryOfDemonym(d), c.name, `demonym ${d}`);
        const byDemonym = onlyRate(`${other} imposed a 10% tariff on ${d} steel.`);
        assert.equal(byDemonym.imposer, otherName, `imposer with the demonym ${d}`);
        assert.ok(byDemonym.target.includes(d), `target "${byDemonym.target}" names ${d}`);
      }
    });
  }
});
