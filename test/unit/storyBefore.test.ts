// The story before a list's lead-in, built when asked (src/core/tariffs/storyBefore.ts), is the
// string the list reader once rolled forward after every paragraph.
import { strict as assert } from 'node:assert';
import { StoryBefore } from '../../src/core/tariffs/storyBefore';
import { rng } from '../../bench/corpus';

describe('story before a lead-in', () => {
  it('story before: equals the rolling string after every paragraph, for paragraphs of every length', () => {
    const r = rng(1234);
    let checked = 0;
    for (let run = 0; run < 60; run++) {
      const story = new StoryBefore();
      let rolling = '';
      assert.equal(story.text, rolling);
      for (let k = 0; k < 25; k++) {
        // Short and long paragraphs, some longer than the whole window, some empty, with two-unit characters.
        const length = [0, 5, 80, 420, 599, 600, 601, 1199, 1200, 1500][Math.floor(r() * 10)] + Math.floor(r() * 3);
        const text = Array.from({ length }, (_, i) => (i % 97 === 0 ? '“' : 'abcdefghij '[Math.floor(r() * 11)])).join('');
        rolling = `${rolling.slice(-600)}\n${text}`.slice(-1200);
        story.add(text);
        assert.equal(story.text, rolling, `run ${run}, paragraph ${k}, ${length} characters`);
        checked++;
      }
    }
    assert.equal(checked, 1500);
  });
});
