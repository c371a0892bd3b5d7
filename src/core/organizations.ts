import type { OrganizationMention, ParagraphContext } from './mentions';
import { actorsOf } from './people/actors';

/**
 * Finds organizations named in a paragraph: well-known bodies, capitalized names closed by an
 * organization word ("Pacific Research Institute"), names after a cue ("cosmetics maker L'Oréal"),
 * list mates of those, and the organizations people are tied to. Short forms come back `weak`.
 */
export function findOrganizations(ctx: ParagraphContext): OrganizationMention[] {
  return actorsOf(ctx).organizations;
}
