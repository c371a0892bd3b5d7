/**
 * Titles in trade reporting: honorifics, the words that end a title ("Minister", "CEO"), the words
 * that build one ("Deputy Prime", "Trade"), ministries' portfolios, trades people are described by,
 * and the small words around a title that tell where it starts and whom it ties a person to.
 */
import { wordList } from './wordList';
import { PARTY_LABELS } from './parties';

export const HONORIFICS = wordList('mr.|mrs.|ms.|miss|dr.|sir|dame|mr|mrs|ms|dr|messrs.|mx.|prof.|shri|sri|smt.|smt|shrimati|eng.|engr.|hon.|honourable|honorable|rt.');
/** Honorifics written without their period in some styles ("Mr Liu"): the card shows them with one. */
/** Military and police ranks written before a name: "Col. (retd) Ravindra Chauhan". */
export const RANKS = wordList('col.|gen.|maj.|capt.|lt.|brig.|adm.|cmdr.|colonel|general|major|captain|brigadier|admiral');
export const SHORT_HONORIFICS = wordList('mr|mrs|ms|dr');

/** A minister's title: the United States has none, so such a title never serves it. */
export const MINISTER_TITLE = /\bministers?\b/i;

/** A member of a legislature by title: "Senator", "Rep.", "Congresswoman". */
export const LEGISLATOR_TITLES = wordList('senator|sen.|representative|rep.|congressman|congresswoman');

/** Offices only the European Union has under these names: "Trade Commissioner" (the U.S. has a Trade Representative). */
export const EU_OFFICES = wordList('trade commissioner|commissioner for trade|eu trade commissioner|european trade commissioner');

/** Offices a town or county holds: "Nogales Mayor Hector Valenzuela" serves Nogales. */
export const LOCAL_OFFICES = wordList('mayor');

/** Offices addressed with an honorific ("Mr. Speaker", "Honourable Speaker", "Madam Chair"): a form of address, not a name. */
export const ADDRESSED_OFFICES = wordList('speaker|chair|chairman|chairwoman|chairperson|president|secretary|minister|commissioner|ambassador|governor|senator|mayor|premier|chancellor');

/** Words that end a title and sit right before a name ("Trade Representative Katherine Tai"). */
export const TITLE_HEADS = wordList(
  'president|vice-president|premier|secretary|minister|representative|chairman|chairwoman|chair|chairperson|ceo|cfo|coo|' +
    'spokesman|spokeswoman|spokesperson|ambassador|governor|gov.|senator|sen.|rep.|representative|commissioner|director|' +
    'chancellor|king|queen|prince|princess|emperor|mayor|economist|analyst|copresident|co-president|co-founder|founder|' +
    'executive|manager|officer|head|leader|envoy|negotiator|adviser|advisor|strategist|professor|prof.|lawmaker|congressman|' +
    'congresswoman|judge|justice|counsel|attorney|general|gen.|sheikh|chief|owner|partner|fellow|researcher|trader|' +
    'administrator|undersecretary|under-secretary|deputy|aide|official|vice-chairman|lt.|col.|diplomat|boss|presidents|' +
    'ministers|senators|commissioners|governors|ambassadors|executives|officials|leaders|economists|analysts|director-general|secretary-general|deputy-director|' +
    'member|mp|mep|mla|msp|legislator|delegate|spokesman|lawyer|columnist|correspondent|editor|reporter|writer|anchor|presenter|' +
    'lecturer|scholar|dean|scientist|historian|academic|critic|consultant|specialist|coordinator|superintendent|inspector|' +
    'comptroller|comptroller-general|commissioner-general|treasurer|host|co-host|moderator|panellist|panelist',
);

/** A legislator's seat noun after a party label: "the Liberal Democrat member for Cheltenham South". */
export const MEMBER_HEADS = wordList('member|mp|mep|mla|msp|mpp|senator|deputy|lawmaker|legislator|congressman|congresswoman|representative|assemblyman|assemblywoman');

/** Letters after a member's name: "Priya Raman MP", "Anna Byrne TD". Written in capitals. */
export const POST_NOMINALS = wordList('MP|MEP|MLA|MSP|MPP|MHA|MNA|TD|QC|KC');

