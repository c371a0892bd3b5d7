/**
 * Verbs that say what happens to a tariff (raise, cut, impose, lift, pause, threaten) and verbs that
 * say a number moved (rose, fell), which make a percent a change rather than a rate.
 */
import { wordList } from './wordList';

/** Verbs of a number moving, right before a percent: "exports fell 20%", "up 3%", "accounts for 40%". */
export const MOVE_VERBS = wordList(
  'rose|risen|rises|rising|fell|fallen|falls|falling|jumped|jumps|climbed|climbs|grew|grown|grows|growing|increased|decreased|declined|' +
    'declines|dropped|drops|gained|gains|lost|slid|slipped|plunged|soared|surged|tumbled|sank|edged|shrank|contracted|expanded|up|down|by|' +
    'plus|minus|nearly doubled|grab|grabbed|hold|holds|own|owns|account for|accounts for|accounted for|make up|makes up|made up|represent|' +
    'represents|represented',
);
/** Approximations between a move verb and its percent: "fell nearly 20%", "grabbed a further 5%". */
export const MOVE_APPROXIMATIONS = wordList('more than|less than|almost|nearly|about|some|roughly|around|over|an estimated|a estimated|another|a further');
/** A price moved to a level, not a rate set: "prices rose to 30%". */
export const PRICE_MOVE_VERBS = wordList('rose|rise|rises|fell|falls|climbed|climbs|jumped|jumps|dropped|drops|slid|grew|soared|surged|plunged|declined|increased|decreased');

/** A move's verb in its base form, before the size of the move: "sales to fall 15% to 20%". */
export const BASE_MOVE_VERBS = wordList('fall|rise|grow|drop|climb|jump|decline|increase|decrease|shrink|slip|slide|sink|surge|soar|plunge');

/** Verbs of goods moving between two duty levels: "walnuts go from 100 percent to 120 percent". */
export const GOODS_LEVEL_VERBS = wordList(
  'go|goes|went|move|moves|moved|rise|rises|rose|fall|falls|fell|drop|drops|dropped|climb|climbs|climbed|jump|jumps|jumped|step down|steps down|stepped down|' +
    'raised|lifted|hiked|increased|cut|lowered|reduced|trimmed',
);

/** Verbs that span a range of rates: "duties on EVs run from 7.8% to 35.3%". */
export const RANGE_VERBS = wordList('run|runs|ran|range|ranges|ranged|ranging|vary|varies|varied|span|spans|go|goes|rise|rises|fall|falls');

/** Verbs that hit a country or its goods "with" a tariff: "Washington slapped Brazil with a 50% tariff". */
export const HIT_WITH_VERBS = wordList(
  'slap|slaps|slapped|hit|hits|target|targets|targeted|punish|punishes|punished|threaten|threatens|threatened|strike|strikes|struck|saddle|saddles|saddled|penalize|penalizes|penalized|penalise|penalises|penalised',
);

/** Verbs by which a tariff names its goods after it: "the 25% tariffs that took effect in March cover most Mexican goods". */
export const COVER_VERBS = wordList('cover|covers|covered|covering|extend to|extends to|extended to|hit|hits|hitting');

/** A rate's former level: "down from", "raised from". */
export const FROM_LEVEL_VERBS = wordList('down|up|reduced|lowered|raised|cut');

/** Verbs that impose a rate with no tariff noun: "impose 25% on steel", "levy an extra 10%". */
export const IMPOSE_RATE_VERBS = wordList('impose|imposes|imposed|imposing|levy|levies|levied|levying|slap|slaps|slapped|slapping|charge|charges|charged|charging|apply|applies|applied|applying|add|adds|added|adding');

/** Verbs for which "by X" names who set the tariff: "imposed by Canada". */
/** Pronouns that open a clause placing a tariff: "the duties it will impose on …". */
export const CLAUSE_SUBJECTS = wordList('it|they|we|he|she');

export const SET_BY_VERBS = wordList('imposed|levied|set|charged|announced|introduced|applied|slapped|placed|published|issued');

