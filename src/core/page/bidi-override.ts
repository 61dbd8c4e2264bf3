/**
 * Text after a right-to-left override (U+202E) is drawn in reverse: "\u202Etfosorcim" shows as "microsoft".
 * The snapshot puts such a run back in the order the user reads before normalizing, which strips the override
 * character as invisible. Kept out of `normalize-text`, which the idle script carries to every page.
 */
const RIGHT_TO_LEFT_OVERRIDE = '\u202E';
// A run after RLO, up to PDF (or another embedding/isolate control, or the end).
const OVERRIDDEN_RUN = /\u202E([^\u202A-\u202E\u2066-\u2069]*)\u202C?/g;

export function undoRightToLeftOverride(text: string): string {
  if (!text.includes(RIGHT_TO_LEFT_OVERRIDE)) return text;
  return text.replace(OVERRIDDEN_RUN, (_whole, run: string) => Array.from(run).reverse().join(''));
}
