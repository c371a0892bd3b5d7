/**
 * The words of tariff reporting: the nouns that name a border charge ("tariff", "duty", "levy"),
 * the kinds of tariff ("retaliatory", "anti-dumping"), and the rates and taxes that are NOT tariffs
 * ("interest rate", "sales tax"), with the small words the tariff rules read around a rate.
 */
import { wordList } from './wordList';

/** A number's percent unit as copy writes it ("25%", "25 percent", "25 per cent", "25 pct", "25pc"): a pattern source for rules. */
export const PERCENT_UNIT = '(?:%|percent|per\\s?cent|pct|pc(?![a-z]))';

/** Nouns that name a border charge. */
// A deposit is a duty only as a trade remedy names it: "anti-dumping deposits of 32.6%", "cash deposits of 12%".
export const TARIFF_NOUNS = wordList(
  'tariff|tariffs|duty|duties|levy|levies|surcharge|surcharges|surtax|surtaxes|countermeasures|customs charge|customs charges|safeguard|safeguards',
  'anti-dumping deposit|anti-dumping deposits|antidumping deposits|countervailing deposits|cash deposit|cash deposits|duty deposits',
  // The schedule's own names for a tariff rate: "its most-favoured-nation rate on U.S. ethanol".
  'MFN rate|MFN rates|most-favoured-nation rate|most-favored-nation rate|most-favoured-nation rates|most-favored-nation rates',
  // A quota's two rates and a schedule's kinds of rate: "The in-quota rate, currently 40 percent, will fall to 15 percent".
  'in-quota rate|in-quota rates|out-of-quota rate|out-of-quota rates|over-quota rate|over-quota rates|preferential rate|preferential rates|applied rate|applied rates',
  // India's surcharges on imports: "the Agriculture Infrastructure and Development Cess (AIDC) of 5%".
  'cess|cesses',
  // A customs union's common external tariff: "the CET now has four bands".
  'CET|CETs',
);

/** What an ad valorem duty is a share of: "a cash deposit equal to 75.8% of the customs value". */
export const VALUATION_WORDS = wordList('customs|declared|invoice|dutiable|transaction|CIF|FOB|assessed|import|ex-works');

/** Kinds that tell one tariff from another, so a later mention of the kind points back to it: "the retaliatory tariff". */
export const DISTINCT_TARIFF_KINDS = wordList('retaliatory|punitive|reciprocal|anti-dumping|antidumping|anti-subsidy|countervailing|safeguard|sectoral|baseline|transshipping|transshipment');

/** Duties that fall on one product of one origin: the product of the case is their goods. */
export const PRODUCT_DUTY_KINDS = wordList('anti-dumping|antidumping|anti-subsidy|antisubsidy|countervailing|dumping');

/** What a trade remedy case is called: "an anti-dumping inquiry into …". */
export const CASE_NOUNS = wordList('investigation|investigations|inquiry|inquiries|probe|probes|case|cases|complaint|petition|review');
/** What a trade remedy case decides or publishes: "the anti-dumping determination on solar glass from Malaysia". */
export const CASE_FINDINGS = wordList('determination|determinations|ruling|rulings|order|orders|report|finding|findings|decision|decisions|notice|notices');
/** Units a quota counts goods in: "Up to 400,000 tonnes of milled rice a year can enter at 10%". */
export const QUANTITY_UNITS = wordList('tonnes|tons|units|vehicles|cars|barrels|kilograms|kg|pounds|bags|containers|cases|bottles|head|litres|liters');
/** What a trade remedy is called once imposed: "a three-year safeguard measure on imports of stainless steel plate". */
export const REMEDY_NOUNS = wordList('measure|measures|action|actions|remedy|remedies');

/** Nouns that can govern a rate right after it: "a 25% tariff", "a 10% tax", "a 15% rate", "a 10% baseline". */
export const RATE_HEAD_NOUNS = wordList(TARIFF_NOUNS, 'tax|taxes|rate|band|baseline|penalty');

/** A rate's legal status written right before it: "applied 15%, bound 10%" (a WTO schedule's two rates). */
export const RATE_STATUS_WORDS = wordList('applied|bound');
/** Words that make a paragraph about duties even without a tariff noun. */
export const DUTY_TOPIC_WORDS = wordList('anti-dumping|antidumping|countervailing|customs|tariff-rate|in-quota|out-of-quota|over-quota|above-quota|within-quota|safeguard');
/** What a margin is found for: "dumping margins of 48.6%" are the duty rates an inquiry sets. */
export const MARGIN_KINDS = wordList('dumping|anti-dumping|antidumping|subsidy|subsidies|subsidization|countervailing');

