// Facts name a country as the article spells it (src/core/countrySpellings.ts): "Viet Nam" and
// "Türkiye" where the copy writes them, the usual names where it does not, and never a spelling
// left over from the article analysed before.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { ParagraphCache } from '../../src/core/extract';
import { articleSpellings } from '../../src/core/countrySpellings';

const VIET_NAM = 'HANOI - Viet Nam imposed anti-dumping duties of 12% on Chinese steel pipes on Monday.\n\nViet Nam\'s trade ministry said the duties would last five years. Exporters in Viet Nam welcomed them.';
const VIETNAM = 'HANOI - Vietnam imposed anti-dumping duties of 12% on Chinese steel pipes on Monday.\n\nThe trade ministry said the duties would last five years.';
const TURKIYE = 'ANKARA - Türkiye raised its additional duty on Chinese cars to 60% from 40%, Trade Minister Selin Aydın of Türkiye said on Tuesday.\n\n"We protect our industry," said Aydın. Türkiye first set the duty in 2023.';

describe('country spellings: the article\'s own', () => {
  it('country spellings: an article that writes "Viet Nam" gets an imposer "Viet Nam"', () => {
    const a = analyze(VIET_NAM);
    assert.equal(a.tariffs.find((t) => t.text === '12%')?.imposer, 'Viet Nam');
  });
  it('country spellings: an article that writes "Vietnam" keeps "Vietnam"', () => {
    assert.equal(analyze(VIETNAM).tariffs.find((t) => t.text === '12%')?.imposer, 'Vietnam');
  });
  it('country spellings: imposers and affiliations both follow "Türkiye"', () => {
    const a = analyze(TURKIYE);
    assert.equal(a.tariffs.find((t) => t.text === '60%')?.imposer, 'Türkiye');
    assert.equal(a.people.find((p) => p.name === 'Selin Aydın')?.affiliation, 'Türkiye');
  });
  it('country spellings: the usual name wins a tie, and only spellings of the country\'s own name count', () => {
    assert.deepEqual([...articleSpellings('Vietnam and Viet Nam', new Set(['Vietnam']))], []);
    // "Holland" is another name, not a spelling of the Netherlands.
    assert.deepEqual([...articleSpellings('Holland, Holland and Holland', new Set(['Netherlands']))], []);
    assert.deepEqual([...articleSpellings('Côte d\'Ivoire said so; Côte d\'Ivoire again.', new Set(['Ivory Coast']))], [['Ivory Coast', 'Côte d\'Ivoire']]);
  });
  it('country spellings: one cache across two articles gives each its own spelling, and leaves the first article\'s facts as they were', () => {
    const cache = new ParagraphCache();
    const first = analyze(VIET_NAM, { cache });
    const second = analyze(VIETNAM, { cache });
    assert.equal(first.tariffs.find((t) => t.text === '12%')?.imposer, 'Viet Nam');
    assert.equal(second.tariffs.find((t) => t.text === '12%')?.imposer, 'Vietnam');
    assert.equal(analyze(VIET_NAM, { cache }).tariffs.find((t) => t.text === '12%')?.imposer, 'Viet Nam');
  });
});
