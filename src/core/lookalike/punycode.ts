/**
 * Decoder for Punycode (RFC 3492), the encoding behind `xn--` hostname labels.
 *
 * Only decoding is needed: browsers hand us hostnames in ASCII form, and the lookalike
 * checks must see the Unicode characters a user is shown. The `punycode` package in
 * node_modules is a transitive dependency only, so the extension cannot rely on it.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
// Keeps every intermediate value an exact integer in a double; real labels never get near it.
const MAX_INT = 0x7fffffff;
const MAX_CODE_POINT = 0x10ffff;

const ACE_PREFIX = 'xn--';

function digitValue(charCode: number): number {
  if (charCode >= 0x30 && charCode <= 0x39) return charCode - 0x30 + 26; // 0-9
  if (charCode >= 0x61 && charCode <= 0x7a) return charCode - 0x61; // a-z
  if (charCode >= 0x41 && charCode <= 0x5a) return charCode - 0x41; // A-Z
  return -1;
}

function adaptBias(delta: number, pointCount: number, firstTime: boolean): number {
  let scaled = firstTime ? Math.floor(delta / DAMP) : Math.floor(delta / 2);
  scaled += Math.floor(scaled / pointCount);
  let k = 0;
  while (scaled > ((BASE - T_MIN) * T_MAX) >> 1) {
    scaled = Math.floor(scaled / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * scaled) / (scaled + SKEW));
}

/**
 * Decodes a Punycode string (the part after `xn--`). Returns null for anything malformed:
 * non-ASCII input, bad digits, truncated deltas, overflow, surrogates or out-of-range code points.
 */
export function decodePunycode(encoded: string): string | null {
  const output: number[] = [];
  const lastDelimiter = encoded.lastIndexOf('-');
  const basicLength = lastDelimiter < 0 ? 0 : lastDelimiter;
  for (let j = 0; j < basicLength; j++) {
    const charCode = encoded.charCodeAt(j);
    if (charCode >= 0x80) return null;
    output.push(charCode);
  }

  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  let position = basicLength > 0 ? basicLength + 1 : 0;
  while (position < encoded.length) {
    const previousI = i;
    let weight = 1;
    for (let k = BASE; ; k += BASE) {
      if (position >= encoded.length) return null;
      const digit = digitValue(encoded.charCodeAt(position++));
      if (digit < 0 || digit > Math.floor((MAX_INT - i) / weight)) return null;
      i += digit * weight;
      const threshold = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < threshold) break;
      if (weight > Math.floor(MAX_INT / (BASE - threshold))) return null;
      weight *= BASE - threshold;
    }
    const length = output.length + 1;
    bias = adaptBias(i - previousI, length, previousI === 0);
    if (Math.floor(i / length) > MAX_INT - n) return null;
    n += Math.floor(i / length);
    i %= length;
    if (n > MAX_CODE_POINT || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    i++;
  }
  // Appending one by one: spreading a long array into fromCodePoint can exceed the argument limit.
  let decoded = '';
  for (const codePoint of output) decoded += String.fromCodePoint(codePoint);
  return decoded;
}

/**
 * Converts one hostname label to Unicode. Labels without the `xn--` prefix come back unchanged.
 * Returns null when an `xn--` label does not decode to a valid non-ASCII label: IDNA forbids
 * A-labels that decode to plain ASCII, so browsers never produce them and they only appear as junk.
 */
export function labelToUnicode(label: string): string | null {
  if (!label.startsWith(ACE_PREFIX)) return label;
  const decoded = decodePunycode(label.slice(ACE_PREFIX.length));
  if (decoded === null || decoded.length === 0) return null;
  for (let index = 0; index < decoded.length; index++) {
    if (decoded.charCodeAt(index) >= 0x80) return decoded;
  }
  return null;
}

/** Converts every label of an ASCII hostname to Unicode; null if any `xn--` label is malformed. */
export function hostnameToUnicode(hostname: string): string | null {
  if (!hostname.includes(ACE_PREFIX)) return hostname;
  const labels = hostname.split('.');
  for (let index = 0; index < labels.length; index++) {
    const decoded = labelToUnicode(labels[index] ?? '');
    if (decoded === null) return null;
    labels[index] = decoded;
  }
  return labels.join('.');
}
