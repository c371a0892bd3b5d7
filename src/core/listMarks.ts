/**
 * The marks that open a list item, for every reader of lists (rate lists, numbered notices, a list
 * item's goods): "- ", "* ", "+ ", "• ", "2. ", "3) ", "a) ", "(b) ". One source, so the readers
 * agree on what an item is.
 */
export const LIST_MARK = String.raw`(?:[-*+•]|\d+[.)]|\(?[a-z]\))`;
