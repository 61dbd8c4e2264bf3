/**
 * Text normalization shared by the content script (snapshot) and the background (scoring).
 *
 * This half deliberately stops short of confusable folding: the confusables table is ~95 KB and the
 * content script has a 15 KB budget, so the background folds confusables (see `detect/confusable-skeleton`).
 */

/**
 * Invisible characters attackers insert inside brand words to defeat matching: zero-width space/joiners,
 * LRM/RLM, word joiner and invisible operators, BOM, soft hyphen, bidi embeddings/overrides/isolates,
 * plus the combining grapheme joiner, Mongolian vowel separator and Arabic letter mark.
 */
// The combining grapheme joiner stays outside the class: a combining mark there reads as part of its neighbour.
// Also drawn as nothing: Hangul fillers, the text/emoji presentation selectors (combining, so outside the class
// like the grapheme joiner) and tag characters (U+E0000 block, as surrogate pairs).
const INVISIBLE = new RegExp(
  String.raw`[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0]` +
    String.raw`|\u034F|\uFE0E|\uFE0F|\uDB40[\uDC00-\uDC7F]`,
  'g',
);

const WHITESPACE_RUN = /\s+/g;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Cuts at `max` UTF-16 units without leaving half of a surrogate pair behind. */
export function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * NFKC (folds full-width and mathematical letters to plain ones), invisible characters removed,
 * lowercased, whitespace collapsed and trimmed. `max` bounds the work on hostile input: the raw string
 * is cut before normalizing (with headroom, since stripping can only shorten it) and again after.
 */
export function normalizeText(raw: string, max = 4096): string {
  const head = raw.length > max * 4 ? capLength(raw, max * 4) : raw;
  // Most text is printable ASCII, where NFKC and the invisible-character list change nothing: "tidy" when its
  // only white space is single spaces between words (nothing to collapse either), "loose" when it has other
  // ASCII white space. Only character codes are read, in this function's own loop: the wake gate calls it on
  // every page, where a regular expression's first runs (which compile it) cost more than the loop.
  let shape: 'tidy' | 'loose' | 'other' = 'tidy';
  const last = head.length - 1;
  for (let index = 0; index <= last && shape !== 'other'; index += 1) {
    const code = head.charCodeAt(index);
    if (code === 0x20) {
      if (index === 0 || index === last || head.charCodeAt(index - 1) === 0x20) shape = 'loose';
    } else if (code >= 0x09 && code <= 0x0d) shape = 'loose';
    else if (code > 0x7e || code < 0x20) shape = 'other';
  }
  const text =
    shape === 'tidy'
      ? head.toLowerCase()
      : shape === 'loose'
        ? head.toLowerCase().replace(WHITESPACE_RUN, ' ').trim()
        : stripInvisible(head).normalize('NFKC').toLowerCase().replace(WHITESPACE_RUN, ' ').trim();
  return text.length > max ? capLength(text, max).trimEnd() : text;
}
