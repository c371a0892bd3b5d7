import type { Tok } from '../lexicon/tokens';

/**
 * The words organization names are built from, in English and the languages trade stories quote:
 * heads that close or open a name, connectors and particles inside one, words that end a run, and
 * the cue nouns a name follows ("steelmaker POSCO").
 */

const set = (s: string): Set<string> => new Set(s.split('|'));

/** Words that close an organization's name ("Pacific Research Institute", "Trina Solar", "Nike Inc"). */
export const END_HEADS = set(
  'organization|organisation|institute|institution|association|department|ministry|commission|council|agency|bureau|' +
    'administration|bank|fund|federation|chamber|society|foundation|forum|committee|office|service|board|authority|' +
    'corporation|corp|corp.|inc|inc.|co.|company|ltd|ltd.|llc|plc|group|holdings|industries|products|motors|motor|airlines|' +
    'airways|technologies|electronics|pharmaceuticals|energy|systems|semiconductor|capital|partners|foods|brands|mining|' +
    'chemical|chemicals|electric|communications|telecom|logistics|shipping|software|securities|insurance|investments|' +
    'resources|petroleum|aerospace|automotive|solar|power|steel|university|college|party|embassy|consulate|parliament|' +
    'reserve|exchange|alliance|coalition|center|centre|times|post|journal|news|network|broadcasting|union|cooperative|' +
    'trust|laboratories|labs|lab|co-op|coop|chambers|farms|ventures|media|gmbh|ag|nv|court|tribunal|secretariat|steelworkers|llp|lp|llc.|limited|observatory|' +
    'television|tv|radio|wire|newswire|blog|gazette|herald|tribune|chronicle|dispatch|telegraph|subcommittee|caucus',
);
/** Heads that open a name: "Ministry of Commerce", "Institute of International Finance". */
export const OPEN_HEADS = set('port|ministry|department|institute|bank|association|federation|chamber|chambers|office|bureau|university|council|commission|board|administration|organization|organisation|union|league|confederation|society|court|committee|center|centre');
/**
 * Heads of Romance and German names, which open the name even without "of": "Unión Industrial
 * Argentina", "Confederação Nacional da Indústria", "Bundesverband der Deutschen Industrie".
 * They are not English words, so a capitalized run that starts with one is a body.
 */
export const FOREIGN_HEADS = set(
  'ministério|ministerio|ministère|ministero|ministerium|bundesministerium|secretaría|secretaria|secretaria|câmara|cámara|camara|' +
    'chambre|confederação|confederación|confédération|confederazione|federação|federación|fédération|federazione|' +
    'asociación|associação|associazione|unión|união|unione|instituto|institut|istituto|banco|banque|comisión|comissão|' +
    'commissione|consejo|conselho|conseil|consiglio|agência|agencia|agence|agenzia|sindicato|syndicat|cooperativa|' +
    'coopérative|verband|bundesverband|bundesamt|bundesanstalt|servicio|serviço|superintendencia|dirección|direção|' +
    'autoridad|autoridade|autorité|corporación|companhia|compañía|sociedad|sociedade|société|grupo|groupe|fundação|fundación|' +
    'fondation|stiftung|gesellschaft|secretaria-geral|procuradoria|tribunal|tribunale|interprofesional|interprofession|bolsa|bourse|confederaciones|asociaciones|federaciones|cámaras|sociedade|empresas|industrias|indústrias',
);
/** Common words that open companies' names a legal form closes ("West Fraser Timber Co. Ltd.", "United Rentals Inc."). */
export const NAME_OPENERS = set('west|east|north|south|central|new|great|first|royal|general|national|united|american|pacific|atlantic|western|eastern|northern|southern|global|international');
/** Plural makers that end an industry group's name after "the" ("the Copper Tube Producers"). */
export const PLURAL_MAKERS = set('producers|growers|manufacturers|exporters|importers|processors|refiners|shippers|retailers|makers|fabricators|millers|packers');
/** "and" in the languages whose names we read ("Indústria, Comércio e Serviços"). */
export const AND_WORDS = set('and|e|y|et|und');
/** An elided article opening a name word: "de l'Acier", "Côte d'Ivoire". */
export const ELIDED = /^[lLdD]['’]\p{Lu}/u;
export const isNameWord = (t: Tok | undefined): boolean => !!t && t.word && (t.cap || ELIDED.test(t.text));
/** "of the", "de la": a preposition and an article before a name word ("Council of the EU"). */
export const PREP_ARTICLE = /^(of|for|de|di|da|do|der)$/;
export const ARTICLES = set('the|la|las|los|el|le|les|der|die|das|del');
/** Title words that end an organization's run: "Japan Chamber of Commerce and Industry | Chairman Akio Mimura". */
export const RUN_BREAKERS = set('president|premier|secretary|minister|chairman|chairwoman|ceo|spokesman|spokeswoman|ambassador|governor|senator|commissioner|director|chancellor|mayor|copresident|founder|economist|analyst|representative|chief|executive|vice|deputy|prime|mr.|ms.|mrs.|dr.');
// "ve" is the Turkish "and" ("Boru Sanayi ve Ticaret").
export const CONNECTORS = set('of|and|for|on|&|the|de|du|des|für|ve|del|della|di|da|do|dos|das|y|e|et|und|la|el|le|les|van|von|der|den');
/** Prepositions of an "of" name in any language: what follows belongs to the head before it. */
export const OF_WORDS = set('of|for|on|de|du|des|für|del|della|di|da|do|dos|das|der');
export const NOT_ORGS = set('oval office|soviet union|customs union|trump administration|biden administration|government of|press office');
/** Nouns that introduce an organization's name right after them ("cosmetics maker L'Oréal", "broadcaster SRF"). */
export const CUES = set(
  'company|firm|factory|maker|manufacturer|producer|exporter|importer|retailer|giant|conglomerate|group|organization|' +
    'organisation|broadcaster|newspaper|agency|outlet|automaker|carmaker|chipmaker|steelmaker|brand|lender|insurer|' +
    'consultancy|dealer|dealership|supplier|distributor|startup|publisher|daily|tabloid|magazine|operator|carrier|airline|' +
    'shipper|miner|subsidiary|affiliate|bank|union|association|tank|makers|companies|firms|manufacturers|producers|brands|' +
    'retailers|automakers|carmakers|chipmakers|groups|exporters|suppliers|banks|outlets|newspapers|think-tank|thinktank|' +
    'distributor|distributors|wholesaler|importers|mill|smelter|refiner|foundry|processor|lobby|chamber|regulator|watchdog',
);
