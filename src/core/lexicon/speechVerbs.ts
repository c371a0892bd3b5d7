/**
 * Speech and attribution: the one list of verbs that report what someone said or wrote, and the
 * words that sit around them in trade copy (who may speak, what a document is, what opens a
 * clause). The quote rules and the people rules both read these lists.
 */
import { rx, wordList } from './wordList';
import { NAME_PARTICLES } from './nameParticles';

/**
 * Verbs that report speech or writing. "calls", "states", "notes", "claims" are left out as they are
 * mostly nouns in trade copy ("EU member states"); "according to" reads like a verb here.
 */
export const SPEECH_VERBS = wordList(
  'said|says|say|saying|added|adds|adding|told|tells|telling|wrote|writes|writing|stated|noted|argued|argues|insisted|insists',
  'warned|warns|explained|explains|asked|replied|responded|declared|announced|posted|tweeted|continued|acknowledged|admitted',
  'conceded|cautioned|predicted|urged|called|calling|described|describing|praised|criticized|criticised|complained|claimed',
  'maintained|contended|stressed|emphasized|emphasised|observed|recalled|remarked|suggested|vowed|pledged|promised|affirmed',
  'concluded|countered|testified|detailed|detailing|outlined|outlining|commented|according to',
  // Verbs that put a label in someone's mouth: "branded the ruling as “harassment”", "deemed the “worst offenders”".
  'deemed|branded|labeled|labelled',
);

/** Verbs of view rather than speech: they mark someone speaking for themselves, but introduce no quote. */
export const STANCE_VERBS = wordList('agreed|believes|thinks|believed|thought|estimated|reckons|reckoned');

/** Every verb that sets a person speaking (the people rules read it beside a name: "Freeland said"). */
export const SPEAKING_VERBS = wordList(SPEECH_VERBS, STANCE_VERBS);

/** A speech verb as a whole word in running text (global, so a paragraph is read in one pass). */
export const SPEECH_VERB = rx('gu')`(?<![\p{L}-])${SPEECH_VERBS}(?![\p{L}-])`;

/** The words right after a closing mark that begin its attribution ("Closed," she said / “Closed” said Mr. Kell). */
export const SPEAKER_NEXT = wordList('he|she|they|it|we|said|says|added|told|wrote|according');

/** Words that title a person; a name follows them ("Treasury Secretary Scott Bessent"). */
export const TITLE_WORDS = wordList(
  'president|vice|prime|minister|secretary|representative|chairman|chairwoman|chair|chairperson|ceo|cfo|coo|cto|director|governor|gov.',
  'senator|sen.|rep.|ambassador|commissioner|spokesman|spokeswoman|spokesperson|chief|executive|officer|premier|chancellor|king|queen',
  'prince|general|gen.|deputy|head|leader|mayor|adviser|advisor|economist|analyst|professor|prof.|judge|justice|speaker|founder',
  'cofounder|co-founder|copresident|co-president|partner|manager|attorney|envoy|negotiator|counsel|lawmaker|congressman|congresswoman',
  'sheikh|emir|sultan|strategist|president-elect|secretary-general|director-general',
);

/** Honorifics and the pronoun they imply. */
export const HONORIFIC_GENDER: Record<string, 'he' | 'she' | undefined> = {
  'mr.': 'he', mr: 'he', 'mrs.': 'she', mrs: 'she', 'ms.': 'she', ms: 'she', miss: 'she', sir: 'he', dame: 'she', 'dr.': undefined, dr: undefined,
};

/** Honorifics that tell "he" from "she". */
export const GENDERED_HONORIFICS = wordList('mr|mrs|ms|miss|sir|dame');

/** Lower-case heads that make a capitalized phrase an organization ("the US Trade Representative's office"). */
export const ORG_HEAD = wordList('office|ministry|department|embassy|agency|commission|government|administration|council|bureau|committee');

/** What "the company said" may stand for: the organization named last before it. */
export const GENERIC_ORG = wordList(
  'company|firm|group|automaker|carmaker|maker|manufacturer|producer|retailer|bank|lender|union|association|organization|organisation',
  'bloc|body|carrier|exchange|institute',
);

/** One person's role, as "the farmer said" may name it. */
export const PERSON_ROLE = wordList(
  'farmer|grower|rancher|owner|importer|exporter|broker|buyer|seller|shipper|dealer|merchant|worker|steelworker|lawyer|consultant',
  'strategist|researcher|professor|lobbyist|entrepreneur|shopkeeper|manager|founder|economist|analyst|executive|official|trader',
  'businessman|businesswoman|fisherman|boss|spokesman|spokeswoman|spokesperson|diplomat|aide|officer|negotiator|lawmaker|minister',
  'secretary|president|premier|chancellor|chief|director|adviser|advisor',
);

