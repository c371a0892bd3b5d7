// A keystroke's move of a mention list (src/core/moved.ts): what counts as only moved, and moving a
// pass's last result. The typing chains check the passes end to end; these check the edges a chain
// rarely reaches.
import { strict as assert } from 'node:assert';
import { moveAll, movedFrom, samePlain } from '../../src/core/moved';
import { analyze } from '../../src/core/analyze';
import { ParagraphCache } from '../../src/core/extract';

const span = (start: number, text: string, more: Record<string, unknown> = {}) => ({ start, end: start + text.length, text, ...more });

describe('moved: a keystroke that only moves mentions', () => {
  const before = [span(0, 'Ana Ruiz'), span(40, 'Ruiz', { weak: true }), span(90, 'Lee Park')];

  it('moved: a character typed between two mentions shifts those after it', () => {
    const after = [span(0, 'Ana Ruiz'), span(41, 'Ruiz', { weak: true }), span(91, 'Lee Park')];
    assert.deepEqual(movedFrom(before, after), { cut: 40, delta: 1 });
    const deleted = [span(0, 'Ana Ruiz'), span(37, 'Ruiz', { weak: true }), span(87, 'Lee Park')];
    assert.deepEqual(movedFrom(before, deleted), { cut: 40, delta: -3 });
  });

  it('moved: nothing moved is a move by nothing', () => {
    assert.deepEqual(movedFrom(before, before.map((m) => ({ ...m }))), { cut: Infinity, delta: 0 });
  });

  it('moved: any other change is not a move', () => {
    // A field other than offsets.
    assert.equal(movedFrom(before, [span(0, 'Ana Ruiz'), span(41, 'Ruiz'), span(91, 'Lee Park')]), null);
    assert.equal(movedFrom(before, [span(0, 'Ana Ruiz', { title: 'Minister' }), span(40, 'Ruiz', { weak: true }), span(90, 'Lee Park')]), null);
    // A mention more or less.
    assert.equal(movedFrom(before, before.slice(1)), null);
    // Two different shifts (two places typed into), or a length that changed.
    assert.equal(movedFrom(before, [span(0, 'Ana Ruiz'), span(41, 'Ruiz', { weak: true }), span(92, 'Lee Park')]), null);
    assert.equal(movedFrom(before, [span(0, 'Ana Ruiz'), { start: 41, end: 46, text: 'Ruiz', weak: true }, span(91, 'Lee Park')]), null);
  });

  it('moved: a shift that brings a moved mention up against one that stayed is not a move', () => {
    // "Ruiz" at 8 right after "Ana Ruiz" (0-8): moved back to touch or overlap it, offsets could compare otherwise.
    const close = [span(0, 'Ana Ruiz'), span(10, 'Ruiz', { weak: true })];
    assert.equal(movedFrom(close, [span(0, 'Ana Ruiz'), span(8, 'Ruiz', { weak: true })]), null);
    assert.deepEqual(movedFrom(close, [span(0, 'Ana Ruiz'), span(9, 'Ruiz', { weak: true })]), { cut: 10, delta: -1 });
    // A mention inside a longer one that stayed, moved on its own.
    const inside = [span(0, 'Ana Ruiz Park'), span(4, 'Ruiz')];
    assert.equal(movedFrom(inside, [span(0, 'Ana Ruiz Park'), span(5, 'Ruiz')]), null);
  });

  it('moved: moving a result moves every span in it, deep, and copies the rest', () => {
    const result = [{ id: '', name: 'Ana Ruiz', because: ['x'], mentions: [span(0, 'Ana Ruiz'), span(40, 'Ruiz')] }];
    const moved = moveAll(result, [{ cut: 40, delta: 2 }]);
    assert.deepEqual(moved, [{ id: '', name: 'Ana Ruiz', because: ['x'], mentions: [span(0, 'Ana Ruiz'), span(42, 'Ruiz')] }]);
    assert.notEqual(moved[0].because, result[0].because);
    assert.equal(result[0].mentions[1].start, 40);
  });

  it('moved: plain data compares deep', () => {
    assert.ok(samePlain({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] }));
    assert.ok(!samePlain({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] }));
    assert.ok(!samePlain({ a: 1 }, { a: 1, b: undefined }));
    assert.ok(!samePlain([1], { 0: 1 }));
  });

  it('moved: a dateline typed above unchanged people changes their affiliation as a fresh run does', () => {
    const cache = new ParagraphCache();
    const body = 'Trade Minister Petra Sandvik said the levy would stay.\n\nMs. Sandvik told reporters it was temporary.';
    const without = analyze(`Steel levy stays\n\nThe levy stays. ${body}`, { cache });
    assert.equal(without.people[0].affiliation, '');
    // Typed into a paragraph with no people: the people only move, but the article now has a dateline.
    const dated = `Steel levy stays\n\nOTTAWA — The levy stays. ${body}`;
    const withDateline = analyze(dated, { cache });
    assert.deepEqual(withDateline, analyze(dated));
    assert.equal(withDateline.people[0].affiliation, 'Canada');
  });

  it('moved: a credit line edited at the end changes the byline outlet of a person who did not move', () => {
    const cache = new ParagraphCache();
    const text = 'Tariff talks stall\n\nBy Hannah Oyelaran\n\nThe 10% levy on steel stays, officials said.\n\nThis story was produced by TRADEWIRE';
    assert.equal(analyze(text, { cache }).people[0].affiliation, 'TRADEWIRE');
    const edited = text.replace('TRADEWIRE', 'TRADELINE');
    const again = analyze(edited, { cache });
    assert.deepEqual(again, analyze(edited));
    assert.equal(again.people[0].affiliation, 'TRADELINE');
  });
});
