import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { BeatIndex, digestArticle, runInSlices, type ArticleDigest, type SliceOptions } from '../../src/core/beat';
import { generateBeat } from '../../bench/beatCorpus';

/** A clock that moves only when a step says so, and a pause that records where the thread was handed back. */
function fakeClock(msPerStep = 0) {
  let t = 0;
  const pauses: number[] = [];
  const opts: SliceOptions = { budgetMs: 10, now: () => (t += msPerStep), pause: async () => void pauses.push(t) };
  return { opts, pauses };
}

function* counting(n: number, seen: number[]): Generator<void, string> {
  for (let i = 0; i < n; i++) {
    seen.push(i);
    yield;
  }
  return 'done';
}

describe('beat slices: long work handed back to the event loop', () => {
  it('beat slices: the work runs to its end, pausing each time a slice has used its budget', async () => {
    const { opts, pauses } = fakeClock(3); // each step "takes" 3 ms on this clock
    const seen: number[] = [];
    assert.equal(await runInSlices(counting(20, seen), opts), 'done');
    assert.equal(seen.length, 20);
    assert.ok(pauses.length >= 4 && pauses.length <= 8, `paused ${pauses.length} times`);
  });

  it('beat slices: no pause while the budget lasts', async () => {
    const { opts, pauses } = fakeClock(0);
    assert.equal(await runInSlices(counting(50, []), opts), 'done');
    assert.equal(pauses.length, 0);
  });

  it('beat slices: a cancelled run stops before the next step and resolves undefined', async () => {
    const seen: number[] = [];
    const { opts } = fakeClock(0);
    assert.equal(await runInSlices(counting(50, seen), { ...opts, cancelled: () => seen.length >= 5 }), undefined);
    assert.equal(seen.length, 5);
  });
});

describe('beat slices: the index built in slices', function () {
  this.timeout(60_000);
  let digests: ArticleDigest[];
  before(() => {
    digests = generateBeat(40, 250).map(([file, text]) => digestArticle(file, text, analyze(text)));
  });
  const filled = (list: ArticleDigest[]) => {
    const ix = new BeatIndex();
    for (const d of list) ix.set(d);
    return ix;
  };
  const realPause: SliceOptions = { budgetMs: 0, now: () => performance.now(), pause: () => new Promise((r) => setImmediate(r)) };

  it('beat slices: gives the snapshot built at once, and hands the thread back on the way', async () => {
    const ix = filled(digests);
    let pauses = 0;
    const built = await ix.snapshotInSlices({ ...realPause, pause: () => (pauses++, realPause.pause()) });
    assert.ok(pauses > 20, `only ${pauses} pauses for 40 articles`);
    assert.deepEqual(built?.snapshot, filled(digests).snapshot());
    assert.equal(ix.current, true);
    assert.equal(built?.entity('person', 'Ilse Marrowby')?.name, 'Ilse Marrowby');
  });

  it('beat slices: an article set while a build is under way starts it over: what resolves includes it', async () => {
    const ix = filled(digests.slice(0, 39));
    let pauses = 0;
    const building = ix.snapshotInSlices({
      ...realPause,
      pause: () => {
        if (++pauses === 10) ix.set(digests[39]); // arrives mid-build, as a save would
        return realPause.pause();
      },
    });
    const built = await building;
    assert.ok(pauses > 10);
    assert.equal(built?.snapshot.articles.length, 40);
    assert.deepEqual(built?.snapshot, filled(digests).snapshot());
  });

  it('beat slices: an article removed mid-build, then a cancelled build, leave the caches right for the next one', async () => {
    const ix = filled(digests);
    let pauses = 0;
    const removed = await ix.snapshotInSlices({ ...realPause, pause: () => (++pauses === 5 && ix.remove(digests[0].file), realPause.pause()) });
    assert.deepEqual(removed?.snapshot, filled(digests.slice(1)).snapshot());
    ix.set(digests[0]);
    let steps = 0;
    assert.equal(await ix.snapshotInSlices({ ...realPause, cancelled: () => ++steps > 3 }), undefined);
    assert.equal(ix.current, false);
    assert.deepEqual((await ix.snapshotInSlices(realPause))?.snapshot, filled(digests).snapshot());
  });

  it('beat slices: two callers at once share one build', async () => {
    const ix = filled(digests);
    const [a, b] = await Promise.all([ix.snapshotInSlices(realPause), ix.snapshotInSlices(realPause)]);
    assert.ok(a && a === b);
  });
});