/** Words that can precede a title head inside the title ("Deputy Prime Minister", "Economy, Trade and Industry Minister"). */
export const TITLE_MODIFIERS = wordList(
  'vice|deputy|prime|trade|commerce|treasury|foreign|affairs|finance|financial|economy|economic|economics|industry|state|defense|defence|' +
    'chief|senior|assistant|acting|former|press|agriculture|energy|labor|labour|international|first|managing|national|' +
    'security|homeland|health|interior|environment|transport|transportation|education|justice|executive|general|co|' +
    'associate|principal|lead|junior|interim|top|digital|industrial|technology|development|' +
    'policy|external|internal|home|cabinet|supreme|majority|minority|legal|communications|operating|' +
    'investment|research|global|regional|country|sales|marketing|fiscal|federal|union|mining|mines|fisheries|forestry|tourism|food|planning|infrastructure|customs|revenue|resources',
);

/** Heads that take a ministry/portfolio modifier; corporate heads ("Chairman", "CEO") don't. */
export const GOVERNMENT_HEADS = wordList(
  'president|premier|secretary|minister|representative|commissioner|chancellor|ambassador|envoy|spokesman|spokeswoman|spokesperson|' +
    'adviser|advisor|negotiator|officer|director|executive|general|attorney|leader|undersecretary|official|economist|counsel|aide|critic',
);

/** Heads a government holds: "Finance Minister" with no country in an article about one government. */
export const CABINET_HEADS = wordList('minister|secretary|premier|chancellor|commissioner|representative|ambassador');
/** Offices of state written capitalized before a name ("President Ana Ruiz", "Senator Tom Hale"): a country's, like a cabinet title's. */
export const STATE_OFFICES = wordList('president|vice president|senator|governor|congressman|congresswoman|deputy|lawmaker|legislator');
/** Offices of state no firm holds, so serving a state even written lowercase ("said congressman Ana Ruiz"). */
export const LEGISLATORS = wordList('senator|congressman|congresswoman|lawmaker|legislator');
/** Other words a story calls a legislator by on second reference: "the Irish MEP", "the Labour MP". */
export const LEGISLATOR_NOUNS = wordList('mep|mp|parliamentarian|assemblyman|assemblywoman|councillor|councilor|congressmember');
/** What marks a person as a legislator around their name: "Sen.", "Rep.", a committee or a house in the title. */
/** What "the … said" may call a legislator on second reference: "the senator", "the Irish MEP", "the Ohio Democrat". */
export const LEGISLATOR_REFERENCES = wordList(LEGISLATORS, LEGISLATOR_NOUNS, PARTY_LABELS);
export const LEGISLATOR_MARKS = wordList('sen|rep|committee|parliament|congress|senate|house|assembly|party|caucus');
/** Heads of titles only a nation's government holds: a bloc has commissioners and a president, not ministers or senators. */
export const NATIONAL_TITLE_HEADS = wordList('minister|premier|chancellor|senator|congressman|congresswoman|governor|deputy|lawmaker|legislator');

/** Speaking for a body: "the spokeswoman for the ministry, Li Wen". */
/** Those who speak for a body and nothing else: a bare "spokesman" points back to the body just named. */
export const SPOKESPERSONS = wordList('spokesman|spokeswoman|spokesperson|spokespeople');
export const SPOKES = wordList(SPOKESPERSONS, 'representative');

/** Modifiers a corporate head takes ("chief executive", "co-founder", "general manager"). */
/** Heads of titles held only in firms: "Chairman Lin Cheng-hao", "chief financial officer Grace Hsu", "the plant manager". */
export const CORPORATE_TITLE_HEADS = wordList('chairman|chairwoman|chairperson|ceo|cfo|coo|cto|owner|founder|co-founder|manager|treasurer|financial|operating|executive|officer');
/** Ranks below a cabinet post: their holder speaks for the ministry ("Deputy Minister", "Minister of State", "Principal Secretary"). */
export const JUNIOR_RANKS = wordList('deputy|vice|assistant|under|state|principal|permanent|junior|parliamentary');
/** Portfolio words too general to name one ministry ("Minister of State for Foreign Affairs" names affairs of many). */
export const GENERIC_PORTFOLIO_WORDS = wordList('affairs|small|medium|natural|primary|european|consumer|protection|security');
/** Heads of an agency official's title: "Director General", "Commissioner General", "Deputy Director", "Comptroller-General". */
export const AGENCY_TITLE_HEADS = wordList('director|commissioner|administrator|comptroller|controller|registrar|superintendent');
/** What makes a director a firm's officer: "managing director", "finance director" (not "Director General", "director of the agency"). */
export const FIRM_DIRECTOR_KINDS = wordList('managing|finance|financial|sales|marketing|commercial|export|operations|technical|production|purchasing|procurement|supply|logistics|quality|plant|factory|mill|non-executive');
/** Heads of titles held only in government: a firm's story does not claim their holders. */
export const STATE_OFFICE_HEADS = wordList('minister|secretary|premier|president|commissioner|chancellor|ambassador|envoy|representative|senator|governor|mayor|undersecretary|judge');
export const CORPORATE_MODIFIERS = wordList(
  'vice|deputy|co|chief|senior|executive|managing|general|acting|former|assistant|associate|interim|first|lead|principal|junior|top|press|board|' +
    // "Plant manager Sione Fakatava", "Sales director …": what a company officer runs.
    'plant|factory|mill|site|store|branch|production|operations|purchasing|procurement|sales|marketing|technical|logistics|supply|quality|export|regional|country',
);

