import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import {
  anchorLedger, checkOf, clearFact, emptyLedger, entryKey, findFact, ignoreCheck, ledgerFacts, ledgerPathFor, LedgerTextMemo, markFact, mergeLedgers,
  parseLedger, rebaseLedger, removeEntry, serializeLedger, summarizeChecks, type Ledger, type LedgerFact,
} from '../../src/core/ledger';

// An original article in the style of trade reporting; people and companies are invented.
const ARTICLE = [
  'Velmora lifts duties on bicycle parts',
  '',
  'Exports of bicycle parts from Velmora rose 12% to $4.2 billion last year, the Velmora Trade Office said.',
  '',
  'The ministry will impose a 35% tariff on Dravonian aluminium frames from March 1.',
  '',
  '"We expect the new tariff to hold through the winter," said Ilse Marrow, director of the Cobalt Cycle Guild.',
].join('\n');

const WHO = { by: 'Ada Fenwick', at: '2026-03-02T09:15:00.000Z' };
const factsOf = (text: string) => ledgerFacts(analyze(text));
const byText = (facts: LedgerFact[], text: string, n = 1) => {
  const f = facts.filter((x) => x.text === text)[n - 1];
  assert.ok(f, `ledger: the article has a fact "${text}" (${n})`);
  return f;
};
/** Marks the facts reading `texts` in `text`, each verified with a note naming it. */
function marked(text: string, ...texts: string[]): Ledger {
  const a = analyze(text);
  let ledger = emptyLedger();
  for (const t of texts) ledger = markFact(ledger, a, byText(ledgerFacts(a), t).id, { status: 'verified', note: `note on ${t}`, source: 'customs table', ...WHO });
  return ledger;
}
const statusOf = (text: string, ledger: Ledger, fact: string, n = 1) => {
  const an = anchorLedger(ledger, factsOf(text));
  return an.checks[an.facts.indexOf(byText(an.facts, fact, n))];
};

describe('ledger: facts and keys', () => {
  it('ledger: every kind of fact is there once, a tariff rate standing for its figure', () => {
    const a = analyze(ARTICLE);
    const facts = ledgerFacts(a);
    assert.deepEqual([...new Set(facts.map((f) => f.kind))].sort(), ['figure', 'organization', 'person', 'quote', 'tariff']);
    const rate = byText(facts, '35%');
    assert.equal(rate.kind, 'tariff');
    assert.equal(facts.filter((f) => f.text === '35%').length, 1, 'the 35% is not a figure too');
    const figure = a.figures.find((f) => f.text === '35%');
    if (figure) assert.deepEqual(rate.alsoIds, [figure.id]);
    assert.equal(byText(facts, 'Ilse Marrow').kind, 'person');
    assert.equal(byText(facts, 'We expect the new tariff to hold through the winter').kind, 'quote');
  });

  it('ledger: identical facts in identical sentences are numbered in text order', () => {
    const s = 'Duties on Velmoran saddles rose to 9%.';
    const facts = factsOf(`${s}\n\n${s}\n\nDuties on Velmoran pedals rose to 9%.`).filter((f) => f.text === '9%');
    assert.deepEqual(facts.map((f) => f.occurrence), [1, 2, 1]);
    assert.equal(new Set(facts.map((f) => f.key)).size, 3, 'three distinct keys');
    assert.match(facts[1].key, /:2$/);
  });

  it('ledger: keys do not depend on offsets', () => {
    const k1 = byText(factsOf(ARTICLE), '$4.2 billion').key;
    const k2 = byText(factsOf(`A new first paragraph about spokes.\n\n${ARTICLE}`), '$4.2 billion').key;
    assert.equal(k1, k2);
    assert.equal(k1, entryKey('figure', '$4.2 billion', byText(factsOf(ARTICLE), '$4.2 billion').sentence, 1));
  });

  it('ledger: a memo kept between analyses (as the editor keeps one per article) gives the same facts and keys, and stays bounded', () => {
    const edited = ARTICLE.replace('last year', 'in the last year');
    const memo = new LedgerTextMemo(4);
    for (const text of [ARTICLE, edited, ARTICLE]) {
      assert.deepEqual(ledgerFacts(analyze(text), memo), factsOf(text), 'same facts with a warm memo as without one');
    }
    // A memo of 4 sentences overflowed many times above and still answered right: it clears, never grows past its limit.
    assert.ok((memo.norm as unknown as { size: number }).size <= 4);
  });
});

