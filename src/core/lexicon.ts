import type nlp from 'compromise';

/**
 * The one place that extends compromise: words and tags for trade reporting
 * (people's names compromise misses, organizations, trade vocabulary).
 */
export function extendLexicon(instance: typeof nlp): void {
  instance.addWords({});
}
