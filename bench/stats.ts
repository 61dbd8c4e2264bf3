export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** Median absolute deviation: the spread that one slow run cannot inflate. */
export function mad(values: readonly number[]): number {
  const centre = median(values);
  return median(values.map((value) => Math.abs(value - centre)));
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export interface Series {
  median: number;
  mad: number;
  runs: number[];
}

export function series(values: readonly number[], digits = 3): Series {
  return {
    median: round(median(values), digits),
    mad: round(mad(values), digits),
    runs: values.map((value) => round(value, digits)),
  };
}

/** Lower quartile, median and upper quartile. */
export function quartiles(values: readonly number[]): [number, number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
  return [at(0.25), median(sorted), at(0.75)];
}

/**
 * One figure of a paired comparison (`--compare`): both sides' medians and the median of the paired differences,
 * with its quartiles; `mine[i]` and `theirs[i]` were measured in the same pair.
 */
export function describePaired(name: string, mine: readonly number[], theirs: readonly number[]): string {
  const differences = mine.map((value, index) => value - (theirs[index] ?? Number.NaN));
  const [low, middle, high] = quartiles(differences).map((value) => round(value, 2));
  return (
    `${name}: this build ${round(median(mine), 2)} ms, the other ${round(median(theirs), 2)} ms; ` +
    `paired difference ${middle} ms (quartiles ${low} to ${high})`
  );
}