/** Verbs by which a country acts on a tariff: "Brazil raises import tariff". */
export const ACT_ON_TARIFF_VERBS = wordList(
  'raise|raises|raised|raising|impose|imposes|imposed|imposing|set|sets|slap|slaps|slapped|levied|levies|lower|lowers|lowered|hike|hikes|hiked|' +
    'announce|announces|announced|introduce|introduces|introduced|adopt|adopts|adopted|approve|approves|approved|double|doubles|doubled|' +
    'triple|triples|tripled|extend|extends|extended|retaliate|retaliates|retaliated|propose|proposes|proposed|threaten|threatens|threatened|' +
    'slashes|slashed|cuts|cut|cutting|slash|slashing|reduce|reduces|reduced|reducing|trim|trims|trimmed|apply|applies|applied|applying|' +
    'charge|charges|charged|charging|levy|levying|put|puts|place|places|placed|maintain|maintains|maintained|keep|keeps|kept|increase|increases|' +
    'increased|reimpose|reimposes|reimposed|reinstate|reinstates|reinstated|finalize|finalizes|finalized|finalise|finalised|unveil|unveils|unveiled|' +
    'lift|lifts|lifted|remove|removes|removed|scrap|scraps|scrapped|suspend|suspends|suspended|waive|waives|waived|pause|pauses|paused|' +
    'hit back with|hits back with|struck back with|responded with|countered with|retaliated with|answered|answers|answer',
);
/** Phrases before such a verb: "plans to raise", "agreed to cut". */
export const ACT_LEADS = wordList('will|would|could|may|plan to|plans to|move to|moved to|agree to|agreed to');

/** Verbs by which goods or a country bear a tariff: "Vietnam will face a 20% tariff". */
export const BEAR_VERBS = wordList('face|faces|faced|facing|hit|pay|pays|paid|get hit|subject');
/** A domestic industry that wins or seeks duties is on the imposing side: "U.S. steelmakers won duties". */
export const PETITION_VERBS = wordList('won|wins|sought|seeks|requested|petitioned|asked|lobbied|secured|filed');
/** Verbs that point at who is hit: "punish Canada", "targeting China". */
export const TARGETING_VERBS = wordList('force|forced|pressure|pressed|punish|punishing|target|targets|targeted|targeting|hit|hits|hitting');
/** Verbs of goods going somewhere: "exports to the United States". */
/** Verbs of goods crossing into a country: "when it enters Mexico", "beef entering the EU". */
export const ENTER_VERBS = wordList('enter|enters|entered|entering');
/** Goods coming in at a rate: "still come in at 0%", "cross the Atlantic at 0%". */
export const ARRIVE_VERBS = wordList('come in|comes in|came in|coming in|cross|crosses|crossed|crossing');
export const SHIP_WORDS = wordList('export|exports|exported|shipment|shipments|sales|sell|sells|selling|sold|ship|ships|shipped|shipping|entry|access', ENTER_VERBS);
/** How goods are made somewhere: "made in Japan". */
export const MADE_IN = wordList('made in|produced in|built in|grown in|exported by|made by|produced by|shipped by|sold by');

/** Retaliation: the imposer answers the country named as target ("China retaliated with tariffs on U.S. goods"). */
export const RETALIATE_VERBS = wordList('retaliate|retaliates|retaliated|retaliating|retaliation|retaliatory|hit back|hits back|struck back|strike back|counter|countered|responded|response');