/** Kinds of tariff that sit between a rate and its tariff noun and are not its goods: "25% retaliatory tariffs". */
export const TARIFF_KINDS = wordList(
  'retaliatory|punitive|additional|extra|reciprocal|anti-dumping|antidumping|countervailing|safeguard|import|customs|new|proposed|' +
    'preliminary|final|blanket|baseline|across-the-board|tit-for-tat|emergency|higher|lower|total|average|sectoral|so-called|tariff|-|' +
    'base|product|mfn|most-favoured-nation|most-favored-nation|general|standard|current|existing|applied|bound|headline|flat|uniform|combined|further|new-found|temporary|permanent|minimum|maximum|top|overall|effective|' +
    'all-in|in-quota|out-of-quota|over-quota|preferential|ceiling|normal|usual|full|extra|ordinary|regular|basic|statutory|conventional',
);

/** Taxes that are not border charges: "a 3% digital services tax". */
export const OTHER_TAXES = wordList('digital|service|services|income|sales|value-added|vat|corporate|payroll|property|carbon|windfall|minimum|wealth|fuel|excise|consumption|capital|gains');
/** Domestic taxes named before "tax" in a trade sentence. */
export const DOMESTIC_TAXES = wordList('income|sales|property|payroll');

/** Rates that are not tariff rates: "the interest rate", "the jobless rate". */
export const OTHER_RATES = wordList(
  'interest|policy|key|benchmark|mortgage|exchange|growth|unemployment|jobless|inflation|savings|vacancy|utilization|utilisation|participation|' +
    'default|discount|lending|deposit|repo|prime|fed|funds|annual|annualized|annualised|conversion|response|approval|success',
);
/** The same, with "tax": a word before "rate" that makes it another measure. */
export const OTHER_RATES_OR_TAX = wordList(OTHER_RATES, 'tax');
/** Words before "rate(s)" that name another rate, in a paragraph's bare-rate reading. */
export const OTHER_RATE_NAMES = wordList(
  'interest|tax|growth|inflation|unemployment|jobless|exchange|mortgage|savings|vacancy|birth|death|crime|poverty|participation|default|' +
    'approval|response|success|conversion|policy|benchmark|lending|deposit|repo|prime|funds|utilization|tariff-rate|key|annual|annualized',
);

/** Words that put a sentence in trade: "a 10% tax on imports". */
/** What a quota's excess is called in place of goods: "Shipments above the quota", "any volume beyond it". */
export const QUOTA_EXCESS_NOUNS = wordList('shipments|imports|volume|volumes|tonnage|anything|ceiling|excess|quantities');
/** What marks goods as above a quota: "over-quota shipments", "excess imports". */
export const QUOTA_EXCESS_MARKS = wordList('excess|over-quota|above-quota|out-of-quota|additional');
/** Words that place goods above a quota: "above the quota", "beyond the ceiling". */
export const QUOTA_EXCESS_SIDES = wordList('above|beyond|over|outside|in excess of');
/** Words that place goods against a quota: "above the quota", "within the tariff-rate quota". */
export const QUOTA_SIDES = wordList('above|beyond|over|outside|within|inside|under|in excess of');
/** What a quota is called, and its sides as one word: "out-of-quota", "the ceiling". */
export const QUOTA_WORDS = wordList('quota|quotas|in-quota|out-of-quota|over-quota|above-quota|ceiling|threshold');
/** What a quota's side names when it names a rate: "an in-quota tariff of 25%", "the out-of-quota rate". */
export const TIER_NOUNS = wordList('tariff|tariffs|rate|rates|duty|duties|levy');
/** A quota's sides written as one word before a rate's noun: "in-quota", "out-of-quota". */
export const QUOTA_TIERS = wordList('in-quota|within-quota|out-of-quota|over-quota|above-quota');
/** A quota's tier said after a rate by its side alone, the quota named before: "pays 15% within quota and 50% outside it". */
export const QUOTA_SIDE_PRONOUNS = wordList('within it|inside it|outside it|above it|beyond it|over it');
/** A tariff-rate quota's tiers written as words, as notices and tables label a rate: "within access 0%, over access 245.5%". */
export const QUOTA_TIER_LABELS = wordList(QUOTA_TIERS, 'within access|over access|within-access|over-access|in quota|within quota|over quota|above quota|outside quota|out of quota|outside the quota|within the quota|above the quota');
/** A quota's share of goods, not the goods: "over-quota imports", "in-quota beef", "excess shipments". */
export const QUOTA_SHARES = wordList(QUOTA_TIERS, 'over quota|above quota|in quota|excess');
/** Words that end a quota's goods: "the access volume for onions to 22,000 tonnes", "the quota on sugar will …". */
export const QUOTA_GOODS_ENDS = wordList('to|at|from|with|will|would|is|are|was|were|and|by');

