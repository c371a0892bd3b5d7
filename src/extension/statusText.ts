/**
 * What the status bar says for each article status, in newsroom words. Pure (no vscode import),
 * so the words are tested in Node; statusBar.ts puts them on the item.
 */
import type { Analysis } from '../core/types';
import type { ArticleStatus } from './analysisStore';
import { plural } from '../core/render/format';


/** ["9 figures", "3 tariff rates", "5 people", "4 organizations", "6 quotes"]; a rate's stated earlier level ("from 10% to 15%") is not counted apart. */
export function counts(a: Analysis): string[] {
  return [
    plural(a.figures.length, 'figure', 'figures'),
    plural(a.tariffs.filter((t) => !t.earlierLevel).length, 'tariff rate', 'tariff rates'),
    plural(a.people.length, 'person', 'people'),
    plural(a.organizations.length, 'organization', 'organizations'),
    plural(a.quotes.length, 'quote', 'quotes'),
  ];
}

/** "9 figures · 3 tariff rates · 5 people · 4 organizations · 6 quotes" */
export const countsText = (a: Analysis): string => counts(a).join(' · ');

/**
 * What each highlight colour means, with the default colours of package.json (the same hues in
 * light, dark and high-contrast themes). The walkthrough's first step says the same.
 */
export const LEGEND =
  'Highlights: blue = figures · red = tariff rates · green = people · purple = organizations · yellow = quotes ' +
  '(default colours; change them with workbench.colorCustomizations, tradeFacts.* colours).';

export interface StatusView {
  text: string;
  tooltip: string;
}

/**
 * The status bar item for an article; undefined hides it (not an article). `analysis` is the
 * last one applied, `reason` the store's words for a skip or failure.
 */
export function statusView(status: ArticleStatus, analysis?: Analysis, reason?: string): StatusView | undefined {
  if (status === 'ready' && analysis) {
    return { text: `$(quote) ${countsText(analysis)}`, tooltip: `Trade Facts found ${counts(analysis).join(', ')} in this article. Click to open the Quotes panel.\n\n${LEGEND}` };
  }
  switch (status) {
    case 'notArticle':
      return undefined;
    case 'ready': // no analysis to count yet
    case 'analysing':
      return { text: '$(sync~spin) Trade Facts', tooltip: 'Trade Facts is reading this article; the counts appear here when it is done.' };
    case 'tooLarge':
      return { text: '$(circle-slash) Trade Facts: too large', tooltip: reason ?? 'This article is over the size limit (setting tradeFacts.maxFileSizeKB), so Trade Facts does not analyse it.' };
    case 'binary':
      return { text: '$(circle-slash) Trade Facts: not text', tooltip: 'This file looks like binary data, not an article, so Trade Facts does not analyse it.' };
    case 'failed':
      return {
        text: '$(warning) Trade Facts: analysis stopped',
        tooltip: reason ?? 'Trade Facts could not analyse this article. Details are in the Trade Facts output channel.',
      };
  }
}
