/**
 * Linking people and organizations again at every keystroke, for the one paragraph typed into,
 * costs about a tenth of an edit in a long article. Both passes read their mentions' offsets only to
 * order and compare them (sorting, the nearest earlier bearer of a surname, words inside a longer
 * name), and people also the article's frame (dateline, headline, byline outlet). So when the
 * mentions only moved (see ./moved.ts) and the frame is the same, the last result, moved, is what a
 * fresh run gives. One per document, kept on its ParagraphCache; it holds one generation.
 */
import { linkOrganizations, linkPeople, type LinkedPerson } from './linkPeople';
import type { OrganizationMention, PersonMention } from './mentions';
import type { Organization, Person } from './types';
import { articleFrame, type ArticleFrame } from './people/article';
import { moveAll, movedFrom, samePlain, type Move } from './moved';

const STAY: Move = { cut: Infinity, delta: 0 };

interface LinkedPeople {
  mentions: readonly PersonMention[];
  /** The parts of the article's frame the run read, and what they were. */
  frame: Record<string, unknown>;
  /** Each person as linked, before later passes fill in ids and titles, and the index of each of its mentions. */
  people: Array<{ person: Person; at: number[] }>;
}

interface LinkedOrganizations {
  mentions: readonly OrganizationMention[];
  organizations: Organization[];
}

/** The frame as linking reads it, noting each part read and its value (the values are filled in as read). */
function recording(frame: ArticleFrame): { reading: ArticleFrame; read: Record<string, unknown> } {
  const read: Record<string, unknown> = {};
  const reading = {} as ArticleFrame;
  for (const k of Object.keys(frame) as Array<keyof ArticleFrame>) {
    Object.defineProperty(reading, k, { enumerable: true, get: () => (read[k] = frame[k]) });
  }
  return { reading, read };
}

export class LinkingMemo {
  private lastPeople: LinkedPeople | null = null;
  private lastOrganizations: LinkedOrganizations | null = null;

  /** `linkPeople(mentions, text)`; the people are new objects at every call, free to fill in. */
  people(mentions: PersonMention[], text: string): LinkedPerson[] {
    const frame = articleFrame(text);
    const last = this.lastPeople;
    // The frame's parts the last run read, read again (the byline outlet searches the whole text: only when asked).
    const sameFrame = last && Object.keys(last.frame).every((k) => samePlain(last.frame[k], frame[k as keyof ArticleFrame]));
    const move = last && sameFrame ? movedFrom(last.mentions, mentions) : null;
    if (last && move) {
      const people = move.delta ? last.people.map(({ person, at }) => ({ person: moveAll(person, move), at })) : last.people;
      this.lastPeople = { mentions, frame: last.frame, people };
      return people.map(({ person, at }) => ({ person: moveAll(person, STAY), mentions: at.map((i) => mentions[i]) }));
    }
    const { reading, read } = recording(frame);
    const linked = linkPeople(mentions, text, reading);
    const index = new Map(mentions.map((m, i) => [m, i]));
    this.lastPeople = { mentions, frame: read, people: linked.map((lp) => ({ person: moveAll(lp.person, STAY), at: lp.mentions.map((m) => index.get(m) ?? -1) })) };
    // Remembered only when every mention is one of the list's (so the moved list can stand in for it).
    if (this.lastPeople.people.some((p) => p.at.includes(-1))) this.lastPeople = null;
    return linked;
  }

  /** `linkOrganizations(mentions)`; the organizations are new objects at every call, free to extend. */
  organizations(mentions: OrganizationMention[]): Organization[] {
    const last = this.lastOrganizations;
    const move = last && movedFrom(last.mentions, mentions);
    if (last && move) {
      const organizations = move.delta ? moveAll(last.organizations, move) : last.organizations;
      this.lastOrganizations = { mentions, organizations };
      return moveAll(organizations, STAY);
    }
    const linked = linkOrganizations(mentions);
    this.lastOrganizations = { mentions, organizations: moveAll(linked, STAY) };
    return linked;
  }

  clear(): void {
    this.lastPeople = null;
    this.lastOrganizations = null;
  }
}
