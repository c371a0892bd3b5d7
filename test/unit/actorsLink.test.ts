import assert from 'node:assert/strict';
import { reclaimOrganizations } from '../../src/core/actorsLink';
import type { LinkedPerson } from '../../src/core/linkPeople';
import type { PersonMention } from '../../src/core/mentions';
import type { Organization } from '../../src/core/types';

const mention = (text: string, start: number, extra: Partial<PersonMention> = {}): PersonMention => ({ start, end: start + text.length, text, title: '', affiliation: '', honorific: '', ...extra });
const person = (name: string, ...mentions: PersonMention[]): LinkedPerson => ({
  person: { id: '', because: [], name, title: '', affiliation: '', mentions: mentions.map(({ start, end, text }) => ({ start, end, text })) },
  mentions,
});
const org = (name: string, at: number): Organization => ({ id: '', because: [], name, aliases: [], mentions: [{ start: at, end: at + name.length, text: name }] });

describe('linking: people who are really organizations', () => {
  it('linking: a bare name matching a company short form moves to the company', () => {
    const orgs = [org('Kinabalu Foundry Bhd', 0)];
    const left = reclaimOrganizations([person('Kinabalu Foundry', mention('Kinabalu Foundry', 120)), person('Wendy Tan', mention('Wendy Tan', 160))], orgs);
    assert.deepEqual(left.map((p) => p.person.name), ['Wendy Tan']);
    assert.deepEqual(orgs[0].mentions.map((m) => m.start), [0, 120]);
    assert.deepEqual(orgs[0].aliases, ['Kinabalu Foundry']);
  });

  it('linking: a titled person or one with Mr./Ms. stays a person even if a company shares the name', () => {
    const orgs = [org('Ford Motor Co.', 0)];
    const left = reclaimOrganizations([person('Ford', mention('Ford', 50, { honorific: 'Mr.' })), person('Kinabalu', mention('Kinabalu', 80, { title: 'chairman' }))], orgs);
    assert.equal(left.length, 2);
    assert.equal(orgs[0].mentions.length, 1);
  });

  it('linking: names that match no organization are untouched', () => {
    const people = [person('Liu Pengyu', mention('Liu Pengyu', 5))];
    assert.deepEqual(reclaimOrganizations(people, [org('Chinese Embassy', 40)]), people);
  });
});
