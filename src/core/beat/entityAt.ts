/**
 * The person or organization named at an offset, with every mention of it in the article: what
 * Find All References, the highlights under the cursor and Rename act on. Linking already joined
 * "Mr. Marrowby" to "Ilse Marrowby", so a mention belongs to exactly one entity.
 */
import type { Analysis, Organization, Person, Span } from '../types';

export type EntityHit =
  | { kind: 'person'; entity: Person; mention: Span; mentions: Span[] }
  | { kind: 'organization'; entity: Organization; mention: Span; mentions: Span[] };

const inside = (offset: number) => (m: Span) => m.start <= offset && offset <= m.end;

/** The entity whose mention covers the offset (either end included, as a cursor sits); undefined when none. */
export function entityAt(analysis: Analysis, offset: number): EntityHit | undefined {
  for (const entity of analysis.people) {
    const mention = entity.mentions.find(inside(offset));
    if (mention) return { kind: 'person', entity, mention, mentions: sorted(entity.mentions) };
  }
  for (const entity of analysis.organizations) {
    const mention = entity.mentions.find(inside(offset));
    if (mention) return { kind: 'organization', entity, mention, mentions: sorted(entity.mentions) };
  }
  return undefined;
}

const sorted = (spans: Span[]) => [...spans].sort((a, b) => a.start - b.start);