/** Heads whose preceding capitalized words name the organization ("Rolex CEO"). */
export const ORG_TITLED = wordList(
  'ceo|cfo|coo|executive|president|copresident|co-president|chairman|chairwoman|chair|founder|co-founder|owner|director|manager|' +
    'economist|analyst|strategist|spokesman|spokeswoman|spokesperson|head|partner|fellow|researcher|chief|officer|member|aide',
);

/** Heads that name a body's seat when written in lower case after the body's name ("Port of Tacoma commissioner"); capitalized, they are a government's office. */
export const BODY_SEATS = wordList('commissioner|supervisor|trustee|councillor|councilor');

/** Words that make a capitalized run before a title an organization ("Chinese Embassy spokesman"). */
export const TITLE_ORG_WORDS = wordList(
  'house|embassy|consulate|ministry|department|institute|association|council|industries|group|bank|chamber|commission|agency|' +
    'office|bureau|corp.|corp|inc.|inc|co.|company|foundation|federation|union|party|university|times|news|administration|commons',
);

/** Ministries' portfolios a title can name after "Minister of"/"for", beyond the usual title modifiers. */
export const PORTFOLIOS = wordList(
  'forestry|primary|fisheries|production|food|rural|land|lands|infrastructure|tourism|mines|mining|water|petroleum|planning|employment|enterprise|' +
    'innovation|aid|science|culture|sport|commerce|textiles|resources|natural|climate|oceans|cooperation|integration|consumer|' +
    'protection|competitiveness|affairs|european|trade|industry|economy|security|finance|investment|agriculture|energy|' +
    'small|medium|enterprises|business|businesses|skills|jobs|growth|strategy|regulation|customs|revenue|exports|export|' +
    'industries|economic|development|digital|housing|treasury|labour|labor|fiscal|budget|public|works|wealth|' +
    'enforcement|compliance|access|negotiations|investigations|operations|analysis|policy|markets|relations|steel|competition|coal|power|' +
    'shipping|ports|railways|aviation|communications|telecommunications|fertilizers|chemicals|petrochemicals|marine|maritime|environment|health|transport',
);

/** People a story describes by trade rather than office: ", a Cape Town fruit exporter,". */
export const TRADE_ROLES = wordList(
  'exporter|importer|grower|farmer|rancher|producer|manufacturer|retailer|wholesaler|shopkeeper|consultant|lawyer|entrepreneur|' +
    'investor|broker|dealer|worker|farmworker|businessman|businesswoman|exec|economist|spokesperson|lobbyist|veteran|shipper|' +
    'distributor|buyer|seller|merchant|banker|accountant|engineer|steelworker|fisherman|winemaker|brewer|owner|operator|' +
    // Occupations trade features quote people by: "Jerome Abernathy, a builder in Boise,".
    'builder|orchardist|retiree|pastor|teacher|trucker|baker|butcher|restaurateur|welder|machinist|mechanic|carpenter|miner|fisher|cattleman|' +
    'steward|agent|docker|stevedore|roaster|distiller|vintner|grocer|jeweller|jeweler|tailor|weaver|foreman|driver|barrister|solicitor|planter',
);

/** Parties to a trade case and trades that open a sentence before a firm's name: "Applicant Southern Cross Wire Pty Ltd", "Forwarder Bosphorus Express Logistics". */
export const CASE_PARTIES = wordList('applicant|petitioner|respondent|complainant|claimant|plaintiff|defendant|appellant|appellee|intervenor|forwarder');

