// The Quotes panel follows the last article, not the last editor (issue 16).
import assert from 'node:assert/strict';
import { LastArticle } from '../../src/extension/quotes/lastArticle';

/** Documents by name; articles are the .md ones, open ones are in `open` (tab order). */
function world(open: string[], articles = (d: string) => d.endsWith('.md')) {
  const w = { open, articles };
  const tracker = new LastArticle<string>({
    isArticle: (d) => w.articles(d),
    isOpen: (d) => w.open.includes(d),
    openDocuments: () => w.open,
  });
  const close = (d: string) => {
    w.open = w.open.filter((x) => x !== d);
    return tracker.closed(d);
  };
  return { w, tracker, close };
}

describe('quotes panel: which article it shows', () => {
  it('keeps the last article while a fact sheet, a JSON file or no text editor has the focus', () => {
    const { tracker } = world(['port.md', 'notes.json', 'port.facts.md'], (d) => /(?<!\.facts)\.md$/.test(d));
    assert.equal(tracker.activated('port.md'), 'port.md');
    assert.equal(tracker.activated('port.facts.md'), 'port.md', 'a fact sheet is not an article');
    assert.equal(tracker.activated('notes.json'), 'port.md', 'a JSON file is not an article');
    assert.equal(tracker.activated(undefined), 'port.md', 'the Output panel, a walkthrough: no text editor');
  });

  it('switches when another article becomes active', () => {
    const { tracker } = world(['port.md', 'steel.md', 'notes.json']);
    tracker.activated('port.md');
    tracker.activated('notes.json');
    assert.equal(tracker.activated('steel.md'), 'steel.md');
    assert.equal(tracker.activated('port.md'), 'port.md', 'and back');
  });

  it('when the shown article closes, the one active before it comes back; none open: empty', () => {
    const { w, tracker, close } = world(['port.md', 'steel.md', 'notes.json']);
    tracker.activated('port.md');
    tracker.activated('steel.md');
    tracker.activated('notes.json');
    assert.equal(close('steel.md'), 'port.md');
    assert.equal(close('port.md'), undefined, 'no article open any more');
    assert.deepEqual(w.open, ['notes.json']);
  });

  it('an article whose tab closed is not shown even before its document is closed', () => {
    const { w, tracker } = world(['port.md', 'notes.json']);
    tracker.activated('port.md');
    tracker.activated('notes.json');
    w.open = ['notes.json'];
    assert.equal(tracker.current(), undefined);
  });

  it('an open article never active (a restored tab) is shown rather than nothing', () => {
    const { tracker } = world(['notes.json', 'restored.md']);
    assert.equal(tracker.activated('notes.json'), 'restored.md');
  });

  it('an article left out of the languages setting gives way, and comes back with it', () => {
    const { w, tracker } = world(['port.md', 'brief.txt'], (d) => /\.(md|txt)$/.test(d));
    tracker.activated('brief.txt');
    tracker.activated('port.md');
    w.articles = (d) => d.endsWith('.txt');
    assert.equal(tracker.current(), 'brief.txt');
    w.articles = (d) => /\.(md|txt)$/.test(d);
    assert.equal(tracker.current(), 'port.md');
  });
});
