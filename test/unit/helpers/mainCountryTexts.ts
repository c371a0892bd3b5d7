// Articles whose main country a minister with no country takes (test/unit/mainCountryMemo.test.ts, typingChains.test.ts).
export const NEW_ZEALAND = 'Dairy levy explained\n\nThe levy on butter from New Zealand rises, Wellington says, and New Zealand farmers agree.\n\nCanada and Ottawa stayed quiet.\n\nTrade Minister Aroha Tane said the levy was unfair.';
export const JORDAN = 'Export curbs explained\n\nMichael Jordan said the curbs hurt.\n\nMichael Jordan said more.\n\nTrade Minister Aroha Tane said the curbs were unfair.';
