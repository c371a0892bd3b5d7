/** Newsroom vocabulary for reading attributions: speech verbs, titles, honorifics, organization heads. */

/**
 * Verbs that report speech or writing. "calls", "states", "notes", "claims" are left out as they are
 * mostly nouns in trade copy ("EU member states"); "according to" reads like a verb here.
 */
export const SPEECH_VERB =
  /(?<![\p{L}-])(?:said|says|say|saying|added|adds|adding|told|tells|telling|wrote|writes|writing|stated|noted|argued|argues|insisted|insists|warned|warns|explained|explains|asked|replied|responded|declared|announced|posted|tweeted|continued|acknowledged|admitted|conceded|cautioned|predicted|urged|called|calling|described|describing|praised|criticized|criticised|complained|claimed|maintained|contended|stressed|emphasized|emphasised|observed|recalled|remarked|suggested|vowed|pledged|promised|affirmed|concluded|countered|testified|detailed|detailing|outlined|outlining|according to)(?![\p{L}-])/gu;

/** Words that title a person; a name follows them ("Treasury Secretary Scott Bessent"). */
export const TITLE_WORDS = new Set(
  (
    'president vice prime minister secretary representative chairman chairwoman chair chairperson ceo cfo coo cto director governor gov. ' +
    'senator sen. rep. ambassador commissioner spokesman spokeswoman spokesperson chief executive officer premier chancellor king queen ' +
    'prince general gen. deputy head leader mayor adviser advisor economist analyst professor prof. judge justice speaker founder ' +
    'cofounder co-founder copresident co-president partner manager attorney envoy negotiator counsel lawmaker congressman congresswoman ' +
    'sheikh emir sultan strategist president-elect secretary-general director-general'
  ).split(' '),
);

/** Honorifics and the pronoun they imply. */
export const HONORIFIC_GENDER: Record<string, 'he' | 'she' | undefined> = {
  'mr.': 'he', mr: 'he', 'mrs.': 'she', mrs: 'she', 'ms.': 'she', ms: 'she', miss: 'she', sir: 'he', dame: 'she', 'dr.': undefined, dr: undefined,
};

/** Lower-case heads that make a capitalized phrase an organization ("the US Trade Representative's office"). */
export const ORG_HEAD = new Set('office ministry department embassy agency commission government administration council bureau committee'.split(' '));

/** What "the company said" may stand for: the organization named last before it. */
export const GENERIC_ORG = new Set('company firm group automaker carmaker maker manufacturer producer retailer bank lender union association organization organisation bloc body carrier exchange institute'.split(' '));

/** Nouns for an unnamed speaker ("a government source", "an official of Toyota"). */
export const ROLE_NOUN =
  /^(?:official|officials|source|sources|spokesman|spokeswoman|spokesperson|person|people|analyst|analysts|executive|executives|diplomat|diplomats|aide|aides|officer|representative|minister|secretary|president|premier|chancellor|ministry|department|embassy|agency|government|office|commission|company|group|association|union|negotiator|negotiators|economist|economists|trader|traders|lawmaker|lawmakers|industry|spokespeople|leader|leaders|chief|head|director|adviser|advisor|(?:farmer|grower|rancher|owner|importer|exporter|broker|buyer|seller|shipper|dealer|merchant|worker|steelworker|lawyer|consultant|strategist|researcher|professor|lobbyist|entrepreneur|shopkeeper|manager|founder|economist|analyst|executive|official|trader)s?|businessm[ae]n|businesswom[ae]n|fisherm[ae]n)$/i;

/** One person's role, as "the farmer said" may name it: ROLE_NOUN's singular people, plus "boss". */
export const PERSON_ROLE = new Set(
  'farmer grower rancher owner importer exporter broker buyer seller shipper dealer merchant worker steelworker lawyer consultant strategist researcher professor lobbyist entrepreneur shopkeeper manager founder economist analyst executive official trader businessman businesswoman fisherman boss spokesman spokeswoman spokesperson diplomat aide officer negotiator lawmaker minister secretary president premier chancellor chief director adviser advisor'.split(' '),
);

/** Documents that speak for whoever issued them ("a release from the Commerce Department said"). */
export const DOCUMENT_NOUN = /^(?:release|statement|notice|letter|report|filing|memo|post|announcement|communique|communiqué|document|decision|ruling)$/i;

/** Words that may sit between a speaker and the verb ("Mr. Trump also said", "Tai later told"). */
export const BETWEEN_SUBJECT_AND_VERB = new Set(
  'also later then has have had previously once again earlier further recently would will did does not never repeatedly often already still even separately publicly privately on last this monday tuesday wednesday thursday friday saturday sunday week'.split(
    ' ',
  ),
);

/** Words that end a subject phrase when reading backwards from the verb. */
export const CLAUSE_WORDS = new Set('that and but which who whom when while as because if so than where after before since though although or nor'.split(' '));

/** Openers of an adverbial phrase rather than a subject ("On Monday, …", "In a statement, …"). */
export const ADVERBIAL_OPENER =
  /^(?:on|in|at|after|before|during|under|meanwhile|however|speaking|commenting|asked|writing|separately|still|yet|also|but|and|last|earlier|later|for|with|without|by|from|since|as|while|when|outside|inside|across|among|amid|despite|following|ahead|beyond|within|through|throughout|against|unlike|like|back|here|there|now|today|yesterday|instead|elsewhere|overall|near|around|beside|behind|until|once|if|although|though)$/i;

export const PRONOUNS: Record<string, 'he' | 'she' | 'they' | 'it' | undefined> = { he: 'he', she: 'she', they: 'they', it: 'it' };

export const NAME_PARTICLES = new Set('de da van von der den bin al le la du del di dos das ter'.split(' '));
