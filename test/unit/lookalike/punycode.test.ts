import { domainToASCII, domainToUnicode } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePunycode, hostnameToUnicode, labelToUnicode } from '../../../src/core/lookalike/punycode';

// Node's IDNA implementation is the oracle; the extension cannot ship it, tests can use it.
function firstLabelAscii(unicodeLabel: string): string {
  return domainToASCII(`${unicodeLabel}.com`).split('.')[0] ?? '';
}

describe('decodePunycode', () => {
  it.each([
    ['bcher-kva', 'bücher'],
    ['mnchen-3ya', 'münchen'],
    ['p1ai', 'рф'],
    ['80ak6aa92e', 'аррӏе'],
    ['mcrosoft-thh', 'mіcrosoft'],
    ['ggle-55da', 'gооgle'],
    ['', ''],
  ])('decodes %j to %j', (encoded, expected) => {
    expect(decodePunycode(encoded)).toBe(expected);
  });

  it.each([
    ['bcher-kv!', 'a character that is no base-36 digit'],
    ['b\u00fccher-kva', 'non-ASCII in the basic part'],
    ['-', 'a leading delimiter is read as a digit, and is not one'],
    ['zzzzzzzzzzzzzzzzzzzz', 'overflow'],
    ['99999999999', 'overflow beyond the code space'],
    ['z', 'a delta cut off mid-number'],
    ['bcher-z', 'a delta cut off after the basic part'],
  ])('rejects %j (%s)', (encoded) => {
    expect(decodePunycode(encoded)).toBeNull();
  });

  it('round-trips with the platform IDNA encoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), (text) => {
        const ascii = firstLabelAscii(text);
        fc.pre(ascii.startsWith('xn--'));
        expect(labelToUnicode(ascii)).toBe(domainToUnicode(`${ascii}.com`).split('.')[0]);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const decoded = decodePunycode(text);
        expect(decoded === null || typeof decoded === 'string').toBe(true);
      }),
    );
  });
});

describe('labelToUnicode and hostnameToUnicode', () => {
  it('leaves labels without the ACE prefix alone', () => {
    expect(labelToUnicode('example')).toBe('example');
    expect(hostnameToUnicode('www.example.com')).toBe('www.example.com');
  });

  it('decodes every xn-- label of a hostname', () => {
    expect(hostnameToUnicode('login.xn--mcrosoft-thh.xn--p1ai')).toBe('login.mіcrosoft.рф');
  });

  it.each([
    ['xn--', 'empty payload'],
    ['xn--microsoft-', 'decodes to plain ASCII, which IDNA forbids'],
    ['xn--zz', 'truncated'],
    ['xn--bcher-kv!', 'bad digit'],
  ])('rejects the label %j (%s)', (label) => {
    expect(labelToUnicode(label)).toBeNull();
    expect(hostnameToUnicode(`www.${label}.com`)).toBeNull();
  });
});