/** Trade roles a firm holds as often as a person: "a mid-sized wholesaler", "the country's largest producer". */
export const FIRM_ROLES = wordList('exporter|importer|producer|processor|packer|manufacturer|retailer|wholesaler|distributor|shipper|supplier|buyer|seller|merchant|investor|dealer|broker|operator');

/** Titles that in a trade story name a U.S. office when no country is given. */
export const US_TITLES = wordList(
  'treasury secretary|trade representative|secretary of state|secretary of the treasury|white house press secretary|' +
    'national economic council director|u.s. trade representative',
);
/** U.S. offices other governments have too ("Commerce Secretary" in India): U.S. only when no other country is in the sentence. */
export const SHARED_US_TITLES = wordList('commerce secretary|secretary of commerce|agriculture secretary|secretary of agriculture|press secretary|trade adviser');

/** "who chairs the sector at X" → "chair of the sector". */
export const ROLE_VERBS: ReadonlyMap<string, string> = new Map([
  ['chairs', 'chair'], ['heads', 'head'], ['leads', 'leader'], ['runs', 'head'], ['directs', 'director'], ['manages', 'manager'], ['owns', 'owner'], ['founded', 'founder'],
  // The perfect after "has": "who has owned Messervy Hardware for 31 years".
  ['owned', 'owner'], ['headed', 'head'], ['chaired', 'chair'], ['managed', 'manager'], ['directed', 'director'],
]);

/** Work a clause describes, kept as the title with what it is about: "who covers shipping at Øresund Equity Research". */
export const DESCRIBED_WORK_VERBS = wordList('covers|follows|tracks|studies|teaches|researches|analyzes|analyses');

/** Words that open a described role: "a", "the", "its" (", the trade minister,", "its chief executive, …"). */
/** Heads of an envoy's title, whose post names where they are sent: "permanent representative to the WTO". */
export const ENVOY_HEADS = wordList('representative|ambassador|envoy|delegate');
/** Prepositions after which a run of name words is a place unless its names are people's: "Back in Santa Catarina". */
export const PLACE_PREPOSITIONS = wordList('in|near');
/** A place a role's holder comes from, after the role: "a dairy farmer from the Gers". */
export const ROLE_ORIGINS = wordList('from|outside');
/** Words opening how long a role has been held: "who has owned the shop for 31 years", "for decades". */
export const DURATION_OPENERS = wordList('decades|years|nearly|almost|more|over|about|a|two|three|four|five|six|seven|eight|nine|ten');
export const ROLE_OPENERS = wordList('the|a|an|another|its|his|her|their|our|whose');
export const ARTICLES = wordList('the|a|an');
/** Words that tie a role to a body: "vice president at the NRF", "president of the ASA", "spokeswoman for the ministry". */
export const ROLE_LINKS = wordList('at|of|with|for');
/** Links that tie a role to a body only before "the" and its name: "joint secretary in the Department of Commerce", "an adviser to the Steel Traders' Federation". */
export const ROLE_THE_LINKS = wordList('in|to');
/** Words that may follow a described role: ", a fruit exporter in Cape Town", ", a grower who …". */
export const ROLE_FOLLOWERS = wordList('of|at|for|in|and|who|based|from|with');

/** A credit line's opening: every name in it is a person ("Additional reporting by A; Editing by B"). */
export const CREDIT_OPENERS = wordList(
  'with assistance from|with additional assistance from|with reporting from|with reporting by|with additional reporting by|' +
    'additional reporting by|reporting by|editing by|edited by|written by|compiled by',
);
/** A wire credit's verb and the role of whoever it names: "(Reporting by Ana Ruiz; editing by Tom Hale)". */
export const CREDIT_ROLES: ReadonlyMap<string, string> = new Map([
  ['reporting', 'reporter'],
  ['editing', 'editor'],
  ['edited', 'editor'],
]);
/** A byline's opening word. */
export const BYLINE_OPENERS = wordList('by|reporting by|by:|byline:');

/** "the Trump administration", "the Albanese government": a leader named by the body they lead. */
export const GOVERNS = wordList('administration|government|white|campaign|cabinet|presidency');
/** Words after "cabinet" that make it furniture, not a government: "Quebec cabinet makers", "a cabinet shop". */
export const CABINET_TRADE = wordList('maker|makers|making|shop|shops|doors|hardware');

/** Verbs of saying that sit right before or after a speaker's name: the one list, in speechVerbs.ts. */
export { SPEAKING_VERBS as SPEECH_VERBS } from './speechVerbs';
/** Words right before a name that report speech: "said Wendy Cutler", "according to …". */
export const SAID_BEFORE = wordList('said|says|according');

