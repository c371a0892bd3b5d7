/** Link, e-mail and phone-number stretches of a paragraph: numbers inside are not figures. */

const NOISE = /\b(?:https?:\/\/|www\.)[^\s<>"”]+|[\w.+-]+@[\w-]+\.[\w.-]+|\(?\b\d{3}\)?[\s.-]\d{3}[.-]\d{4}\b|\+\d{1,3}[\s.-]\d[\d\s.-]{6,14}\d/g;

/** [start, end) stretches of `text` whose numbers are never figures. */
export function noiseSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(NOISE)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return out;
}
