import { wordList } from './wordList';

/**
 * The words organization names are built from, in English and the languages trade stories quote:
 * body nouns that close or open a name ("Pacific Research Institute", "Ministry of Commerce"),
 * connectors and particles inside one, words that end a run, the cue nouns a name follows
 * ("steelmaker POSCO"), and the nouns that say a capitalized run is a place or a category instead.
 */

/** A family firm's "and Sons" closing its name: "Gagnon et Fils", "Pereira & Filhos", "Rossi e Figli", "Hale & Sons" (an "of" after it is the firm's town). */
export const FAMILY_FIRM_TAILS = wordList('sons|fils|filhos|figli|hijos|hermanos|frères|söhne');

/** Words that close an organization's name ("Pacific Research Institute", "Trina Solar", "Nike Inc"). */
/** Last words of a broker's, bank's or research house's name, whose people on an earnings call are analysts. */
export const FINANCE_FIRM_HEADS = wordList('securities|capital|equity|research|partners|investments|bank|advisors|advisers|brokerage|markets|financial');
export const END_HEADS = wordList(
  'organization|organisation|institute|institution|association|department|ministry|commission|council|agency|bureau|' +
    'administration|bank|fund|federation|chamber|society|foundation|forum|committee|office|service|board|authority|' +
    'corporation|corp|corp.|inc|inc.|co|co.|company|ltd|ltd.|llc|plc|group|holdings|industries|products|motors|motor|airlines|' +
    'airways|technologies|electronics|pharmaceuticals|energy|systems|semiconductor|capital|partners|associates|foods|brands|mining|' +
    'chemical|chemicals|electric|communications|telecom|logistics|shipping|software|securities|insurance|investments|' +
    'resources|petroleum|aerospace|automotive|solar|power|steel|university|college|party|embassy|consulate|parliament|' +
    'reserve|exchange|alliance|coalition|center|centre|times|post|journal|news|network|broadcasting|union|cooperative|assembly|' +
    'trust|laboratories|labs|lab|co-op|coop|co-operative|chambers|farms|ventures|media|gmbh|ag|nv|court|tribunal|secretariat|steelworkers|llp|lp|llc.|limited|observatory|' +
    'television|tv|radio|wire|newswire|blog|gazette|herald|tribune|chronicle|dispatch|telegraph|subcommittee|caucus|congress|' +
    // Publications by their last word: "the Lagos Business Ledger", "The Windsor Examiner", "Seoul Economic Daily".
    'ledger|courier|examiner|magazine|observer|weekly|daily|' +
    'research|economics|analytics|advisors|advisers|consulting|consultants|strategies|confederation|guild|league|' +
    // A maker's trade as its name's last word: "Corio Extrusions", "Larkspur Upholstery", "Meghna Apparel".
    'extrusions|textiles|fabrics|metals|plastics|apparel|upholstery|furniture|components|packaging|mills|garments|knitwear|alloys|polymers|glassworks|boatworks|ironworks|' +
    'ceramics|porcelain|galvanizing|aromatics|tileworks|carbonworks|sawmills|playthings|automobiles|tyres|tires|fasteners|hydraulics|castings|forgings|' +
    'wines|winery|wineries|vineyards|distillery|distilleries|brewery|breweries|orchards|memory|displays|dairies|creamery|forge|estates',
  FAMILY_FIRM_TAILS,
);

/** Heads that open a name: "Ministry of Commerce", "Institute of International Finance", "House of Commons". */
export const OPEN_HEADS = wordList(
  'port|ministry|department|institute|bank|association|federation|chamber|chambers|office|bureau|university|council|commission|board|' +
    'administration|organization|organisation|union|league|confederation|society|court|committee|center|centre|house|' +
    'coalition|alliance|foundation|forum|partnership|fund|consortium|caucus|agency|authority|secretariat|tribunal|corporation',
);

/**
 * Heads of Romance and German names, which open the name even without "of": "Unión Industrial
 * Argentina", "Confederação Nacional da Indústria", "Bundesverband der Deutschen Industrie".
 */
