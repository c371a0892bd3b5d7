import type { FigureMention, ParagraphContext, TariffMention } from './mentions';

/** Finds percentages applied as tariffs, duties or levies. (Stub: being written.) */
export function findTariffRates(_ctx: ParagraphContext, _figures: FigureMention[]): TariffMention[] {
  return [];
}