/** Words after goods that say how they come in, not what they are: "quartz slabs imported", "… each". */
export const ENTRY_TAILS = wordList('imported|shipped|entering|each|per');
/** The charges a government puts on goods leaving it: "an export duty on onions", "export taxes". */
export const EXPORT_CHARGES = wordList('export duty|export duties|export tax|export taxes|export levy|export levies|export tariff|export tariffs|export-duty|export-tax|export charge|export charges');
export const TRADE_WORDS = wordList('trade|import|imports|imported|export|exports|customs|tariff|tariffs|duties|sanction|sanctions|made in|dumping');

/** Words that put a bare "rate" in a border charge's sentence: "goods face a 15% rate". */
export const IMPOSE_CONTEXT_WORDS = wordList(
  TARIFF_NOUNS,
  'impose|imposes|imposed|imposing|imposition|levied|levying|slap|slaps|slapped|slapping|customs|' +
    'face a|face an|faces a|faces an|faced a|faced an|facing a|facing an',
);

/** Measures a percent after a tariff word may be about instead: "tariffs pushed inflation to 3.5%". */
export const MEASURES = wordList(
  'inflation|growth|gdp|unemployment|price|prices|export|exports|import|imports|sales|output|deficit|surplus|yield|yields|stock|stocks|shares|' +
    'index|profit|profits|revenue|revenues|earnings|margin|margins|cost|costs|spending|investment|demand|production|volume|volumes|market share|workforce|jobs',
);

/** Nouns after a percent that make it a change or a share: "a 5.8% increase", "a 20% stake". */
export const CHANGE_NOUNS = wordList(
  'increase|decrease|rise|jump|drop|decline|fall|gain|growth|slump|plunge|surge|share|slice|stake|majority|margin|discount|premium|return|returns|' +
    'chance|probability|rally|slide|reduction|cut|hike|boost|markup|mark-up|year-on-year|year-over-year|y/y|more|less|higher|lower|fewer|' +
    'stronger|weaker|below|above|annually|a year|interest|inflation|unemployment|vote|turnout|approval|owned|ownership',
);

/** After a percent, a difference rather than a level: "10 percentage points", "5% cheaper". */
export const DIFFERENCE_WORDS = wordList('percentage point|percentage points|points|point|pts|cheaper|dearer');

/** Other measures named next to a bare rate: "the interest on loans is 5%". */
export const OTHER_MEASURE_WORDS = wordList(
  'interest|mortgage|tax|taxes|income|growth|gdp|inflation|unemployment|jobless|share|shares|stake|margin|margins|discount|discounts|poll|polls|' +
    'survey|approval|voter|voters|turnout|price|prices|wage|wages|yield|yields|savings|vacancy|exchange|loan|loans|deposit|lending|bank|fed|' +
    'profit|profits|revenue|revenues|sales|output|probability|chance|odds|likelihood|utilization|vat|fee|fees|commission|royalty|royalties|rent|subsidy|subsidies',
);

/** What a percent pays besides a duty: "5% interest", "a 12% dividend". */
export const OTHER_PAYMENTS = wordList('dividend|dividends|interest|tax|taxes|royalty|royalties|commission|commissions|fee|fees|coupon|coupons|yield|yields|wage|wages|raise|raises|premium|premiums|return|returns|stake|discount|off');

/** Measures in the clause of a company's percent that are not its duty: "profit margin of 8%". */
export const COMPANY_MEASURES = wordList(
  'profit|profits|operating margin|gross margin|net margin|profit margin|trading margin|its margin|its margins|their margin|their margins|' +
    'market share|stake|growth|inflation|interest|yield|yields|dividend|dividends|revenue|revenues|sales|earnings|output|unemployment|wage|wages|' +
    'salary|salaries|tax rate|interest rate|vote|votes|voted|poll|polls|survey|surveys|support|approve|approved|approval|approves|approving',
);

