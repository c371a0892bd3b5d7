import type { OrganizationMention, ParagraphContext } from './mentions';

/** Finds organizations named in a paragraph. (Stub: being written.) */
export function findOrganizations(ctx: ParagraphContext): OrganizationMention[] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return ctx.doc.organizations().json({ offset: true }).map((o: any) => {
    const text = ctx.text.slice(o.offset.start, o.offset.start + o.offset.length);
    return { start: o.offset.start, end: o.offset.start + o.offset.length, text, name: text };
  });
}