describe('ledger: file format', () => {
  it('ledger: written with sorted keys, 2-space indent, one entry per fact and a final newline', () => {
    const out = serializeLedger(marked(ARTICLE, '35%', '$4.2 billion', 'Ilse Marrow'));
    assert.ok(out.endsWith('}\n') && !out.endsWith('\n\n'));
    const obj = JSON.parse(out);
    assert.deepEqual(Object.keys(obj), ['entries', 'format']);
    assert.equal(obj.format, 1);
    const keys = Object.keys(obj.entries);
    assert.deepEqual(keys, [...keys].sort());
    for (const e of Object.values(obj.entries) as object[]) assert.deepEqual(Object.keys(e), [...Object.keys(e)].sort());
    assert.match(out, /^ {2}"entries": \{$/m);
    assert.match(out, /^ {6}"status": "verified",$/m);
    assert.equal(keys.length, 3);
  });

  it('ledger: round trip: parse(serialize(x)) is x, and serializing again gives the same bytes', () => {
    let ledger = marked(ARTICLE, '12%', 'Cobalt Cycle Guild');
    ledger = ignoreCheck(ledger, analyze(ARTICLE), byText(factsOf(ARTICLE), '12%').id, 'implied', WHO);
    const text = serializeLedger(ledger);
    const read = parseLedger(text);
    assert.ok(read.ok);
    assert.deepEqual(read.ledger, ledger);
    assert.equal(serializeLedger(read.ledger), text);
    // Insertion order does not show in the file.
    const reversed = { ...ledger, entries: Object.fromEntries(Object.entries(ledger.entries).reverse()) };
    assert.equal(serializeLedger(reversed), text);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['invalid JSON', '{"format": 1, "entries": {', /is not valid JSON/],
    ['a newer format', '{"format": 7, "entries": {}}', /newer Trade Facts \(ledger format 7; this version reads format 1\)/],
    ['not an object', '[1, 2, 3]', /not a JSON object/],
    ['no format', '{"entries": {}}', /no "format" number/],
    ['entries not an object', '{"format": 1, "entries": []}', /"entries" is not an object/],
    ['an entry with an unknown status', '{"format": 1, "entries": {"k": {"kind": "figure", "text": "9%", "status": "approved"}}}', /entry "k" that has an unknown status "approved"/],
    ['an entry of an unknown kind', '{"format": 1, "entries": {"k": {"kind": "verb", "text": "x", "status": "verified"}}}', /unknown kind/],
  ];
  for (const [what, text, reason] of bad) {
    it(`ledger: ${what} is refused read-only with a one-line reason, never thrown`, () => {
      const read = parseLedger(text);
      assert.equal(read.ok, false);
      if (read.ok) return;
      assert.equal(read.readOnly, true);
      assert.match(read.reason, reason);
      assert.ok(!read.reason.includes('\n'));
    });
  }

  it('ledger: the path mirrors the article under .trade-facts/', () => {
    assert.equal(ledgerPathFor('drafts/tariffs.md'), '.trade-facts/drafts/tariffs.md.json');
    assert.equal(ledgerPathFor('drafts\\2026\\steel.txt'), '.trade-facts/drafts/2026/steel.txt.json');
    assert.equal(ledgerPathFor('./a.md'), '.trade-facts/a.md.json');
    assert.equal(ledgerPathFor('../elsewhere.md'), null);
    assert.equal(ledgerPathFor(''), null);
  });
});

describe('ledger: re-anchoring after edits', () => {
  const ledger = marked(ARTICLE, '12%', '$4.2 billion', '35%', 'Ilse Marrow', 'Cobalt Cycle Guild', 'We expect the new tariff to hold through the winter');

  it('ledger: on the text as marked, every mark is on its fact', () => {
    const an = anchorLedger(ledger, factsOf(ARTICLE));
    assert.equal(an.orphans.length, 0);
    assert.equal(an.checks.filter((c) => c.status === 'verified').length, 6);
    assert.equal(statusOf(ARTICLE, ledger, '$4.2 billion').note, 'note on $4.2 billion');
  });

  it('ledger: text added and removed elsewhere keeps every mark', () => {
    const edited = ARTICLE.replace('Velmora lifts', 'Velmora finally lifts').replace('\n\nThe ministry', '\n\nShipments slowed in the autumn.\n\nThe ministry') + '\n\nThe guild meets again in May.';
    const an = anchorLedger(ledger, factsOf(edited));
    assert.equal(an.orphans.length, 0);
    for (const t of ['12%', '$4.2 billion', '35%', 'Ilse Marrow']) assert.equal(statusOf(edited, ledger, t).status, 'verified', t);
  });

  it('ledger: an edit elsewhere in the sentence keeps the mark (edited), and rebasing moves the entry', () => {
    const edited = ARTICLE.replace('last year, the Velmora', 'in the year to June, the Velmora');
    const an = anchorLedger(ledger, factsOf(edited));
    const i = an.facts.findIndex((f) => f.text === '$4.2 billion');
    assert.equal(an.checks[i].status, 'verified');
    assert.equal(an.how[i], 'edited');
    const rebased = rebaseLedger(ledger, an);
    assert.notEqual(rebased, ledger);
    assert.equal(Object.keys(rebased.entries).length, Object.keys(ledger.entries).length);
    const again = anchorLedger(rebased, factsOf(edited));
    assert.equal(again.how[i], 'exact');
    assert.equal(rebaseLedger(rebased, again), rebased, 'nothing left to move');
  });

  it('ledger: a fact whose own text changed is `changed`, never verified, and undo restores it', () => {
    const edited = ARTICLE.replace('$4.2 billion', '$4.7 billion');
    const c = statusOf(edited, ledger, '$4.7 billion');
    assert.equal(c.status, 'changed');
    assert.equal(c.was, '$4.2 billion');
    assert.equal(c.note, 'note on $4.2 billion');
    assert.equal(anchorLedger(ledger, factsOf(edited)).orphans.length, 0);
    assert.equal(statusOf(ARTICLE, ledger, '$4.2 billion').status, 'verified', 'the original text: verified again');
  });

  it('ledger: a changed rate and a changed quote are `changed` too', () => {
    const edited = ARTICLE.replace('35%', '40%').replace('through the winter', 'through the long winter');
    assert.equal(statusOf(edited, ledger, '40%').status, 'changed');
    assert.equal(statusOf(edited, ledger, 'We expect the new tariff to hold through the long winter').status, 'changed');
  });

  it('ledger: a deleted fact is an orphan kept in the ledger, not moved to its neighbour', () => {
    const edited = ARTICLE.replace(' to $4.2 billion', '');
    const an = anchorLedger(ledger, factsOf(edited));
    assert.deepEqual(an.orphans.map((o) => o.text), ['$4.2 billion']);
    assert.equal(statusOf(edited, ledger, '12%').status, 'verified', '12% keeps its own mark');
    assert.equal(an.checks.filter((c) => c.status === 'changed').length, 0);
    assert.equal(Object.keys(rebaseLedger(ledger, an).entries).length, Object.keys(ledger.entries).length, 'the orphan stays');
  });

  it('ledger: an unmarked neighbour never takes a deleted fact’s mark', () => {
    const only = marked(ARTICLE, '$4.2 billion');
    const edited = ARTICLE.replace(' to $4.2 billion', '');
    assert.equal(statusOf(edited, only, '12%').status, 'unchecked');
    assert.equal(anchorLedger(only, factsOf(edited)).orphans.length, 1);
  });

  it('ledger: a 5% edited to 15% is changed (15% does not hold the old 5%)', () => {
    const text = 'Duties on Korvath spokes rose 5% on Monday.';
    const l = marked(text, '5%');
    assert.equal(statusOf(text.replace('5%', '15%'), l, '15%').status, 'changed');
  });

  it('ledger: duplicate facts in identical sentences keep their own marks', () => {
    const s = 'Duties on Velmoran saddles rose to 9%.';
    const text = `${s}\n\nThe pedal makers objected.\n\n${s}`;
    const a = analyze(text);
    const second = ledgerFacts(a).filter((f) => f.text === '9%')[1];
    const l = markFact(emptyLedger(), a, second.id, { status: 'disputed', ...WHO });
    assert.equal(statusOf(text, l, '9%', 1).status, 'unchecked');
    assert.equal(statusOf(text, l, '9%', 2).status, 'disputed');
    const moved = `A first line about chains.\n\n${text}`;
    assert.equal(statusOf(moved, l, '9%', 2).status, 'disputed');
    assert.equal(statusOf(moved, l, '9%', 1).status, 'unchecked');
  });

  it('ledger: a person keeps the mark by canonical name wherever mentioned', () => {
    const edited = ARTICLE.replace('said Ilse Marrow, director', 'said Ilse Marrow, the director');
    assert.equal(statusOf(edited, ledger, 'Ilse Marrow').status, 'verified');
  });
});

describe('ledger: marks', () => {
  const a = analyze(ARTICLE);
  const facts = ledgerFacts(a);
  const rate = byText(facts, '35%');

  it('ledger: mark, re-mark and clear', () => {
    let l = markFact(emptyLedger(), a, rate.id, { status: 'verified', note: 'gazette', source: 'Official Gazette No. 14', ...WHO });
    assert.deepEqual(Object.keys(l.entries), [rate.key]);
    assert.equal(l.entries[rate.key].source, 'Official Gazette No. 14');
    l = markFact(l, a, rate.id, { status: 'disputed', note: 'gazette says 30%', by: 'Rui Okafor', at: '2026-03-02T10:00:00.000Z' });
    assert.equal(Object.keys(l.entries).length, 1);
    assert.equal(checkOf(anchorLedger(l, facts), rate.id).status, 'disputed');
    assert.equal(checkOf(anchorLedger(l, facts), rate.id).by, 'Rui Okafor');
    l = clearFact(l, a, rate.id, WHO);
    assert.deepEqual(l.entries, {});
  });

  it('ledger: marks are found by the figure id of a tariff rate too', () => {
    const figureId = rate.alsoIds[0];
    if (!figureId) return assert.ok(!a.figures.some((f) => f.start === rate.start), 'no figure shares the rate’s span');
    const l = markFact(emptyLedger(), a, figureId, { status: 'verified', ...WHO });
    assert.equal(checkOf(anchorLedger(l, facts), rate.id).status, 'verified');
  });

  it('ledger: re-marking a changed fact replaces its old entry', () => {
    const l = marked(ARTICLE, '$4.2 billion');
    const edited = ARTICLE.replace('$4.2 billion', '$4.7 billion');
    const ea = analyze(edited);
    const l2 = markFact(l, ea, byText(ledgerFacts(ea), '$4.7 billion').id, { status: 'verified', ...WHO });
    assert.equal(Object.keys(l2.entries).length, 1);
    assert.equal(Object.values(l2.entries)[0].text, '$4.7 billion');
    assert.equal(statusOf(edited, l2, '$4.7 billion').status, 'verified');
  });

  it('ledger: an unknown fact leaves the ledger as it was', () => {
    const l = marked(ARTICLE, '12%');
    assert.equal(markFact(l, a, 'f999', { status: 'verified', ...WHO }), l);
  });

  it('ledger: an ignored check is kept with the mark, and alone when the fact has none', () => {
    const twelve = byText(facts, '12%');
    let l = ignoreCheck(emptyLedger(), a, twelve.id, 'implied', WHO);
    assert.equal(l.entries[twelve.key].status, 'unchecked');
    assert.deepEqual(checkOf(anchorLedger(l, facts), twelve.id).ignoredChecks, ['implied']);
    l = markFact(l, a, twelve.id, { status: 'verified', ...WHO });
    assert.deepEqual(l.entries[twelve.key].ignoredChecks, ['implied'], 'marking keeps the ignored check');
    l = clearFact(l, a, twelve.id, WHO);
    assert.deepEqual(l.entries[twelve.key].ignoredChecks, ['implied'], 'clearing keeps it too');
    l = ignoreCheck(l, a, twelve.id, 'implied', WHO, false);
    assert.deepEqual(l.entries, {});
  });

  it('ledger: an orphan is removed only when asked', () => {
    const l = marked(ARTICLE, '$4.2 billion');
    const edited = ARTICLE.replace(' to $4.2 billion', '');
    const [orphan] = anchorLedger(l, factsOf(edited)).orphans;
    assert.deepEqual(removeEntry(l, orphan.key).entries, {});
    assert.equal(removeEntry(l, 'no such key'), l);
  });

  it('ledger: the summary counts facts by status and kind', () => {
    const l = marked(ARTICLE, '12%', '$4.2 billion');
    const edited = ARTICLE.replace('$4.2 billion', '$4.7 billion');
    const s = summarizeChecks(anchorLedger(l, factsOf(edited)));
    assert.equal(s.byKind.figure.verified, 1);
    assert.equal(s.byKind.figure.changed, 1);
    assert.equal(s.byStatus.verified + s.byStatus.disputed + s.byStatus.changed + s.byStatus.unchecked, s.total);
    assert.equal(s.total, factsOf(edited).length);
  });

  it('ledger: findFact finds a fact by its text, and says when it is missing or ambiguous', () => {
    const s = 'Duties on Velmoran saddles rose to 9%.';
    const f = factsOf(`${s}\n\nDuties on Velmoran pedals rose to 9%.`);
    const two = findFact(f, '9%');
    assert.equal(two.ok, false);
    assert.match(!two.ok ? two.error : '', /"9%" is 2 facts; say which with --occurrence 1 to 2/);
    const second = findFact(f, '9%', 2);
    assert.ok(second.ok && second.fact.sentence.includes('pedals'));
    assert.match((findFact(f, '9%', 3) as { error: string }).error, /has 2 occurrences, not 3/);
    assert.match((findFact(f, '10%') as { error: string }).error, /no fact reads "10%"/);
  });
});

describe('ledger: merging two versions', () => {
  const base = marked(ARTICLE, '12%', '35%');
  const a = analyze(ARTICLE);
  const facts = ledgerFacts(a);
  const mark = (l: Ledger, t: string, status: 'verified' | 'disputed', at: string) => markFact(l, a, byText(facts, t).id, { status, by: 'x', at });

  it('ledger: entries from both sides are kept', () => {
    const ours = mark(base, '$4.2 billion', 'verified', '2026-03-02T11:00:00Z');
    const theirs = mark(base, 'Ilse Marrow', 'disputed', '2026-03-02T11:05:00Z');
    const m = mergeLedgers(ours, theirs, base);
    assert.equal(Object.keys(m.entries).length, 4);
    assert.deepEqual(m, mergeLedgers(theirs, ours, base), 'symmetric');
  });

  it('ledger: the same entry marked on both sides: the newer mark wins', () => {
    const ours = mark(base, '35%', 'disputed', '2026-03-02T12:00:00Z');
    const theirs = mark(base, '35%', 'verified', '2026-03-02T12:30:00Z');
    const key = byText(facts, '35%').key;
    assert.equal(mergeLedgers(ours, theirs, base).entries[key].status, 'verified');
    assert.equal(mergeLedgers(theirs, ours).entries[key].status, 'verified');
  });

  it('ledger: a removal on one side stays removed with a base, and comes back without one', () => {
    const ours = clearFact(base, a, byText(facts, '12%').id, WHO);
    const key = byText(facts, '12%').key;
    assert.ok(!(key in mergeLedgers(ours, base, base).entries));
    assert.ok(key in mergeLedgers(ours, base).entries);
    // Removed here but changed there: the change is kept.
    const theirs = mark(base, '12%', 'disputed', '2026-03-03T00:00:00Z');
    assert.equal(mergeLedgers(ours, theirs, base).entries[key].status, 'disputed');
  });
});
