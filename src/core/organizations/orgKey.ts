import { ORG_FORMS } from '../lexicon/orgNames';
import { rx } from '../lexicon/wordList';
import { LEGAL_TAIL_WORDS } from '../lexicon/legalForms';
import { PLURAL_POSSESSORS, SMALL_WORDS, US_PREFIXES } from '../lexicon/orgHeads';
import { memoize } from '../memo';

/**
 * The key two forms of one organization share: "the U.S. Commerce Department", "Department of
 * Commerce" and "DOC" → "commerce". Lexicon bodies get their lexicon key; others a normalized name.
 */

// Legal forms at a name's end, stacked ("Sdn Bhd", "S.A. de C.V.", "Co., Ltd.", "Holdings Ltd").
const LEGAL_TAIL = rx('u')`(?:,? ${LEGAL_TAIL_WORDS}\.?)+$`;
const US_PREFIX = rx()`^${US_PREFIXES} `;

/** Lower-case form without "the", a leading U.S./country possessive, or "Inc"-style punctuation. */
export function normalizeOrgName(name: string): string {
  let t = name
    .normalize('NFKC')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  t = t.replace(/^the /, '').replace(US_PREFIX, '');
  // "China's Ministry of Commerce" ≡ "Ministry of Commerce"; "People's Bank of China" keeps its possessive.
  if (!PLURAL_POSSESSORS.has(t.slice(0, t.indexOf("'s ")))) t = t.replace(/^[\p{L}.]+'s /u, '');
  t = t.replace(/[.,]+$/, '');
  // "Kelana Aluminium Bhd" ≡ "Kelana Aluminium", "PT Sinar Baja Tbk" ≡ "Sinar Baja": the legal form is not the name.
  const bare = t.replace(LEGAL_TAIL, '').replace(/^(pt|cv) (?=\S+ )/, '');
  if (bare.length > 2 && bare !== t && !/^(the|group|holdings)$/.test(bare)) t = bare;
  // "Commerce Department" ≡ "Department of Commerce", "Commerce Ministry" ≡ "Ministry of Commerce".
  const m = /^(.+) (department|ministry)$/.exec(t);
  if (m) t = `${m[2]} of ${m[1]}`;
  return t;
}

const BY_FORM: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const list of ORG_FORMS.values()) for (const f of list) if (!f.weak) m.set(normalizeOrgName(f.words.join(' ')), f.key);
  return m;
})();

/** The merge key of an organization name; remembered (the document passes ask for every name at every keystroke). */
export const orgKey: (name: string) => string = memoize((name) => {
  const n = normalizeOrgName(name);
  return BY_FORM.get(n) ?? n;
});

/** Initials of a name, both with and without small words: "Kenya Association of Manufacturers" → KAM, KAOM. */
export function initialsOf(name: string): string[] {
  const words = name.replace(/^the\s+/i, '').split(/[\s-]+/).filter(Boolean);
  const big = words.filter((w) => !SMALL_WORDS.has(w));
  const all = words.filter((w) => w !== '&');
  const ini = (ws: string[]) => ws.map((w) => (/^(u\.s\.|us)$/i.test(w) ? 'US' : w[0])).join('').toUpperCase();
  return [...new Set([ini(big), ini(all)])];
}
