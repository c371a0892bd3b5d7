import type { OrganizationMention, ParagraphContext } from './mentions';
import { actorsOf } from './people/actors';
import { describesBusiness } from './organizations/find';

/**
 * Finds organizations named in a paragraph: well-known bodies, capitalized names closed by an
 * organization word ("Pacific Research Institute"), names after a cue ("cosmetics maker L'Oréal"),
 * list mates of those, and the organizations people are tied to. Short forms come back `weak`.
 */
export function findOrganizations(ctx: ParagraphContext): OrganizationMention[] {
  return (
    actorsOf(ctx)
      .organizations.map((m) => (m.because?.length ? m : { ...m, because: [defaultReason(ctx.text, m)] }))
      // "Local Steel Company Owner …": the business a headline describes is not a named one (organization.not.description).
      .filter((m) => !(m.because?.[0] === 'organization.name.affiliation' && describesBusiness(m.text.split(/\s+/))))
  );
}

/**
 * Mentions the person pass adds carry no rule of their own: a short form in brackets after a name
 * ("(KAM)"), a weak short form kept only if a full form is found, or the body a person is tied to.
 */
function defaultReason(text: string, m: OrganizationMention): string {
  if (text[m.start - 1] === '(' && text[m.end] === ')') return 'organization.alias.bracketed';
  if (m.weak) return 'organization.alias.short-form';
  return 'organization.name.affiliation';
}
