/** Index of the first item whose key is at least `pos`, in a list sorted by that key (binary search). */
export function lowerBound<T>(list: readonly T[], pos: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
