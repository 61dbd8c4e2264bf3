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