/** A lender's or central bank's words: its "rate" is a policy rate. */
export const LENDER_WORDS = wordList('bank|banks|fed|federal reserve|lender|lenders|central');

/** "the world's average", "WTO average": owners of an average of many countries. */
export const WORLD_OWNERS = wordList("world's|world’s|global|wto|g20|g-20|g7|g-7|oecd|members'|members’|countries'|countries’|nations'|nations’|economies'|economies’");
export const WORLD_GROUPS = wordList('world|wto|g20|g-20|members|countries|nations|economies');

/** A column that gives a change, not a rate, in a rate table. */
export const CHANGE_COLUMNS = wordList('difference|change|chg|diff|variation');
/** Table columns holding a rate's earlier level: "| Surtax | Previous |". */
export const EARLIER_COLUMNS = wordList('previous|prior|old|former|earlier|before|was|current');
/** Table columns naming a step of a rate schedule beside a rate column: "| From July 1 | Planned January step |", "| Proposed |". */
export const SCHEDULE_COLUMNS = wordList('step|phase|stage|new|proposed|planned|final|provisional|interim|definitive|applied|bound|now|today|after|from');
/** Table columns naming where goods come from: "| Product | Origin | Surtax |". */
export const ORIGIN_COLUMNS = wordList('origin|country|countries|country of origin|from|source|exporter|exporters|partner|partners');

/** A country's market or economy does not act: "South Korea's won dropped", "China's economy". */
export const MARKET_NOUNS = wordList(
  'won|yuan|renminbi|yen|dollar|euro|peso|rupee|rupiah|ringgit|baht|real|lira|rand|currency|currencies|stock|stocks|shares|equities|bond|bonds|' +
    'market|markets|economy|index|benchmark|growth|gdp|inflation|central|consumer|consumers|shopper|shoppers|household|households|farmer|farmers|economist|economists',
);

/** Heads that end a company's name after a place: "Hanoi Steelworks", "China Tower Corp". */
export const COMPANY_HEADS = wordList(
  'steel|steelworks|metal|metals|corp|corporation|inc|ltd|co|group|industries|holdings|tower|towers|works|mining|motors|airlines|telecom|' +
    'petroleum|chemical|chemicals|electric|textile|textiles|paper|cement|glass',
);

/** Subjects that pay a company duty: "all other producers". */
/** What joins a demonym to goods' origin: "Chinese-origin", "German-made", "Korean-built". */
export const ORIGIN_SUFFIXES = wordList('made|origin|built|grown|produced|sourced');
/** Who acts for a country named by its demonym: "Chinese officials", "the Indian side", "Canadian retaliation". */
export const ACTING_NOUNS = wordList(
  'official|officials|authorities|government|governments|negotiator|negotiators|lawmakers|legislators|regulator|regulators|side|delegation|' +
    'leader|leaders|leadership|president|premier|minister|ministers|retaliation|countermeasures|customs|parliament|congress|senate|cabinet|embassy|envoy|state',
);
export const PRODUCER_NOUNS = wordList(
  'producer|producers|exporter|exporters|importer|importers|companies|company|firm|firms|mill|mills|maker|makers|manufacturer|manufacturers|' +
    'supplier|suppliers|respondent|respondents|others|rest|shipper|shippers|grower|growers|plant|plants|packer|packers|processor|processors',
);
/** Subjects that are markets or people, not producers: "shares of Acme", "investors". */
export const NOT_PRODUCER_NOUNS = wordList(
  'share|shares|stock|stocks|investor|investors|shareholder|shareholders|bondholder|bondholders|saver|savers|depositor|depositors|borrower|borrowers|' +
    'consumer|consumers|shopper|shoppers|household|households|worker|workers|employee|employees|taxpayer|taxpayers|economy|market|index|bond|bonds|' +
    'analyst|analysts|economist|economists|it|they|he|she|we|you|i',
);

