// The memos the document passes keep across keystrokes: what they find, and their bounds.
import { strict as assert } from 'node:assert';
import { memoize, TupleMemo } from '../../src/core/memo';

describe('memo: remembered results of text', () => {
  it('memo: a tuple detail is found only when every item is the same', () => {
    const memo = new TupleMemo<string>();
    const sentence = 'Exports rose 5% to $3 billion.';
    memo.set(sentence, [13, 15, 'percent', 5, '%', 0], 'read once');
    assert.equal(memo.find(sentence, [13, 15, 'percent', 5, '%', 0]), 'read once');
    assert.equal(memo.find(sentence, [13, 15, 'percent', 5, '%', 1]), undefined);
    assert.equal(memo.find(sentence, [13, 15, 'percent', '5', '%', 0]), undefined);
    assert.equal(memo.find(sentence, [13, 15, 'percent', 5, '%']), undefined);
    assert.equal(memo.find(`${sentence} `, [13, 15, 'percent', 5, '%', 0]), undefined);
  });

  it('memo: a detail can be matched without building it, the first that fits wins', () => {
    const memo = new TupleMemo<string>();
    const sentence = 'Imports fell 3% in May.';
    memo.set(sentence, [13, 15, 0], 'not a rate');
    memo.set(sentence, [13, 15, 1], 'a rate');
    assert.equal(memo.findWhere(sentence, (d) => d[2] === 1), 'a rate');
    assert.equal(memo.findWhere(sentence, (d) => d[0] === 13), 'not a rate');
    assert.equal(memo.findWhere(sentence, (d) => d.length > 3), undefined);
    assert.equal(memo.findWhere('Another sentence.', () => true), undefined);
  });

  it('memo: keeps the latest details of a text and a bounded number of texts', () => {
    const memo = new TupleMemo<number>(10, 3);
    for (let i = 0; i < 5; i++) memo.set('one sentence', [i], i);
    assert.equal(memo.find('one sentence', [1]), undefined);
    assert.equal(memo.find('one sentence', [4]), 4);
    assert.equal(memo.find('one sentence', [2]), 2);
    for (let i = 0; i < 25; i++) memo.set(`sentence ${i}`, [0], i);
    assert.ok(memo.size <= 10, `${memo.size} texts kept`);
    assert.equal(memo.find('sentence 24', [0]), 24);
  });

  it('memo: a memoized function drops its oldest half when full', () => {
    let calls = 0;
    const twice = memoize((s: string) => (calls++, s + s), 4);
    for (const s of ['a', 'b', 'c', 'd', 'e']) twice(s);
    assert.ok(twice.size <= 4);
    assert.equal(twice('e'), 'ee');
    assert.equal(calls, 5);
    twice('a');
    assert.equal(calls, 6);
  });
});
