import type { Speaker } from './quoteGroups';
import { normalizeCountry } from './countries';
import { COUNTRIES, COUNTRY_FORMS, DEMONYMS } from './lexicon/countries';
import { GOVERNMENT_SEATS, INSTITUTION_HEADS } from './lexicon/speechVerbs';
import { rx, escape } from './lexicon/wordList';

/** Words that make an affiliation an institution that takes "the": "at the Asia Society Policy Institute". */
const INSTITUTION = rx('i')`\b${INSTITUTION_HEADS}\b`;

/** Double quotes inside a quotation become single ones. */
const INNER: Record<string, string> = { '“': '‘', '”': '’', '"': "'" };


/** "the Asia Society Policy Institute", "Ford", "China": adds "the" where an institution needs it. */
export function withArticle(affiliation: string): string {
  const a = affiliation.trim();
  if (!a || /^the\s/i.test(a) || /^[A-Z0-9&.-]+$/.test(a) || !INSTITUTION.test(a)) return a;
  return `the ${a}`;
}

/** The ISO country an affiliation names ("Canada", "U.S.", "Britain" → its canonical name); "" for blocs and institutions. */
function countryNamed(affiliation: string): string {
  const canon = normalizeCountry(affiliation);
  return canon && COUNTRIES.some((c) => c.name === canon) ? canon : '';
}

/** True when `text` already names the country, by any of its forms or demonyms ("Canadian Prime Minister", "Prime Minister of Canada"). */
function mentionsCountry(text: string, canon: string): boolean {
  const forms = [canon, ...(COUNTRY_FORMS.get(canon) ?? []), ...[...DEMONYMS].filter(([, c]) => c === canon).map(([d]) => d)];
  return forms.some((f) => {
    const short = f.replace(/\./g, '').length <= 3; // "US", "UK": capitals only, so "us" in a title is not the U.S.
    return new RegExp(`(?<![\\p{L}.])${escape(f)}(?!\\p{L})`, short ? 'u' : 'iu').test(text);
  });
}

/** "Mexico's", "the Netherlands'", "U.S.": the country before a title, as wire copy writes it. */
function countryBefore(affiliation: string, canon: string): string {
  const a = affiliation.trim().replace(/^the\s+/i, '');
  if (/^(?:[A-Z]\.){2,}$/.test(a)) return a; // "U.S. trade representative"
  const forms = COUNTRY_FORMS.get(canon) ?? [];
  const needsThe = forms.some((f) => f.toLowerCase() === `the ${a.toLowerCase()}`) || /^United\s|s$/.test(a);
  if (needsThe) {
    // "the United States' trade representative" reads badly where "U.S." is the country's own short form.
    const dotted = forms.find((f) => /^(?:[A-Z]\.){2,}$/.test(f));
    if (dotted) return dotted;
  }
  const possessive = /s$/.test(a) ? `${a}'` : `${a}'s`;
  return needsThe ? `the ${possessive}` : possessive;
}

/**
 * The speaker's description after the name, from the title and affiliation the article gives:
 * ", Mexico's Economy Minister", ", senior fellow at the Baltic Trade Policy Forum", ", port director",
 * " of Ford", "". A title that already names the country or organization ("Canadian Prime Minister")
 * is given alone.
 */
export function describeSpeaker(s: Speaker): string {
  const title = s.title.trim();
  const affiliation = s.affiliation.trim();
  const country = affiliation ? countryNamed(affiliation) : '';
  if (title && affiliation) {
    if (country) return mentionsCountry(title, country) ? `, ${title}` : `, ${countryBefore(affiliation, country)} ${title}`;
    if (title.toLowerCase().includes(affiliation.replace(/^the\s+/i, '').toLowerCase())) return `, ${title}`;
    return `, ${title} at ${withArticle(affiliation)}`;
  }
  if (title) return `, ${title}`;
  if (affiliation) return ` of ${withArticle(affiliation)}`;
  return '';
}

/**
 * Who "said", as the copy names them: a person by name; an organization or a government office
 * with "the" where it needs one ("the Commerce Ministry", "the Kremlin", but "Canada", "Beijing");
 * a described speaker as the article describes them ("a ministry spokesperson").
 */
export function speakerName(s: Speaker): string {
  const name = (s.speaker ?? '').trim().replace(/\s+/g, ' ');
  switch (s.kind) {
    case 'person':
      return name;
    case 'described':
      // "A ministry spokesperson said" opens a sentence; after "said" it is "a ministry spokesperson".
      return name.replace(/^(A|An|The)\s/, (m) => m.toLowerCase());
    case 'government':
      if (/^the\s/i.test(name)) return name;
      // "the Kremlin", "the White House", but "Downing Street"; a country or its capital as it is.
      if (GOVERNMENT_SEATS.has(name)) return /\bstreet$/i.test(name) ? name : `the ${name}`;
      return normalizeCountry(name) ? name : `the ${name}`;
    default:
      return withArticle(name);
  }
}

/**
 * The quote as a sentence ready to paste into copy, in wire style:
 * `“The talks are far from over,” said Mara Lindqvist, senior fellow at the Baltic Trade Policy Forum.`
 * Inner double quotes become single ones; a closing full stop becomes the comma before "said".
 * Without a speaker only the quotation is given.
 */
export function attributionLine(quoteText: string, s: Speaker): string {
  const words = quoteText.trim().replace(/[“”"]/g, (m) => INNER[m] ?? m).replace(/\s+/g, ' ');
  if (!s.speaker) return `“${words}”`;
  const spoken = /[?!…]$/.test(words) ? words : `${words.replace(/[.,;:]+$/, '')},`;
  // Only people have a title and affiliation of their own; an organization is named, not described.
  const described = !s.kind || s.kind === 'person' ? describeSpeaker(s) : '';
  return `“${spoken}” said ${speakerName(s)}${described}.`;
}