/** Modal and auxiliary words that open a verb group: "will pay", "could face". */
export const MODALS = wordList('will|would|could|may|might|can|must|should|shall');
/** Forms of "be". */
export const BE_FORMS = wordList('be|been|being|is|are|was|were|am');
/** Common nouns a story uses for the government that sets a tariff: "the tariff the bloc already levies on …". */
export const IMPOSER_NOUNS = wordList('bloc|union|government|country|commission|ministry|administration');
/** Forms of "be", "have" and "say" that end a list of goods on their left: "while steel is …". */
export const VERB_FORMS = wordList('is|are|was|were|has|have|had|said|says');
/** Prepositions after a participle that opens an aside: ", currently taxed on a sliding scale …,". */
export const ASIDE_PREPOSITIONS = wordList('on|at|by|under|in');
/** Adverbs that sit inside a verb group: "will now face", "also pays". */
export const VERB_GROUP_ADVERBS = wordList('to|now|also|already|instead|still');

/** Words that cannot sit between a tariff's owner and its tariff noun ("Vietnam will face a 20% tariff"). */
export const NOT_POSSESSIVE_WORDS = wordList(
  MODALS,
  BE_FORMS,
  'has|have|had|a|an|the|to|on|for|from|of|in|by|against|and|or|face|faces|faced|said|says|also|now|with|its|their|his|her|that|which',
);

/** Words a percent's lead-in to its tariff noun cannot contain: "25% of tariffs" is no rate. */
export const NOT_MODIFIERS = wordList('of|on|in|to|for|from|and|or|the|a|an|with|by|at|as|than|that|which|is|was|are|were|will|would|said|says');

/** Approximations before a number: "about 25%", "as much as 40%". */
export const APPROXIMATIONS = wordList('about|around|roughly|nearly|almost|some|just over|just under|up to|as much as|as high as|more than|less than|over|an estimated|another|a further');

/** Prepositions that lead to a tariff's target: "on", "for", "against". */
export const TARGET_PREPOSITIONS = wordList('on|for|against');
/** Verbs whose "to" names what a rate applies to: "a 7.5% duty applies to Thai shrimp". */
export const APPLIES_TO = wordList('applies to|apply to|applied to|applying to|extends to|extended to');
/** Verbs that put a tariff on goods with "to" after it: "the EU applies a 10% tariff to cars". */
export const APPLY_VERBS = wordList('apply|applies|applied|applying|extend|extends|extended|extending');
/** Prepositions before the goods a measure is about: "exports of steel", "tariffs on steel". */
export const GOODS_PREPOSITIONS = wordList('on|for|against|of|from|into|to');
/** Prepositions after an increment with no noun: "an additional 25% from August". */
export const INCREMENT_PREPOSITIONS = wordList('on|against|from|in|for|at');

/** Words that open a subordinate clause a tariff word's reach does not cross. */
export const SUBORDINATORS = wordList('which|who|whose|where|while|whereas|although|though|but|even as');
/** Words that open an adverbial clause, never the goods: "since Korean vehicles pay the same 15% levy". */
export const ADVERBIAL_SUBORDINATORS = wordList('since|because|as|if|when|whenever|once|unless|until|although|though|while|whereas|after|before|so');
/** Participles of a rate's making that close the goods before them: "cars agreed last year", "steel imposed in 2018". */
export const RATE_PARTICIPLES = wordList('agreed|announced|imposed|introduced|approved|adopted|negotiated|signed|unveiled|threatened|proposed|levied|enacted|struck|reached|set|put|slapped');
/** What follows such a participle when it opens a clause: a time or an agent ("last year", "in 2018", "by Washington"). */
export const RATE_PARTICIPLE_LINKS = wordList('last|this|earlier|in|on|by|under|with|since|during|at|after|before|until|a|two|three|several');
/** Words that open a clause inside a sentence: ", while Acme pays…". */
export const CLAUSE_OPENERS = wordList('while|whereas|but|and|with|as');

/** Verbs of a relative clause that state a tariff's level: ", which range from 10% to 41%". */
export const LEVEL_VERBS = wordList(
  'range|ranges|ranged|ranging|vary|varies|varied|run|runs|ran|stand|stands|stood|sit|sits|sat|reach|reaches|reached|top|tops|topped|hit|hits|' +
    'average|averages|averaged|peak|peaks|peaked|climb|climbs|climbed|go|goes|went|rise|rises|rose',
);
/** Linking words before the level: "at", "as high as". */
export const LEVEL_LINKS = wordList('from|at|between|to|of|up to|as high as|as much as|more than|nearly|almost|about|around|roughly');
/** Adverbs before a level verb: "now stands at". */
export const LEVEL_ADVERBS = wordList('now|currently|already|often|sometimes');

