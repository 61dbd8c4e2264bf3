import { compact, skeleton } from './confusable-skeleton';

/** A term prepared once for matching: its skeleton and its compact form. */
export interface Term {
  readonly source: string;
  readonly key: string;
  readonly compactKey: string;
}

export function prepareTerms(terms: readonly string[]): Term[] {
  return terms
    .map((source) => {
      const key = skeleton(source, 200);
      return { source, key, compactKey: compact(key) };
    })
    .filter((term) => term.key !== '');
}

const WORD_CHARACTER = /[a-z0-9]/;

/** `term` occurs in `text` (both skeletons) and is not part of a longer word at either end. */
export function containsWord(text: string, term: string): boolean {
  if (term === '') return false;
  const checkStart = WORD_CHARACTER.test(term.charAt(0));
  const checkEnd = WORD_CHARACTER.test(term.charAt(term.length - 1));
  for (let index = text.indexOf(term); index !== -1; index = text.indexOf(term, index + 1)) {
    const before = text.charAt(index - 1);
    const after = text.charAt(index + term.length);
    if ((!checkStart || !WORD_CHARACTER.test(before)) && (!checkEnd || !WORD_CHARACTER.test(after))) return true;
  }
  return false;
}

/** Shorter compact forms would match by accident inside unrelated strings. */
const MIN_COMPACT_MATCH = 6;
/** Only short interface strings are searched without spaces; in prose this finds words across words. */
const MAX_COMPACT_TEXT = 60;

/** Whole-word match, or, in a short string, a match ignoring spaces and punctuation. */
export function matchesTerm(textKey: string, term: Term): boolean {
  if (containsWord(textKey, term.key)) return true;
  return (
    term.compactKey.length >= MIN_COMPACT_MATCH &&
    textKey.length <= MAX_COMPACT_TEXT &&
    compact(textKey).includes(term.compactKey)
  );
}

/** The terms found in any of the texts (texts already skeletons). */
export function termsFoundIn(texts: readonly string[], terms: readonly Term[]): Term[] {
  return terms.filter((term) => texts.some((text) => matchesTerm(text, term)));
}
