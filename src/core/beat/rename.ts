/**
 * Renaming a person or organization in one article: every mention of that entity changes, and
 * only the name part (mentions cover the name, so "Trade Minister" and "Ms." stay). A surname-only
 * mention gets the new surname, a given-name-only one the new given name, a full one the new name.
 * Another person who shares the surname is a different entity, so its mentions are not touched.
 */
import type { Analysis, Span } from '../types';
import { entityAt } from './entityAt';
import { tidy } from './names';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** Where a rename can start at this offset: the mention under it and the entity's full name; undefined when none. */
export function prepareRename(analysis: Analysis, offset: number): { mention: Span; placeholder: string } | undefined {
  const hit = entityAt(analysis, offset);
  return hit && { mention: hit.mention, placeholder: tidy(hit.entity.name) };
}

const words = (s: string) => tidy(s).split(' ').filter(Boolean);

/** The new text for one mention of a person whose full name changes from `from` to `to`. */
function personMention(mention: string, from: string[], to: string[]): string {
  const m = words(mention).join(' ').toLowerCase();
  if (m === from[from.length - 1].toLowerCase()) return to[to.length - 1];
  if (from.length > 1 && m === from[0].toLowerCase()) return to[0];
  return to.join(' ');
}

/**
 * The edits that rename the entity at `offset` to `newName`, in text order; undefined when no
 * person or organization is there or the new name is blank. A one-word new name for a person
 * named in full replaces the surname only ("Marrowby" → "Marlowe" keeps "Ilse").
 */
export function renameEdits(analysis: Analysis, offset: number, newName: string): TextEdit[] | undefined {
  const hit = entityAt(analysis, offset);
  const to = words(newName);
  if (!hit || !to.length) return undefined;
  if (hit.kind === 'organization') {
    // An organization's other forms ("WTO" for "World Trade Organization") are names of their own: only the form under the cursor changes.
    const form = tidy(hit.mention.text).toLowerCase();
    return hit.mentions.filter((m) => tidy(m.text).toLowerCase() === form).map((m) => ({ start: m.start, end: m.end, newText: to.join(' ') }));
  }
  const from = words(hit.entity.name);
  const full = to.length === 1 && from.length > 1 ? [...from.slice(0, -1), to[0]] : to;
  return hit.mentions.map((m) => ({ start: m.start, end: m.end, newText: personMention(m.text, from, full) })).filter((e, i) => e.newText !== hit.mentions[i].text);
}
