/**
 * Which article the Quotes panel shows (issue 16): the last article that was active, for as long as
 * it stays open, whatever has the focus since (a fact sheet, a walkthrough, the Output panel, a JSON
 * file). Another article becoming active takes its place; when the shown article closes, the one
 * active before it (still open) comes back; with no article open the panel is empty.
 * Pure over any document type, so it is unit-tested without VS Code.
 */
export interface ArticleWorld<D> {
  /** Is this an article Trade Facts analyses (language, scheme, not a fact sheet)? Asked afresh each time. */
  isArticle(document: D): boolean;
  /** Is it still open in an editor (a tab, or a visible editor)? */
  isOpen(document: D): boolean;
  /** Every document open in an editor, visible ones first: the choice when none was ever active. */
  openDocuments(): readonly D[];
}

export class LastArticle<D> {
  /** Articles in the order they were last active, most recent first. */
  private recent: D[] = [];

  constructor(private readonly world: ArticleWorld<D>) {}

  /** An editor became active (undefined: no text editor has the focus). Returns the article to show. */
  activated(document: D | undefined): D | undefined {
    if (document !== undefined && this.world.isArticle(document)) this.recent = [document, ...this.recent.filter((d) => d !== document)];
    return this.current();
  }

  /** A document was closed for good: it is forgotten. Returns the article to show. */
  closed(document: D): D | undefined {
    this.recent = this.recent.filter((d) => d !== document);
    return this.current();
  }

  /**
   * The article to show: the most recently active one that is open and still an article (the
   * languages setting may have changed), else any open article, else none.
   */
  current(): D | undefined {
    const usable = (d: D) => this.world.isOpen(d) && this.world.isArticle(d);
    return this.recent.find(usable) ?? this.world.openDocuments().find(usable);
  }
}
