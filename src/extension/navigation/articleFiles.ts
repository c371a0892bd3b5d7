/** Which workspace files the beat index reads: the extensions of the chosen languages, never fact sheets, node_modules or .trade-facts. */
import { FACT_SHEET_FILE } from '../../core/readArticle';

const EXTENSIONS: Record<string, string[]> = { plaintext: ['txt'], markdown: ['md', 'markdown'] };

/** The file extensions of the languages in `tradeFacts.languages` that have files of their own. */
export function articleExtensions(languages: readonly string[]): string[] {
  return [...new Set(languages.flatMap((l) => EXTENSIONS[l] ?? []))];
}

/** A glob of the article files ("**\/*.{md,markdown,txt}"); undefined when no language has files. */
export function articleGlob(languages: readonly string[]): string | undefined {
  const ext = articleExtensions(languages);
  return ext.length ? `**/*.{${ext.join(',')}}` : undefined;
}

export const EXCLUDED = '{**/node_modules/**,**/.trade-facts/**,**/.git/**}';

/** Whether a file path is an article the index reads. */
export function isArticlePath(p: string, languages: readonly string[]): boolean {
  const ext = /\.([^./]+)$/.exec(p)?.[1]?.toLowerCase();
  return !!ext && articleExtensions(languages).includes(ext) && !FACT_SHEET_FILE.test(p) && !/(?:^|\/)(?:node_modules|\.trade-facts|\.git)\//.test(p);
}