/** Roles whose plural is a group of unnamed speakers ("traders said"). */
const PLURAL_ROLES = wordList(
  'farmer|grower|rancher|owner|importer|exporter|broker|buyer|seller|shipper|dealer|merchant|worker|steelworker|lawyer|consultant',
  'strategist|researcher|professor|lobbyist|entrepreneur|shopkeeper|manager|founder|economist|analyst|executive|official|trader',
);

/** Nouns for an unnamed speaker ("a government source", "an official of Toyota"), singular or plural. */
export const ROLE_NOUNS = wordList(
  PLURAL_ROLES,
  [...PLURAL_ROLES.words].map((w) => `${w}s`),
  'official|officials|source|sources|spokesman|spokeswoman|spokesperson|person|people|analyst|analysts|executive|executives',
  'diplomat|diplomats|aide|aides|officer|representative|minister|secretary|president|premier|chancellor|ministry|department',
  'embassy|agency|government|office|commission|company|group|association|union|negotiator|negotiators|economist|economists',
  'trader|traders|lawmaker|lawmakers|industry|spokespeople|leader|leaders|chief|head|director|adviser|advisor',
  'businessman|businessmen|businesswoman|businesswomen|fisherman|fishermen',
);

/** Documents that speak for whoever issued them ("a notice from the Commerce Department said"). */
export const DOCUMENT_NOUNS = wordList(
  'release|statement|notice|letter|report|filing|memo|post|announcement|communique|communiqué|document|decision|ruling|note|email',
  'transcript|proclamation|order|fact sheet|press release|news release|bulletin|circular',
);

/** What "according to a … from/by" may name before its author: a document or a spokesperson. */
export const VIA_NOUNS = wordList(DOCUMENT_NOUNS, 'spokesman|spokeswoman|spokesperson');

/** Words that may sit between a speaker and the verb ("Mr. Trump also said", "Tai later told"). */
export const BETWEEN_SUBJECT_AND_VERB = wordList(
  'also|later|then|has|have|had|previously|once|again|earlier|further|recently|would|will|did|does|not|never|repeatedly|often',
  'already|still|even|separately|publicly|privately|on|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week',
);

/** Words that end a subject phrase when reading backwards from the verb. */
export const CLAUSE_WORDS = wordList('that|and|but|which|who|whom|when|while|as|because|if|so|than|where|after|before|since|though|although|or|nor');

/** Words that open a later clause between a quote and a verb ("… for parts suppliers, where he said"). */
export const LATER_CLAUSE_WORDS = wordList('where|which|who|whom|whose|while|and|but|because|although|that');

/** Openers of an adverbial phrase rather than a subject ("On Monday, …", "In a statement, …"). */
export const ADVERBIAL_OPENERS = wordList(
  'on|in|at|after|before|during|under|meanwhile|however|speaking|commenting|asked|writing|separately|still|yet|also|but|and|last',
  'earlier|later|for|with|without|by|from|since|as|while|when|outside|inside|across|among|amid|despite|following|ahead|beyond',
  'within|through|throughout|against|unlike|like|back|here|there|now|today|yesterday|instead|elsewhere|overall|near|around',
  'beside|behind|until|once|if|although|though',
);

export const PRONOUNS: Record<string, 'he' | 'she' | 'they' | 'it' | undefined> = { he: 'he', she: 'she', they: 'they', it: 'it' };

/** Lower-case particles inside names ("Ursula von der Leyen"): the people lexicon's one list (nameParticles.ts). */
export { NAME_PARTICLES } from './nameParticles';

/** What may follow "By" in a byline besides names: particles, "and", "in". */
export const BYLINE_JOINERS = wordList(NAME_PARTICLES, 'and|in|el');

/** Words that open an unnamed speaker or a group: "a source", "two officials", "several analysts". */
export const INDEFINITE_OPENERS = wordList('a|an|one|another|some|two|three|several');

/** Determiners before a role ("the", "its", "senior"): a role phrase, not a name. */
export const ROLE_DETERMINERS = wordList(INDEFINITE_OPENERS, 'the|many|most|other|senior|top|its|their|his|her|our');

/** Words a description opens with that name nobody in particular ("a source", "officials"). */
export const UNNAMED_OPENERS = wordList(INDEFINITE_OPENERS, 'many|most|other|senior|top|officials|sources');

