/**
 * What the status bar says for each article status, in newsroom words. Pure (no runtime vscode import),
 * so the words are tested in Node; statusBar.ts puts them on the item.
 */
import type * as _vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { ArticleStatus } from './analysisStore';
import { l10n } from './l10n';


/** ["9 figures", "3 tariff rates", "5 people", "4 organizations", "6 quotes"]; a rate's stated earlier level ("from 10% to 15%") is not counted apart. */
export function counts(a: Analysis): string[] {
  const rates = a.tariffs.filter((t) => !t.earlierLevel).length;
  const { figures, people, organizations, quotes } = { figures: a.figures.length, people: a.people.length, organizations: a.organizations.length, quotes: a.quotes.length };
  return [
    figures === 1 ? l10n.t('1 figure') : l10n.t('{0} figures', figures),
    rates === 1 ? l10n.t('1 tariff rate') : l10n.t('{0} tariff rates', rates),
    people === 1 ? l10n.t('1 person') : l10n.t('{0} people', people),
    organizations === 1 ? l10n.t('1 organization') : l10n.t('{0} organizations', organizations),
    quotes === 1 ? l10n.t('1 quote') : l10n.t('{0} quotes', quotes),
  ];
}

/** "9 figures · 3 tariff rates · 5 people · 4 organizations · 6 quotes" */
export const countsText = (a: Analysis): string => counts(a).join(' · ');

/**
 * What each highlight colour means, with the default colours of package.json (the same hues in
 * light, dark and high-contrast themes). The walkthrough's first step says the same.
 */
export const legend = (): string =>
  l10n.t('Highlights: blue = figures · red = tariff rates · green = people · purple = organizations · yellow = quotes (default colours; change them with workbench.colorCustomizations, tradeFacts.* colours).');

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
    return { text: `$(quote) ${countsText(analysis)}`, tooltip: l10n.t('Trade Facts found {0} in this article. Click to open the Quotes panel.\n\n{1}', counts(analysis).join(', '), legend()) };
  }
  switch (status) {
    case 'notArticle':
      return undefined;
    case 'ready': // no analysis to count yet
    case 'analysing':
      return { text: '$(sync~spin) Trade Facts', tooltip: l10n.t('Trade Facts is reading this article; the counts appear here when it is done.') };
    case 'tooLarge':
      return { text: l10n.t('$(circle-slash) Trade Facts: too large'), tooltip: reason ?? l10n.t('This article is over the size limit (setting tradeFacts.maxFileSizeKB), so Trade Facts does not analyse it.') };
    case 'binary':
      return { text: l10n.t('$(circle-slash) Trade Facts: not text'), tooltip: l10n.t('This file looks like binary data, not an article, so Trade Facts does not analyse it.') };
    case 'failed':
      return {
        text: l10n.t('$(warning) Trade Facts: analysis stopped'),
        tooltip: reason ?? l10n.t('Trade Facts could not analyse this article. Details are in the Trade Facts output channel.'),
      };
  }
}
