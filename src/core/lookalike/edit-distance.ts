/**
 * Whether two strings are at most one edit apart, where an edit is inserting, deleting or
 * substituting one character, or swapping two neighbours (optimal string alignment distance).
 * Swaps count as one edit because `mircosoft` reads as `microsoft` at a glance.
 *
 * Runs in linear time without allocating: lookalike checks call it for every page load.
 */
export function isWithinOneEdit(a: string, b: string): boolean {
  const lengthDifference = a.length - b.length;
  if (lengthDifference > 1 || lengthDifference < -1) return false;

  let first = 0;
  const shorter = Math.min(a.length, b.length);
  while (first < shorter && a.charCodeAt(first) === b.charCodeAt(first)) first++;
  if (first === a.length && first === b.length) return true;

  if (lengthDifference === 1) return tailsEqual(a, first + 1, b, first);
  if (lengthDifference === -1) return tailsEqual(a, first, b, first + 1);
  if (tailsEqual(a, first + 1, b, first + 1)) return true;
  return (
    a.charCodeAt(first) === b.charCodeAt(first + 1) &&
    a.charCodeAt(first + 1) === b.charCodeAt(first) &&
    tailsEqual(a, first + 2, b, first + 2)
  );
}

function tailsEqual(a: string, fromA: number, b: string, fromB: number): boolean {
  if (a.length - fromA !== b.length - fromB) return false;
  for (let offset = 0; fromA + offset < a.length; offset++) {
    if (a.charCodeAt(fromA + offset) !== b.charCodeAt(fromB + offset)) return false;
  }
  return true;
}