/** Words that link a bare rate word to its level: "the rate to 50%", "rates of 35%", "stays at 25%". */
export const RATE_LINKS = wordList('to|at|of|is|was|be|will be|would be|stays at|stay at|remains at|stands at|reaches|hits|from');
/** The same for a company's rate: "a rate of 41.2%", "the rate for Acme was 9%". */
export const COMPANY_RATE_LINKS = wordList('of|at|is|was|were|are|to|be|stand|stands|stood|came to');

/** Words that join a second rate to one of its sentence: "pays 7.5 percent, while … 9.1 percent", "50% instead of the previous 25%". */
export const SIBLING_LINKS = wordList('to|at|from|instead of|rather than|against|compared with|and|or|while|versus|got|drew|was set at|stays at|remains at|on top of|plus');
/** Words that may stand between such a link and the rate: "instead of the previous 25%", "at a lower 18.1%". */
export const SIBLING_MODIFIERS = wordList('the|a|an|only|just|about|around|roughly|nearly|almost|previous|preliminary|current|standard|full|flat|lower|higher|new|old|usual|common|normal|regular|general');
/** Verbs that put a burden on goods or companies: "goods face 35%", "importers pay 25%". */
export const BURDEN_VERBS = wordList('face|faces|faced|facing|pay|pays|paid|paying|charge|charges|charged|charging|levied at|attract|attracts|attracted');
/** Verbs that put a rate on goods in a duty ruling: "will face 27.91 percent", "will be subject to 12.16 percent". */
export const DUTY_BURDEN_VERBS = wordList('face|faces|faced|facing|pay|pays|paid|paying|charged|attract|attracts|attracted|levied at|be subject to|is subject to|are subject to|were subject to|received|receive|receives|was assigned|were assigned');
/** Words of a schedule between two rates of one sentence: "40% in the first year, stepping down to 35%". */
export const SCHEDULE_STEP_WORDS = wordList('year|years|month|months|quarter|stage|phase|step|stepping|then|after|later|falling|rising|dropping|climbing|down|up|next|final|second|third|fourth|fifth|those|others|other');
/** Words that move a rate along its own schedule ("rising to 10% in 2028", "then 18%"), narrower than `SCHEDULE_STEP_WORDS`: no "other", "next". */
export const SCHEDULE_MOVE_WORDS = wordList('then|rising|falling|stepping|dropping|climbing|increasing|decreasing|year|years|month|months|quarter|stage|phase');
/** Margins that are no duty: "profit margins of 12%". */
export const NOT_DUTY_MARGINS = wordList('profit|profits|operating|gross|net|thin|slim|razor-thin|wide|fat|retail|refining');
/** Nouns of a lead-in that introduces a list of goods: "Among the items on the list:". */
export const LIST_NOUNS = wordList('list|lists|items|goods|products');
/** Nouns of a lead-in announcing what a measure changes: "The main changes:", "The increases:". */
export const CHANGE_LIST_NOUNS = wordList('changes|increases|rises|cuts|reductions|hikes|measures|steps');
/** What a country a measure leaves alone is: "the European Union and Japan are not affected". */
export const SPARED_WORDS = wordList('affected|unaffected|exempt|exempted|spared|excluded|excepted');
/** Words that open examples of a group: "goods from non-partner countries, mainly China, South Korea and Vietnam". */
export const EXAMPLE_WORDS = wordList('mainly|including|notably|especially|chiefly|particularly|primarily|principally|such as|led by|among them');
/** Verbs by which a tariff list names its goods: "the list covers pork at 15%". */
export const LIST_VERBS = wordList('covers|cover|covered|includes|include|included|names|targets|hits|features|spans');
/** Words that may follow a rate a verb of bearing governs: "will face 27.9 percent on …", not "27.9 percent pay cuts". */
export const AFTER_BURDEN_WORDS = wordList('on|for|in|from|under|and|or|while|if|after|until|when|by|to|at|each|a|instead|rather|against|versus|compared|unless|because|but|plus|combined|than');
/** Adverbs between a verb of bearing and its rate: "face only 10%", "pays just 2%". */
export const BURDEN_ADVERBS = wordList('only|just|still|now|already|also|currently');
/** Verbs that give a company its duty: "was assigned", "received", "drew". */
export const ASSIGNED_VERBS = wordList(
  'pay|pays|paid|paying|face|faces|faced|facing|assigned|receive|receives|received|receiving|get|gets|got|getting|drew|draw|draws|set at|' +
    'be assigned|is assigned|are assigned|was assigned|were assigned|been assigned|being assigned|is given|are given|was given|were given|be given|' +
    'is set at|are set at|was set at|were set at|be set at|is hit with|was hit with|were hit with|are hit with|be hit with|' +
    'is subject to|are subject to|was subject to|were subject to|be subject to|been subject to',
);

