import assert from 'node:assert/strict';
import { parseHostMessage, parsePanelMessage } from '../../src/shared/quotesMessages';

const rendered = { filter: '', summary: 'a.md · 1 quote · 0 speakers', empty: '', groups: [{ speaker: 'No speaker found', details: '', count: '1', flagged: true, quotes: ['Hi'] }] };

describe('quotesMessages', () => {
  const panel: Array<[string, unknown, unknown]> = [
    ['ready', { type: 'ready', extra: 1 }, { type: 'ready' }],
    ['reveal', { type: 'reveal', quoteId: 'q12' }, { type: 'reveal', quoteId: 'q12' }],
    ['copy', { type: 'copy', quoteId: 'q1' }, { type: 'copy', quoteId: 'q1' }],
    ['rendered', { type: 'rendered', panel: rendered }, { type: 'rendered', panel: rendered }],
    ['reveal without id', { type: 'reveal' }, undefined],
    ['reveal with a number id', { type: 'reveal', quoteId: 7 }, undefined],
    ['reveal with markup in the id', { type: 'reveal', quoteId: 'q1"><script>' }, undefined],
    ['rendered with a bad group', { type: 'rendered', panel: { ...rendered, groups: [{ speaker: 1 }] } }, undefined],
    ['unknown type', { type: 'runCommand', command: 'workbench.action.quit' }, undefined],
    ['not an object', 'reveal', undefined],
    ['null', null, undefined],
    ['array', [{ type: 'ready' }], undefined],
  ];
  for (const [area, input, expected] of panel) {
    it(`panel message: ${area}`, () => assert.deepEqual(parsePanelMessage(input), expected, `panel message: ${area}`));
  }

  const model = { kind: 'document', documentName: 'a.md', groups: [{ key: '', speaker: null, title: '', affiliation: '', quotes: [{ id: 'q1', text: 'Hi', line: 3 }] }] };
  const host: Array<[string, unknown, unknown]> = [
    ['model', { type: 'model', model }, { type: 'model', model }],
    ['no document', { type: 'model', model: { kind: 'noDocument' } }, { type: 'model', model: { kind: 'noDocument' } }],
    ['unavailable', { type: 'model', model: { kind: 'unavailable', documentName: 'a.md', reason: 'Too large' } }, { type: 'model', model: { kind: 'unavailable', documentName: 'a.md', reason: 'Too large' } }],
    ['setFilter', { type: 'setFilter', text: 'Wendy Cutler' }, { type: 'setFilter', text: 'Wendy Cutler' }],
    ['model with a quote missing its line', { type: 'model', model: { ...model, groups: [{ ...model.groups[0], quotes: [{ id: 'q1', text: 'Hi' }] }] } }, undefined],
    ['unknown kind', { type: 'model', model: { kind: 'html', html: '<b>' } }, undefined],
    ['setFilter not a string', { type: 'setFilter', text: ['x'] }, undefined],
  ];
  for (const [area, input, expected] of host) {
    it(`host message: ${area}`, () => assert.deepEqual(parseHostMessage(input), expected, `host message: ${area}`));
  }
});
