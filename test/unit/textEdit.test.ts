// The edit between two analyses of a document and the comparisons the per-item memos key on
// (src/core/textEdit.ts): a wrong answer here is a stale fact after a keystroke.
import { strict as assert } from 'node:assert';
import { editBetween, movedBy, sameMoved, windowMove } from '../../src/core/textEdit';
import { rng } from '../../bench/corpus';

describe('text edit: what a keystroke changed', () => {
  it('text edit: the stretch found leaves equal text before it and after it, and is as short as can be', () => {
    const r = rng(77);
    const pick = (s: string) => s[Math.floor(r() * s.length)];
    for (let k = 0; k < 400; k++) {
      // Long enough to cross the 512-character chunks, with repeats so a wrong chunk would show.
      const before = Array.from({ length: Math.floor(r() * 3000) }, () => pick('ab \n')).join('');
      const at = Math.floor(r() * (before.length + 1));
      const cut = Math.floor(r() * 5);
      const typed = Array.from({ length: Math.floor(r() * 4) }, () => pick('abx')).join('');
      const after = before.slice(0, at) + typed + before.slice(at + cut);
      const e = editBetween(before, after);
      assert.equal(e.delta, after.length - before.length);
      assert.equal(after.slice(0, e.from), before.slice(0, e.from), `case ${k}`);
      assert.equal(after.slice(e.to), before.slice(e.to - e.delta), `case ${k}`);
      assert.ok(e.from <= e.to && e.from <= e.to - e.delta, `case ${k}`);
      if (e.from < Math.min(before.length, after.length)) assert.notEqual(after[e.from], before[e.from], `case ${k}`);
    }
  });

  it('text edit: one letter typed in a long text is found where it was typed', () => {
    const before = 'x'.repeat(5000) + 'y'.repeat(5000);
    const after = `${before.slice(0, 6000)}z${before.slice(6000)}`;
    assert.deepEqual(editBetween(before, after), { from: 6000, to: 6001, delta: 1 });
    assert.deepEqual(editBetween('', 'abc'), { from: 0, to: 3, delta: 3 });
    assert.deepEqual(editBetween('same', 'same'), { from: 4, to: 4, delta: 0 });
  });

  it('text edit: a read before the stretch stays, one after it moves, one touching it is redone', () => {
    const e = { from: 100, to: 103, delta: 2 };
    assert.equal(windowMove(e, 0, 99), 0);
    assert.equal(windowMove(e, 0, 100), null);
    assert.equal(windowMove(e, 101, 150), null);
    assert.equal(windowMove(e, 103, 150), null);
    assert.equal(windowMove(e, 104, 150), 2);
  });

  it('text edit: facts are the same moved only when every field but the offsets agrees', () => {
    const then = { start: 10, end: 13, text: '12%', sentenceStart: 4, because: ['a', 'b'], change: null };
    assert.ok(sameMoved({ ...then, start: 15, end: 18, sentenceStart: 9 }, then, 5));
    assert.ok(sameMoved(then, then, 0));
    assert.ok(!sameMoved(then, then, 5));
    assert.ok(!sameMoved({ ...then, start: 15, end: 18, sentenceStart: 4 }, then, 5), 'the sentence did not move with it');
    assert.ok(!sameMoved({ ...then, because: ['a'] }, then, 0));
    assert.ok(!sameMoved({ ...then, change: 'raised' }, then, 0));
    assert.ok(!sameMoved({ ...then, extra: 1 }, then, 0));
    const { change: _, ...fewer } = then;
    assert.ok(!sameMoved(fewer, then, 0));
    assert.deepEqual(movedBy(then, 5), { ...then, start: 15, end: 18, sentenceStart: 9 });
    assert.equal(movedBy(then, 0), then);
  });
});