/** Words that close an apposition after a name: ", ASA president and soybean farmer", ", the trade minister, said". */
export const APPOSITION_CLOSERS = wordList('and|who|said|says|told');
/** Verbs an opening name takes when it states a view: "Okwudili Nnamdi has argued…". */
export const PERFECT_AUXILIARIES = wordList('has|had');
/** "… can be reached at", "… contributed to this report": a credit after a name. */
export const CREDIT_AFTER = wordList('can|contributed');
/** A counterpart takes the title of the person it answers: "Modi and his Australian counterpart Scott Morrison". */
export const COUNTERPARTS = wordList('counterpart|counterparts|opposite number');
/** "Her counterpart at Sahel Butters, …", "His colleague at the bank, …": a peer at a body of their own. */
export const PEERS = wordList('counterpart|counterparts|colleague|colleagues|peer|peers');
/** Possessives of people: "her colleague", "his counterpart". */
export const PERSON_POSSESSIVES = wordList('his|her|their');
/** Words before a place that make it where something happens, not whom a person serves: "talks in Washington". */
export const LOCATION_WORDS = wordList('in|to|from|at|with|against|on|into|across|toward|towards|near|via|between');
/** Title abbreviations the card spells out: "Sen. Margaret Lyle" → Senator. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen.', 'Senator'], ['rep.', 'Representative'], ['gov.', 'Governor'], ['gen.', 'General'], ['prof.', 'Professor'], ['lt.', 'Lieutenant'], ['col.', 'Colonel'],
]);
/** "its chief executive", "their spokesman": a role whose owner is the body or country named just before. */
export const OWNER_PRONOUNS = wordList('its|their|our|whose');
/** What a byline may add after the name that is a role, not an outlet: "By Ana Ruiz, Staff Writer". */
/** The head of a title that only a newsroom gives: "Editor", "policy editor", "staff writer". */
/** Titles of whoever asks the questions in an interview or on a show: never its subject. */
export const ASKER_TITLE_HEADS = wordList('host|co-host|moderator|interviewer|presenter|anchor');
export const NEWSROOM_TITLE_HEADS = wordList('editor|writer|reporter|correspondent|columnist|contributor|anchor|presenter|host');
export const BYLINE_ROLES = wordList(NEWSROOM_TITLE_HEADS, 'staff|bureau|chief|special|senior|associate|news');

/** Common nouns for a kind of body set before its name: "of the trade body UK Steel Producers' Council", "at the think tank Europa Observatory". */
export const BODY_KIND_WORDS = wordList('trade|industry|lobby|business|farm|farmers|employers|body|group|association|think|tank|think-tank|federation|union|chamber|consultancy|firm|company|bank|agency|network|alliance|coalition|council|' +
  'brokerage|stockbroker|broker|winemaker|winery|miner|brewer|maker|lender|insurer|carmaker|automaker|steelmaker|chipmaker|manufacturer|producer|exporter|importer|retailer|distributor|shipper|carrier|refiner|processor|supplier|consortium|cooperative|co-op|' +
  'forwarder|start-up|startup|operator|wholesaler|packer|smelter|airline|trader|logistics|plant|mill|factory|refinery|foundry|agent');
/** Copular verbs that can open a role after a name: "Haruto Mori is a senior fellow at …". */
export const ROLE_COPULAS = wordList('is|was');

/** Titles of the bench: "Judge Miriam Oduya-Klein", "Justice Ana Ruiz". */
export const JUDGE_TITLES = wordList('judge|justice|magistrate');
/** What may come before a judge's title: "Chief Judge", "Senior Judge". */
export const JUDGE_RANKS = wordList('chief|senior|presiding|associate|district|circuit');
/** Heads of a court's name: "Court of International Trade", "Competition Tribunal". */
export const COURT_HEADS = wordList('court|tribunal');
/** A commission's members: "Commissioner David Okonjo" (and its chair, once a commissioner is named). */
export const COMMISSIONER_TITLES = wordList('commissioner');
export const COMMISSION_CHAIRS = wordList('chairman|chairwoman|chair|chairperson|vice chairman|vice chair|vice-chairman');
/** Heads of a trade commission's name: "U.S. International Trade Commission", "Korea Trade Commission". */
export const COMMISSION_HEADS = wordList('commission');
