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
import { articleFrame, notNation, notNationOrUS, type ArticleFrame } from './people/article';
import { moveAll, movedFrom, samePlain, type Move } from './moved';
import { MainCountryCount, most } from './mainCountryMemo';
import type { Paragraph } from './paragraphs';

/** Moves that have not yet been applied to a remembered result: it is copied through them when used. */
const MAX_PENDING = 8;

interface Remembered<T> {
  mentions: readonly unknown[];
  /** The result as the last run made it, never handed out (later passes fill in what they are given). */
  value: T;
  /** The keystrokes since, each a move of the mentions. */
  moves: Move[];
}

/** The remembered result moved once more, ready to hand out a copy of. */
function moveOn<T>(last: Remembered<T>, move: Move, mentions: readonly unknown[]): Remembered<T> {
  if (!move.delta) return { ...last, mentions };
  const moves = [...last.moves, move];
  return moves.length > MAX_PENDING ? { mentions, value: moveAll(last.value, moves), moves: [] } : { mentions, value: last.value, moves };
}

interface LinkedPeople extends Remembered<Array<{ person: Person; at: number[] }>> {
  /** The parts of the article's frame the run read, and what they were. */
  frame: Record<string, unknown>;
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

/**
 * The frame's main country counted from the paragraphs' remembered counts (see ../mainCountryMemo.ts),
 * still only when asked; the whole text when the paragraphs cannot stand for it.
 */
function countMainCountryByParagraph(frame: ArticleFrame, text: string, paragraphs: readonly Paragraph[], count: MainCountryCount): void {
  let counts: ReadonlyMap<string, number> | null | undefined;
  for (const [key, skip] of [['mainCountry', undefined], ['mainNation', notNation], ['mainNonUSNation', notNationOrUS]] as const) {
    const whole = Object.getOwnPropertyDescriptor(frame, key)?.get;
    if (!whole) continue;
    let main: string | undefined;
    Object.defineProperty(frame, key, {
      get: () => {
        if (counts === undefined) counts = count.of(text, paragraphs);
        return (main ??= counts ? most(counts, skip) : whole.call(frame));
      },
    });
  }
}

export class LinkingMemo {
  private lastPeople: LinkedPeople | null = null;
  private lastOrganizations: Remembered<Organization[]> | null = null;
  /** The article's main country, counted by paragraph. */
  private mainCountry = new MainCountryCount();

  /** `linkPeople(mentions, text)`; the people are new objects at every call, free to fill in. */
  people(mentions: PersonMention[], text: string, paragraphs?: readonly Paragraph[]): LinkedPerson[] {
    const frame = articleFrame(text);
    if (paragraphs) countMainCountryByParagraph(frame, text, paragraphs, this.mainCountry);
    const last = this.lastPeople;
    // The frame's parts the last run read, read again (the byline outlet searches the whole text: only when asked).
    const sameFrame = last && Object.keys(last.frame).every((k) => samePlain(last.frame[k], frame[k as keyof ArticleFrame]));
    const move = last && sameFrame ? movedFrom(last.mentions as PersonMention[], mentions) : null;
    if (last && move) {
      const next = (this.lastPeople = { ...moveOn(last, move, mentions), frame: last.frame });
      return next.value.map(({ person, at }) => ({ person: moveAll(person, next.moves), mentions: at.map((i) => mentions[i]) }));
    }
    const { reading, read } = recording(frame);
    const linked = linkPeople(mentions, text, reading);
    const index = new Map(mentions.map((m, i) => [m, i]));
    // The run's own objects are kept (they are never handed out but copied), so each person is copied once.
    this.lastPeople = { mentions, frame: read, moves: [], value: linked.map((lp) => ({ person: lp.person, at: lp.mentions.map((m) => index.get(m) ?? -1) })) };
    // Remembered only when every mention is one of the list's (so the moved list can stand in for it).
    if (this.lastPeople.value.some((p) => p.at.includes(-1))) {
      this.lastPeople = null;
      return linked;
    }
    // Handed out as a reused run hands them out (copies made by moveAll, in a { person, mentions }):
    // the objects the passes after read have the same shapes at the first keystroke as in the full
    // analysis, so V8 does not throw away the code it optimized on them there.
    return linked.map((lp) => ({ person: moveAll(lp.person, []), mentions: lp.mentions }));
  }

  /** `linkOrganizations(mentions)`; the organizations are new objects at every call, free to extend. */
  organizations(mentions: OrganizationMention[]): Organization[] {
    const last = this.lastOrganizations;
    const move = last && movedFrom(last.mentions as OrganizationMention[], mentions);
    if (last && move) {
      const next = (this.lastOrganizations = moveOn(last, move, mentions));
      return moveAll(next.value, next.moves);
    }
    const linked = linkOrganizations(mentions);
    // The run's own list is kept and a copy handed out, as a reused run hands out (see people above).
    this.lastOrganizations = { mentions, value: linked, moves: [] };
    return moveAll(linked, []);
  }

  clear(): void {
    this.lastPeople = null;
    this.lastOrganizations = null;
    this.mainCountry = new MainCountryCount();
  }
}