export const FOREIGN_HEADS = wordList(
  'ministério|ministerio|ministère|ministero|ministerium|bundesministerium|secretaría|secretaria|câmara|cámara|camara|' +
    'chambre|confederação|confederación|confédération|confederazione|federação|federación|fédération|federazione|' +
    'asociación|associação|associazione|unión|união|unione|instituto|institut|istituto|banco|banque|comisión|comissão|' +
    'commissione|consejo|conselho|conseil|consiglio|agência|agencia|agence|agenzia|sindicato|syndicat|cooperativa|' +
    'coopérative|verband|bundesverband|bundesamt|bundesanstalt|servicio|serviço|superintendencia|dirección|direção|' +
    'autoridad|autoridade|autorité|corporación|companhia|compañía|sociedad|sociedade|société|grupo|groupe|fundação|fundación|' +
    'fondation|stiftung|gesellschaft|secretaria-geral|procuradoria|tribunal|tribunale|interprofesional|interprofession|bolsa|bourse|' +
    'confederaciones|asociaciones|federaciones|cámaras|empresas|industrias|indústrias|' +
    // Universities and the trades Spanish and Portuguese firms are named for: "Agrícola Valle del Fuerte".
    'universidad|universidade|université|università|universität|agrícola|agropecuária|agropecuaria|hortalizas|exportadora|importadora|comercializadora|distribuidora|pesquera|naviera|' +
    // Houses, farms and estates: "Casa de Valores Pichincha", "Flores del Páramo", "Viña Santa Rita", "Fazenda Boa Vista".
    'casa|flores|viña|viñedos|bodegas|hacienda|finca|granja|fazenda|frutas|alimentos|aceros|cementos|' +
    // French workshops and estates named for their trade: "Ébénisterie Gagnon et Fils", "Domaine des Trois Pommiers".
    'ébénisterie|menuiserie|fromagerie|laiterie|boulangerie|brasserie|distillerie|conserverie|scierie|papeterie|verrerie|fonderie|minoterie|domaine|vignobles|établissements|ateliers',
);

/** Common words that open companies' names a legal form closes ("West Fraser Timber Co. Ltd.", "United Rentals Inc."). */
export const NAME_OPENERS = wordList('west|east|north|south|central|new|great|first|royal|general|national|united|american|pacific|atlantic|western|eastern|northern|southern|global|international');

/** Plural makers that end an industry group's name after "the" ("the Copper Tube Producers"). */
export const PLURAL_MAKERS = wordList('producers|growers|manufacturers|exporters|importers|processors|refiners|shippers|retailers|makers|fabricators|millers|packers');

/** "and" in the languages whose names we read ("Indústria, Comércio e Serviços"); case-sensitive, as written. */
export const AND_WORDS: ReadonlySet<string> = new Set(['and', 'e', 'y', 'et', 'und']);

/** A preposition that takes an article before a name word ("Council of the EU", "Banco de la Nación"). */
export const PREP_BEFORE_ARTICLE = wordList('of|for|on|de|di|da|do|der');

/** Articles inside names, in the languages we read. */
export const ARTICLES = wordList('the|la|las|los|el|le|les|der|die|das|del');

/** Title words that end an organization's run: "Japan Chamber of Commerce and Industry | Chairman Akio Mimura". */
export const RUN_BREAKERS = wordList(
  'president|premier|secretary|minister|chairman|chairwoman|ceo|spokesman|spokeswoman|ambassador|governor|senator|commissioner|director|' +
    'chancellor|mayor|copresident|founder|economist|analyst|representative|chief|executive|vice|deputy|prime|mr.|ms.|mrs.|dr.',
);

/** Small words that join the words of a name; "ve" is the Turkish "and" ("Boru Sanayi ve Ticaret"). */
export const CONNECTORS = wordList('of|and|for|on|&|the|de|du|des|für|ve|del|della|di|da|do|dos|das|y|e|et|und|la|el|le|les|van|von|der|den');

/** Prepositions of an "of" name in any language: what follows belongs to the head before it. */
export const OF_WORDS = wordList('of|for|on|de|du|des|für|del|della|di|da|do|dos|das|der');

/** Small words left out of a name's initials ("Kenya Association of Manufacturers" → KAM). */
export const SMALL_WORDS = wordList('of|the|and|for|on|&|de|du|des|do|da|dos|das|del|della|di|der|für|e|y|et|und|la|el|le|les');

/** Capitalized phrases that look like bodies and are not ("Oval Office", "Customs Union", "Trump administration"). */
export const NOT_ORGS = wordList('oval office|soviet union|customs union|trump administration|biden administration|government of|press office');

