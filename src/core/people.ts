import type { ParagraphContext, PersonMention } from './mentions';
import { actorsOf } from './people/actors';

/**
 * Finds people named in a paragraph, with titles and affiliations: "Treasury Secretary Scott
 * Bessent", "Mr. Liu", "Wendy Cutler, a vice president at …". Lone capitalized words come back
 * marked `weak`; linking keeps them only when they name someone found elsewhere.
 */
export function findPeople(ctx: ParagraphContext): PersonMention[] {
  return actorsOf(ctx).people;
}
