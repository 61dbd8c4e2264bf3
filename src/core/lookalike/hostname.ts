/**
 * Splits a hostname into the parts the lookalike checks reason about, or rejects it.
 * Anything that is not a public, multi-label DNS name (IP addresses, localhost, intranet
 * names, junk) is rejected: lookalike warnings only make sense for names anyone can register.
 */
import { parse } from 'tldts';
import { hostnameToUnicode, labelToUnicode } from './punycode';

export interface ParsedHostname {
  /** Lowercase ASCII (punycode) hostname without a trailing dot. */
  readonly ascii: string;
  /** Registrable domain (eTLD+1), ASCII. Private PSL suffixes such as github.io count as public suffixes. */
  readonly site: string;
  /** Public suffix of `site`, ASCII: `com`, `co.uk`, `github.io`. */
  readonly suffix: string;
  /** The registrable label (the one left of the suffix), in Unicode. */
  readonly label: string;
  /** Everything left of the suffix, in Unicode: `login.microsoftonline.com.evil`. */
  readonly prefix: string;
}

const MAX_HOSTNAME_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
// What may reach the IDNA conversion: no URL syntax characters that would change what is parsed.
const UNICODE_HOSTNAME = /^[a-z0-9._\-\u0080-\uffff]+$/;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * DNS syntax in one pass (this runs on every page load): at least two labels of 1–63 letters,
 * digits, `-` or `_`. The last label must not be numeric: no TLD is, so that is an IPv4 address
 * or something unroutable.
 */
function isMultiLabelAsciiHostname(host: string): boolean {
  if (host.length > MAX_HOSTNAME_LENGTH) return false;
  let labelCount = 1;
  let labelLength = 0;
  let labelIsNumeric = true;
  for (let index = 0; index < host.length; index++) {
    const code = host.charCodeAt(index);
    if (code === 0x2e) {
      if (labelLength === 0) return false;
      labelCount++;
      labelLength = 0;
      labelIsNumeric = true;
      continue;
    }
    const isDigit = code >= 0x30 && code <= 0x39;
    if (!isDigit && !(code >= 0x61 && code <= 0x7a) && code !== 0x2d && code !== 0x5f) return false;
    if (!isDigit) labelIsNumeric = false;
    if (++labelLength > MAX_LABEL_LENGTH) return false;
  }
  return labelCount >= 2 && labelLength > 0 && !labelIsNumeric;
}

const TLDTS_OPTIONS = {
  allowPrivateDomains: true,
  extractHostname: false,
  detectIp: true,
  mixedInputs: false,
  validateHostname: false,
} as const;

function withoutTrailingDot(host: string): string {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/** The browser's own IDNA conversion; only reached for callers that pass Unicode hostnames. */
function unicodeToAscii(host: string): string | null {
  if (!UNICODE_HOSTNAME.test(host)) return null;
  try {
    return withoutTrailingDot(new URL(`http://${host}`).hostname);
  } catch {
    return null;
  }
}

function toAsciiHostname(input: string): string | null {
  // Cheap bound before any regex or URL work on hostile input.
  if (input.length === 0 || input.length > MAX_HOSTNAME_LENGTH * 4) return null;
  const host = withoutTrailingDot(input.toLowerCase());
  if (isMultiLabelAsciiHostname(host)) return host;
  if (!NON_ASCII.test(host)) return null;
  const converted = unicodeToAscii(host);
  return converted !== null && isMultiLabelAsciiHostname(converted) ? converted : null;
}

export function parseHostname(input: string): ParsedHostname | null {
  if (typeof input !== 'string') return null;
  const ascii = toAsciiHostname(input);
  if (ascii === null) return null;

  const parsed = parse(ascii, TLDTS_OPTIONS);
  if (parsed.isIp === true) return null;
  // Neither ICANN nor private: .local, .internal, .localhost, intranet names. Nobody can register them publicly.
  if (parsed.isIcann !== true && parsed.isPrivate !== true) return null;
  const { domain: site, publicSuffix: suffix, domainWithoutSuffix } = parsed;
  // A bare public suffix (github.io, azurewebsites.net) is run by whoever the Public Suffix List vetted.
  if (site === null || suffix === null || domainWithoutSuffix === null || domainWithoutSuffix === '') return null;

  const label = labelToUnicode(domainWithoutSuffix);
  const prefix = hostnameToUnicode(ascii.slice(0, ascii.length - suffix.length - 1));
  if (label === null || prefix === null) return null;
  return { ascii, site, suffix, label, prefix };
}
