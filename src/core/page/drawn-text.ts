import { undoRightToLeftOverride } from './bidi-override';
import { normalizeText } from './normalize-text';

/** Text in the order it is drawn (see `bidi-override`), normalized: what the snapshot reads a page's words as. */
export function normalizeDrawnText(raw: string, max?: number): string {
  return normalizeText(undoRightToLeftOverride(raw), max);
}
