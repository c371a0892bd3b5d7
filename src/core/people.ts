import type { ParagraphContext, PersonMention } from './mentions';

/** Finds people named in a paragraph, with titles and affiliations. (Stub: being written.) */
export function findPeople(ctx: ParagraphContext): PersonMention[] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return ctx.doc.people().json({ offset: true }).map((p: any) => ({
    start: p.offset.start,
    end: p.offset.start + p.offset.length,
    text: ctx.text.slice(p.offset.start, p.offset.start + p.offset.length),
    title: '',
    affiliation: '',
    honorific: '',
  }));
}