/** Words that open a sentence's function part, never a target: "on are…". */
/** Nouns that open or close an "on …" phrase that is no goods: "on national security grounds", "on top of", "on hold", "on average". */
export const NOT_GOODS_HEADS = wordList('grounds|basis|behalf|hold|notice|average|balance|course|track|top|condition|conditions|pause|schedule|volume|volumes|tonnage|quantity|quantities');
export const TARGET_FUNCTION_STARTS = wordList('are|is|was|were|be|to|and|or|that|which|it|him|them|you|than|rather|but|because|if');
/** Words that may end a phrase but are not its goods: "tariffs on steel at 25%". */
export const TARGET_TRAILERS = wordList('at|of|about|around|nearly|roughly|almost|some|between|up|a|an|the|and|or|for|in|on|its|their|outside|inside|within|beyond');
/** Words that block a target lead-in: "tariffs to go on…". */
export const TARGET_LEAD_BLOCKERS = wordList('to|and|or|that|which|as|in|of|depending|based|relying|focused|commenting');
/**
 * Words that end a target phrase: clause words, verbs and time words. "tariffs on steel that took
 * effect", "duties on cars would rise", "tariffs on autos starting Aug. 1".
 */
export const TARGET_STOPS = wordList(
  'to|by|if|after|as|that|which|who|when|while|with|because|since|until|before|on top of|starting|beginning|effective|over|would|will|shall|could|can|may|found|deemed|' +
    'might|must|should|was|were|is|are|has|have|had|did|does|up to|worth|rose|rise|rises|risen|fell|fall|falls|climbed|jumped|surged|dropped|' +
    'increased|decreased|declined|went|reached|stood|remained|remain|remains|stay|stayed|now|stand|stands|sit|sits|took|take|takes|taking|' +
    'kick|kicks|kicked|apply|applies|applied|came|hit|totaled|totalled|not|in reserve|said|says|amid|despite|unless|' +
    'last year|last month|last week|this year|this month|next year|next month|earlier this year|later this year|years ago|months ago|a year ago|' +
    'in retaliation|in response|in exchange|in return|as part of|above|under|following|beginning|pending|but|yet|though|although|whereas|still|say|tell|told|' +
    'in the spring|in the summer|in the autumn|in the fall|in the winter|this spring|this summer|this autumn|this fall|this winter|' +
    'goes|go up|goes up|goes down|moves|moved|doubles|doubled|triples|tripled|edges|edged|drops|climbs|jumps|stays|' +
    'of less than|of more than|less than|more than|already|again|instead|anyway|for the next|for the coming|for the past|for a period',
);
/** Currencies named in words after an amount of trade covered: "300 billion U.S. dollars of imports". */
export const COVERED_CURRENCIES = wordList('dollars|euros|yuan|pounds|yen|rupees|pesos|reais');
/** Multipliers after an amount of trade covered: "$2.4 billion in imports". */
export const MULTIPLIERS = wordList('billion|million|trillion|bn|m');

/** Months and week days for dates a rate takes effect on ("from Aug. 1", "from Monday"): the calendar's own lists. */
export { MONTHS, WEEKDAYS } from './months';
/** Relative times after "from": "from next month", "from today". */
export const FROM_TIMES = wordList('today|tomorrow|tonight|next|midnight|now');
/** Parts of a period after "in": "in early 2026", "in late March". */
export const PERIOD_PARTS = wordList('early|late|mid|mid-');
/** Capitalized words that open a phrase after "for" but are no company: "for This year". */
export const NOT_COMPANY_STARTS = wordList('the|this|that|these|those|its|their');

/** Prepositions before a country that make it an origin or a place, not an actor: "on Japan", "from China". */
export const ORIGIN_PREPOSITIONS = wordList('on|from|against|into|of|in|at|near|toward|towards|with');
/** What a state calls itself before "of" and its name: "the Government of Canada", "the Republic of India" act as the country. */
export const STATE_FORMS = wordList('government|republic|kingdom|commonwealth|federation|state');
/** Linking words between ship words and the importing country: "exports to". */
export const INTO_WORDS = wordList('to|into|in');

