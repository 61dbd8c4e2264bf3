/**
 * User codes as the providers print them (RFC 8628 §6.1 asks for short, case-insensitive codes from a reduced
 * alphabet): Entra ID nine characters (`GKZAQ433Q`), GitHub `WDJB-MJHT`, Google `ABC-DEF-GHI`, Microsoft account
 * eight characters. Letters are capitals in every one of them, which keeps commit hashes, words and ids out.
 */
const PLAIN = /^[A-Z0-9]{6,12}$/;
const GROUPED = /^(?:[A-Z0-9]{4}-[A-Z0-9]{4}|[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3})$/;
const EDGE_PUNCTUATION = /^[("'«“:]+|[)"'»”.,;:!?]+$/g;

/** The user codes a line of text shows, including one drawn as separate character boxes (`F B T 6 Z J 7 K`). */
export function userCodesIn(text: string): string[] {
  const tokens = text
    .split(' ')
    .map((token) => token.replace(EDGE_PUNCTUATION, ''))
    .filter((token) => token !== '');
  const codes: string[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    // A run of single characters is a code split into boxes.
    let end = index;
    while (end < tokens.length && /^(?:[A-Z0-9]|-)$/.test(tokens[end] ?? '')) end += 1;
    const joined = tokens.slice(index, end).join('');
    if (joined.replace(/-/g, '').length >= 6) {
      if (isUserCode(joined)) codes.push(joined);
      index = end - 1;
      continue;
    }
    if (isUserCode(token)) codes.push(token);
  }
  return codes;
}

/** Letters and digits mixed, or groups joined by hyphens: a word in capitals (`IMPORTANT`) or a number is neither. */
export function isUserCode(token: string): boolean {
  const letters = token.replace(/[^A-Z]/g, '').length;
  const digits = token.replace(/[^0-9]/g, '').length;
  if (GROUPED.test(token)) return letters >= 2;
  return PLAIN.test(token) && letters >= 2 && digits >= 1;
}
