/**
 * The story a list's lead-in continues: the paragraphs before it, at most the last 600 characters
 * of those before the latest one and then the latest, 1,200 characters in all. The list reader once
 * rebuilt this string after every paragraph of the article, at every keystroke
 * (`previous = (previous.slice(-600) + '\n' + text).slice(-1200)`); it is asked for only at a
 * lead-in, so it is built then, the same string.
 */
export class StoryBefore {
  private readonly texts: string[] = [];

  add(text: string): void {
    this.texts.push(text);
  }

  get text(): string {
    const n = this.texts.length;
    if (n === 0) return '';
    // The last 600 characters of the paragraphs before the latest, each after a line break: the
    // rolling string kept exactly these (taking the last 600 of the last 1,200 is taking the last 600).
    let head = '';
    for (let i = n - 2; i >= 0 && head.length < 600; i--) head = `\n${this.texts[i]}${head}`;
    return `${head.slice(-600)}\n${this.texts[n - 1]}`.slice(-1200);
  }
}