/** Words that say a rate takes effect at a time: "take effect", "kick in", "will". */
export const TAKE_EFFECT_WORDS = wordList(
  'take effect|takes effect|took effect|taking effect|go into effect|goes into effect|went into effect|come into force|comes into force|came into force|' +
    'enter into force|enters into force|entered into force|kick in|kicks in|kicked in|start|starts|begin|begins|will|would|due|scheduled|set to|slated',
);
/** Words that open the date a rate starts from: "from", "starting", "as of". */
export const START_WORDS = wordList('from|starting|beginning|as of|as from|effective|from as early as|no later than');
/** Counted periods in a schedule: "over five years", "in the second year". */
export const PERIOD_UNITS = wordList('year|years|month|months|stage|stages|phase|phases|step|steps|tranche|tranches|quarter|quarters');
/** Ordinals written as words: "in the second year". */
export const ORDINAL_WORDS = wordList('first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|following|next');
/** Small numbers written as words: "over five years". */
export const NUMBER_WORDS = wordList('one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|a few|a number of');
/** Words of phasing a rate in or out: "phased in over three years", "gradually". */
export const PHASE_WORDS = wordList('phased in|phased out|phase in|phase out|phasing in|phasing out|gradually|in stages|in steps|in equal steps|annually|each year|every year|a year later');
/** Collective nouns that open a target and are not its goods: "on a list of 106 U.S. products". */
export const COLLECTIVE_NOUNS = wordList('list|range|host|number|basket|slew|raft|variety|series|array|set|batch|group|swathe|swath');
/** Heads of a news outlet's name: "Japan's Kyodo News reported…" is a source, not an actor. */
export const MEDIA_HEADS = wordList('news|times|post|daily|journal|herald|press|television|tv|radio|wire|agency|gazette|tribune|broadcasting|reported|reports|quoted|cited');
/** Words of a trade deal between two sides: "reached an agreement with Washington". */
export const DEAL_WORDS = wordList('agreement|agreements|deal|deals|pact|pacts|accord|accords|truce|framework|understanding');
/** Determiners that point back to something named: "the duty", "this tariff", "such levies". */
export const POINTING_DETERMINERS = wordList('the|this|that|these|those|such');
/** Determiners and possessives that make a rate part of a named tariff: "the 20% rate", "its 10% duty". */
export const RATE_OWNERS = wordList('the|this|that|its|their');
/** Size words before a collective noun: "a long list of". */
export const LIST_SIZES = wordList('long|short|new|newer|wide|broad|longer|shorter|full|final|revised|updated');
/** Words that open a subordinate clause before a subject: "if", "because", "after". */
export const CLAUSE_WORDS = wordList('that|if|when|because|since|after|before|although|though|unless');

/** Participles that end a tariff's goods before a clause of time or agent: "U.S. goods covered by the pact". */
export const GOODS_PARTICIPLES = wordList('covered|shipped|sold|imported|exported|produced');
/** What follows such a participle when it opens a clause: "by", "after", "before". */
export const PARTICIPLE_LINKS = wordList('by|after|before|since|under|until');

/** Who a measure's scope names: "goods from countries without a trade agreement with Mexico". */
export const SCOPE_PARTNERS = wordList('countries|nations|partners|economies|suppliers|trading partners');
/** What such partners lack: "a (free) trade agreement", "an FTA", "a trade deal". */
export const AGREEMENT_NOUNS = wordList('agreement|agreements|deal|deals|pact|pacts|accord|accords|fta|ftas');
/** Prepositions that open a sentence's framing phrase before its subject: "Under the final results, published on Monday, Cariboo Ridge Ltd. will pay …". */
export const OPENING_PREPOSITIONS = wordList('under|in|after|following|with|from|at|by|for|since|until');
/** Words that open a comparison, not goods, after a rate: "25%, compared with 12% last year", "between 10% and 25%". */
export const COMPARISON_WORDS = wordList('compared|against|versus|vs|between|from|than');
/** Words that cannot stand between a country and the tariff word it owns ("rivals like Bangladesh as tariffs loom"). */
export const NOT_TARIFF_MODIFIERS = wordList('and|or|the|a|an|of|on|in|to|for|with|as|at|by|like');
