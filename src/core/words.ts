/** Counts words the way a newsroom does: runs of letters or digits ("U.S." and "$295.4" are one each). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
}