/** Nouns that introduce an organization's name right after them ("cosmetics maker L'Oréal", "broadcaster SRF"). */
export const CUES = wordList(
  'company|firm|factory|maker|manufacturer|producer|exporter|importer|retailer|giant|conglomerate|group|organization|' +
    'organisation|broadcaster|newspaper|agency|outlet|automaker|carmaker|chipmaker|steelmaker|brand|lender|insurer|' +
    'consultancy|dealer|dealership|supplier|distributor|startup|publisher|daily|tabloid|magazine|operator|carrier|airline|' +
    'shipper|miner|subsidiary|affiliate|bank|union|association|tank|makers|companies|firms|manufacturers|producers|brands|' +
    'retailers|automakers|carmakers|chipmakers|groups|exporters|suppliers|banks|outlets|newspapers|think-tank|thinktank|' +
    'distributors|wholesaler|importers|mill|smelter|refiner|foundry|processor|lobby|chamber|regulator|watchdog',
);

/** Industry nouns that close a company's name when a proper name precedes them ("Bluewater Steel"). */
export const INDUSTRY_HEADS = wordList(
  'polymer|polymers|petrochem|petrochemical|petrochemicals|chemical|chemicals|steel|steels|metal|metals|timber|lumber|' +
    'aluminium|aluminum|motors|electronics|textile|textiles|foods|mining|shipping|logistics|pharma|semiconductor|' +
    'semiconductors|solar|cycles|plastics|fertilizers|fertilisers|cement|bearings|apparel|garments|refining|refinery|' +
    'minerals|paperboard|packaging|auto|autos|machinery|mills|shipyard|shipbuilding|agro|agri|dairy|seafood|poultry|farms',
);

/** Words that describe a business rather than name it, capitalized only in a headline ("Local Steel Company Owner …"). */
export const DESCRIPTIONS = wordList('local|small|big|large|major|leading|top|domestic|foreign|family|family-owned|state-owned|private|public|rival|struggling|giant');

/** Generic company heads: what a described business is called ("a local steel company"). */
export const GENERIC_COMPANY_HEADS = wordList('company|companies|firm|firms|corporation|business|businesses|maker|makers|plant|mill|shop|store');

/** Words a Canadian department's name is made of before "Canada" ("Global Affairs Canada", "Statistics Canada"). */
export const CANADA_TOPICS = wordList(
  'global|affairs|statistics|agriculture|agri-food|innovation|science|development|health|transport|environment|climate|' +
    'employment|fisheries|oceans|revenue|services|finance|justice|safety|resources|heritage|parks|immigration|trade|' +
    'export|industry|economic|public|natural|border|housing|infrastructure|veterans|procurement|competition|' +
    'change|social|indigenous|refugees|citizenship|canadian|women|gender|equality|defence|national|sport|standards',
);

/** Words that close the name of a place, not a body ("Blair Waterway", "Fraser River", "Strait of Hormuz"). */
export const GEO_HEADS = wordList(
  'waterway|river|strait|straits|bay|canal|channel|sea|gulf|lake|harbor|harbour|island|islands|peninsula|valley|' +
    'mountains|creek|basin|ocean|coast|estuary|sound|passage|reef|desert|plateau|delta',
);

/** Places the Port of a city is at, not an authority that acts ("ships waited at the Port of Tacoma"). */
export const PLACE_PREPOSITIONS = wordList('at|in|into|through|via|near|outside|off|across|inside|entering|leaving|toward|towards|past|around');

/** Lower-case nouns between a chamber's committee name and its body ("the House Ways and Means trade subcommittee"). */
export const COMMITTEE_NOUNS = wordList('subcommittee|committee|panel|caucus');

/** Bodies whose name goes on with "on": "Committee on Finance", "Conference on Trade and Development", "Council on Foreign Relations". */
export const ON_NAME_HEADS = wordList('subcommittee|committee|panel|caucus|conference|council|commission|forum|force|agreement|convention|institute|center|centre|coalition|board|group|initiative|dialogue|network|taskforce');

/** Titles and roles that end a group unit's name ("Samsung Chairman Lee"). */
export const UNIT_NAME_ENDERS = wordList('chairman|chairwoman|president|ceo|chief|executive|vice|spokesman|spokeswoman|founder|head|director|heir');

/** What an apposition may say a name is: "X, the European steel association,". No "maker": "Pedro Souza, a coffee exporter," is a person. */
export const APPOSITION_HEADS = wordList(
  'association|federation|confederation|lobby|company|firm|group|conglomerate|automaker|carmaker|chipmaker|steelmaker|' +
    'cooperative|co-op|union|airline|lender|bank|insurer|regulator|watchdog|agency|subsidiary|affiliate|giant|body|' +
    'alliance|coalition|consortium|brand|label|refiner|smelter|supermarket|chain|utility|multinational|startup|start-up|distillery|winery',
);

