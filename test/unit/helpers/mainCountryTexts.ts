// Articles whose main country a minister with no country takes (test/unit/mainCountryMemo.test.ts, typingChains.test.ts).
export const NEW_ZEALAND = 'Dairy levy explained\n\nThe levy on butter from New Zealand rises, Wellington says, and New Zealand farmers agree.\n\nCanada and Ottawa stayed quiet.\n\nTrade Minister Aroha Tane said the levy was unfair.';
export const JORDAN = 'Export curbs explained\n\nMichael Jordan said the curbs hurt.\n\nMichael Jordan said more.\n\nTrade Minister Aroha Tane said the curbs were unfair.';
// New Zealand and the United States named twice each: no main country, but the minister's is New Zealand (the United States has no ministers).
export const US_TIE = 'Dairy levy explained\n\nThe levy on butter from New Zealand rises, Wellington says.\n\nThe United States and Washington stayed quiet.\n\nTrade Minister Aroha Tane said the levy was unfair.';
