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
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\u034F/g;

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
  const text = isPrintableAscii(head) ? collapseAsciiSpaces(head.toLowerCase()) : stripInvisible(head).normalize('NFKC').toLowerCase().replace(WHITESPACE_RUN, ' ').trim();
  return text.length > max ? capLength(text, max).trimEnd() : text;
}

/**
 * Printable ASCII plus ASCII white space: nothing for NFKC or the invisible-character list to change. Most text
 * is like this, and a loop spares the first page the content script sees the compiling of two regular expressions.
 */
function isPrintableAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code > 0x7e || (code < 0x20 && !isAsciiSpace(code))) return false;
  }
  return true;
}

function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** What `.replace(/\s+/g, ' ').trim()` does, for ASCII text. */
function collapseAsciiSpaces(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isAsciiSpace(code)) {
      pendingSpace = out !== '';
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += text[index] ?? '';
  }
  return out;
}