/** Kinds a lone name can be, but a person too ("Fanuc, the industrial robot maker," vs "Ana Ruiz, a coffee exporter,"). */
export const MAKER_HEADS = wordList('maker|manufacturer|producer|exporter|importer|processor|retailer|supplier|distributor|trader|miner|shipper');

/** What may follow an apposition that names a body ("Eurofer, the European steel association, said"). */
export const APPOSITION_ENDS = wordList('that|which|said|says|based|in|whose|owned|founded|headquartered');

/** Words before a name an apposition follows: "…, and Eurofer, the …", "said Eurofer, the …". */
export const APPOSITION_OPENERS = wordList('and|by|from|with|said|the');

/** Bodies an acronym can head with a word or two between ("Germany's VDMA engineering federation"). */
export const BODY_NOUNS = wordList('association|federation|confederation|lobby|group|union|body|alliance|council|chamber|institute');

/** All-caps words that are not organizations. */
export const NOT_ACRONYMS: ReadonlySet<string> = new Set('EV|EVS|GDP|CPI|PMI|AI|CEO|CFO|IPO|LNG|ETF|PC|TV|VAT|GST|FDI|SME|SMES|OEM|IT|HR|PR|AP|UK|US|EU|UN'.split('|'));

/** Kinds of shares that are not a company's: "Tech shares", "Emerging-market stocks", "Blue-chip shares". */
export const SECTORS = wordList(
  'tech|technology|bank|banking|energy|mining|auto|chip|chipmaker|property|retail|growth|value|defense|defence|airline|steel|oil|utility|' +
    'consumer|industrial|financial|healthcare|pharma|media|telecom|shipping|luxury|commodity|class|preferred|common|ordinary|treasury|' +
    'government|corporate|junk|sovereign',
);

/** Words that name a company's stock ("Gerdau shares", "shares of Nidec"). */
export const STOCK_WORDS = wordList('shares|stock|stocks|bonds');

/** Words before a list's first item ("hit Canfor, Tolko and …", "including West Fraser, …"). */
export const LIST_OPENERS = wordList('and|or|on|by|hit|from|including|as');

/** Words a short form never takes from a long name's start ("the", "U.S.", "United States"). */
export const NOT_FIRST_WORDS = wordList('the|u.s.|us|united|states');

/** Heads a lone word can stand for ("the Department" for the Department of Commerce). */
export const SHORT_FORM_HEADS = wordList('department|ministry|commission|embassy|agency|bureau');

/** Forms of "the United States" that open a body's name and are not part of its key ("U.S. Commerce Department"). */
export const US_PREFIXES = wordList("u.s.|us|united states|america's|u.s.'s");

/**
 * Government bodies written in lower case after a demonym or a country's possessive ("the Japanese
 * embassy", "India's commerce ministry", "China's central bank"). Phrases close the body.
 */
export const GOVERNMENT_BODIES = wordList('embassy|consulate|ministry|central bank|parliament|customs agency|customs service|trade office|foreign office|high commission|mission to the wto');

/** Lower-case words a government body's name may take before its noun ("commerce ministry", "foreign ministry"). */
export const BODY_TOPICS = wordList(
  'commerce|trade|foreign|finance|economy|economic|industry|agriculture|farm|defense|defence|energy|environment|labor|labour|' +
    'transport|health|justice|interior|commerce and industry|trade and industry|economy and finance|steel|mines|mining|textiles|' +
    'external affairs|home|treasury|fisheries|foreign affairs',
);

/** Lower-case body nouns a topic alone names ("the commerce ministry said", "a finance ministry official"). */
export const TOPIC_BODIES = wordList('ministry');
/** Bodies whose name runs on over a list of portfolios: "Ministry of Trade, Industry and Energy", "Department of Agriculture, Food and the Marine". */
export const PORTFOLIO_BODIES = wordList('ministry|department');

/** Opening words of a credit line ("Reporting by …; Editing by …"). */
export const CREDIT_WORDS = wordList('reporting|writing|editing|compiled|additional|produced|translated|graphics|photos');

/** Words before a demonym that make the body any one, not a named one ("an Asian central bank"). */
export const INDEFINITES = wordList('a|an|another|each|every|any|no');

/** Lower-case words that may follow a government body's noun ("the Japanese embassy said", "… of Canada"). */
export const BODY_FOLLOWERS = wordList('of|in|to|and|or|said|says|on|for|at|has|had|is|was|will|would|would|spokesman|spokeswoman|spokesperson|official|officials');

/** Irregular plurals whose possessive sits inside a name ("National People's Congress", "Women's Business Council"). */
export const PLURAL_POSSESSORS = wordList('people|women|men|children');