/** "Its secretary-general", "Their lawyer": a possessive opens a role, never a name. */
export const POSSESSIVE_DETERMINERS = wordList('its|their|his|her|our|my|your');

/** Articles and demonstratives: "Canada the …" is no name. */
export const ARTICLES = wordList('the|a|an|this|that|these|those');

/** What opens the words set beside a name ("Omar Haddad, a grain importer,"). */
export const APPOSITION_OPENERS = wordList('a|an|the|who|whose|its|his|her|their');

/** One lower-case word governed by these names a thing, not speech: a tariff for “transshipping.” */
export const TERM_PREPOSITIONS = wordList('for|of|on|against|about|over|from|into|by|via');

/** Small words inside a title-case name (“Made in America”, “Section of the Act”). */
export const TITLE_CASE_MINOR = wordList('of|and|the|for|on|in|to|a|an|&|de|du|la');

/** Function words after a quoted word: the word is not a modifier of a noun after it. */
export const FUNCTION_WORDS = wordList(
  'for|to|of|in|on|at|with|from|by|and|or|but|that|which|as|than|is|was|were|are|be|been|will|would|has|had|have|can|could',
  'should|may|might|into|over|about|against|because|if|when|while|after|before',
);

/** "a show", "the program": the marks name a title (the “Today” show), not someone's words. */
export const TITLE_NOUNS = wordList(
  'show|program|programme|series|podcast|newspaper|magazine|column|book|film|movie|documentary|song|album|report|index|campaign',
  'initiative|strategy|doctrine|act|bill|plan|agenda|policy|list|day|summit|deal|tax|tariff|tariffs|clause|rule',
);

/** Heads of an institution that takes "the" in a wire-style attribution line ("at the Asia Society Policy Institute"). */
export const INSTITUTION_HEADS = wordList(
  'institute|institution|association|council|department|ministry|organization|organisation|chamber|federation|union|office|bank',
  'fund|commission|center|centre|foundation|society|agency|bureau|administration|board|committee|forum|school|university|group',
  'alliance|coalition|house|treasury|parliament|congress|senate|secretariat',
);

/** Bodies that speak as a government when they say something ("the White House said", "Beijing said"). */
export const GOVERNMENT_SEATS = wordList('white house|kremlin|elysee|élysée|downing street|state department|pentagon');

/** Words that make a speaking body a government's ("the ministry said", "Commerce Department"); the government actors' own heads are in governmentActors.ts. */
export const SPEAKING_BODY_HEADS = wordList('government|ministry|department|embassy|cabinet|parliament|customs|treasury|state council|white house');

/** Words a quoted piece of a sentence opens with ("without exceptions or exemptions", "and other countries"). */
export const FRAGMENT_OPENERS = wordList('and|or|but|nor|with|without|to|for|from|by|if|because|not|than|as|into|against|unless|until|while');

/** Words before a quoted plain word that make it someone's assessment ("a “dramatic” reaction", "was “premature”"). */
export const ASSESSMENT_LEAD_INS = wordList('a|an|was|were|is|are|be|been|being|as|very|so|too|more|most|less|quite|rather|seemed|looked|sounded|called|it');

/** Words that join a name to its affiliation ("Ana Ruiz of Banco Norte", "Tom Reyes at the Council"). */
export const AFFILIATION_JOINERS = wordList('of|at|for|from|and|with');

/** Verbs whose "that" opens what was found or decided, not a relative clause: "the government confirmed that imports …". */
export const THAT_CLAUSE_VERBS = wordList(SPEECH_VERBS, 'confirmed|confirms|confirm|ruled|rules|decided|decides|found|finds|agreed|agrees|determined|determines|ordered|orders|expects|expected|means|meant|ensures|ensured|stipulates|stipulated|requires|required|provides|provided|shows|showed|reminded|notified|informed|advised|aware|clear|noted|notes|note');

/** What an interview note says was edited: "Her answers have been lightly edited", "Responses were condensed". */
export const ANSWER_NOUNS = wordList('answers|responses|replies|remarks|comments');

/** The verb right after the subject of a reported clause: "said Honduras would ask …", "said Canada is ready". */
export const CLAUSE_VERBS = wordList('would|will|is|was|has|had|must|should|could|can|may|might|plans|intends|wants|needs|expects|hopes|aims|remains|stands');

/** Verbs of asking: someone who asks on an earnings call ("asked Brent Oyelaran of Cardinal Ridge Capital"). */
export const ASKING_VERBS = wordList('asked|asks|asking|pressed|questioned');