// The change a rate undergoes, from the verb of its clause (see tariffs/change.ts).
export const PAUSE_VERBS = wordList(
  'pause|paused|pauses|pausing|suspend|suspended|suspends|suspending|suspension|delay|delayed|delays|delaying|postpone|postponed|postpones|' +
    'postponing|defer|deferred|defers|deferring|hold off|reprieve|truce',
);
export const LIFT_VERBS = wordList(
  'lift|lifted|lifts|lifting|remove|removed|removes|removing|removal|scrap|scrapped|scraps|scrapping|ended|end|ending|eliminate|eliminated|' +
    'eliminates|eliminating|elimination|repeal|repealed|repeals|repealing|waive|waived|waives|waiving|waiver|exempt|exempted|exempts|exempting|' +
    'exemption|exemptions|drop|drops|dropped|dropping|abolish|abolished|abolishes|abolishing|phase out',
);
export const RAISE_VERBS = wordList(
  'raise|raised|raises|raising|hike|hiked|hikes|hiking|increase|increased|increases|increasing|boost|boosted|boosts|boosting|double|doubled|' +
    'doubles|doubling|triple|tripled|triples|tripling|surge|surged|surges|surging|jump|jumped|jumps|jumping|rise|rose|rising|climb|climbed|' +
    'climbs|climbing|escalate|escalated|escalates|escalating|escalation|exceed|exceeded|exceeds|exceeding',
);
export const CUT_VERBS = wordList(
  'cut|cuts|cutting|lower|lowered|lowers|lowering|reduce|reduced|reduces|reducing|reduction|slash|slashed|slashes|slashing|pare|pared|pares|' +
    'paring|ease|eased|eases|easing|trim|trimmed|trims|trimming|halve|halved|halves|halving|decrease|decreased|decreases|decreasing|fell|fall|falls|falling',
);
export const THREATEN_WORDS = wordList(
  'threat|threats|threaten|threatened|threatens|threatening|vow|vowed|vows|vowing|warn|warned|warns|warning|propose|proposed|proposes|' +
    'proposing|proposal|consider|considered|considers|considering|may|might|could|would|poised|plan|plans|planned|possible|potential|mull|' +
    'mulled|mulls|mulling|weigh|weighed|weighs|weighing',
);
/** Words before an imposing verb that make it a threat: "would impose". */
export const HEDGES = wordList(
  'may|might|could|would|threat|threats|threaten|threatened|threatens|threatening|vow|vowed|vows|vowing|poised|propose|proposed|proposes|' +
    'proposing|plan to|plans to',
);
export const IMPOSE_VERBS = wordList(
  'impose|imposed|imposes|imposing|imposition|slap|slapped|slaps|slapping|levied|levying|set|sets|introduce|introduced|introduces|introducing|' +
    'apply|applied|applies|applying|announce|announced|announces|announcing|hit|won|charge|charged|charges|charging|put|placed|face|faces|facing|will',
);
/** Verbs by which a government changes its duties: "Indonesia will raise export duties", "Delhi notified lower rates". */
export const DUTY_CHANGE_VERBS = wordList(
  'raise|raised|raises|raising|hike|hiked|hikes|hiking|increase|increased|increases|increasing|lift|lifted|lifts|lifting|cut|cuts|cutting|' +
    'lower|lowered|lowers|lowering|reduce|reduced|reduces|reducing|slash|slashed|slashes|slashing|double|doubled|doubles|doubling|' +
    'introduce|introduced|introduces|introducing|notify|notified|notifies|notifying|revise|revised|revises|revising',
);
/** Verbs that move a rate "to" a level: "lifted the tariff to 25%", "dropped it to 10%". */
export const TO_LEVEL_LIFT = wordList('lift|lifted|lifts|lifting');
export const TO_LEVEL_DROP = wordList('drop|drops|dropped|dropping');

/** Words that say a spread of rates, not a move: "duties ranging from 23.4% to 68.1%". */
export const RANGE_WORDS = wordList('range|ranges|ranged|ranging|vary|varies|varied|varying|span|spans|spanned|spanning');

/** Verbs by which goods bear a tariff, their subject being the goods: "apples will attract a 75% duty", "Japan's cars face 15%". */
export const GOODS_BEAR_VERBS = wordList(
  'face|faces|faced|facing|attract|attracts|attracted|attracting|carry|carries|carried|incur|incurs|incurred|' +
    'be subject to|is subject to|are subject to|was subject to|were subject to|be hit with|is hit with|are hit with|were hit with|get hit with|be charged|are charged|were charged|' +
    'be taxed|is taxed|are taxed|was taxed|were taxed|pay|pays|paid|will pay|will see|would see|could see|enter at|enters at|entered at|entered|enters|come in at|comes in at|cross|crosses|remain subject to|remains subject to|remained subject to|stay subject to|stays subject to|' +
    'has been subject to|have been subject to|had been subject to|was hit with|' +
    // "Vehicles that Western brands assemble in Chinese plants were given a separate rate of 14.2%".
    'was given|were given|is given|are given|was assigned|were assigned|is assigned|are assigned|received|receives|will receive|' +
    // "Imports within the quota keep the normal duty of 10.8%" (a government that keeps a rate does not bear it).
    'keep|keeps|kept|will keep|would keep',
);
/** Verbs of keeping a rate, which a government does as often as goods do: "the Commission keeps its 25% list". */
export const KEEP_VERBS = wordList('keep|keeps|kept|will keep|would keep');
/** Words between a subject and its verb that are not the subject: "will now", "continues to". */
export const VERB_LEADS = wordList('will|would|shall|have|has|had|could|may|might|can|must|should|now|also|still|already|then|continue to|continues to|continued to|would now|will now|is set to|are set to|stand to|stands to|is likely to|are likely to|are expected to|is expected to|currently');
