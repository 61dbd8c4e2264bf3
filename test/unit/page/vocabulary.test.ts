import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOUR_SQUARE_COLOURS, fourSquareColoursIn, isSsoWording } from '../../../src/core/page/markup-vocabulary';
import { isApproveWording, isDenyWording } from '../../../src/core/page/page-vocabulary';

describe('fourSquareColoursIn', () => {
  it.each([
    ['fill: #F25022', ['#f25022']],
    ['rgb(242, 80, 34) rgb(127, 186, 0)', ['#7fba00', '#f25022']],
    ['rgba(0,164,239,0.5)', ['#00a4ef']],
    ['background-color: rgb(255, 185, 0); color: #7fba00', ['#7fba00', '#ffb900']],
    ['rgb(0, 0, 0)', []],
    ['rgb(238, 238, 255)', []],
    ['rgb(242, 80, 35)', []],
    ['#f2502', []],
    ['none', []],
  ])('%j → %j', (value, expected) => {
    expect(fourSquareColoursIn(value).sort()).toEqual(expected);
  });

  it('finds a colour wherever the hex and rgb() forms, read one by one, would', () => {
    // The slow path, spelled out: every rgb() triple turned into hex. The quick pre-check must never lose one.
    const general = (value: string): string[] => {
      const lower = value.slice(0, 2000).toLowerCase();
      const found = FOUR_SQUARE_COLOURS.filter((hex) => lower.includes(hex));
      for (const match of lower.matchAll(/rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})/g)) {
        const hex = `#${[match[1], match[2], match[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
        if (FOUR_SQUARE_COLOURS.includes(hex) && !found.includes(hex)) found.push(hex);
      }
      return found.sort();
    };
    // Mostly the logo's own triples, written with leading zeros or with one number changed.
    const logo = fc.constantFrom([242, 80, 34], [127, 186, 0], [0, 164, 239], [255, 185, 0]);
    const written = (n: number): fc.Arbitrary<string> =>
      fc.oneof(
        fc.constantFrom('', '0', '00').map((zeros) => `${zeros}${n}`),
        fc.integer({ min: 0, max: 999 }).map(String),
      );
    const space = fc.constantFrom('', ' ', '  ', '\t');
    const triple = fc
      .tuple(fc.constantFrom('rgb(', 'rgba(', 'RGB('), logo, space, space, fc.constantFrom(')', ', 0.5)', '', '4)'))
      .chain(([open, [r = 0, g = 0, b = 0], s1, s2, close]) =>
        fc
          .tuple(written(r), written(g), written(b))
          .map(([red, green, blue]) => `${open}${s1}${red}${s2},${s1}${green}, ${blue}${close}`),
      );
    const hex = fc.constantFrom('#f25022', '#7FBA00', '#00a4ef', '#ffb900', '#f2502', '#ffb9001', '#abcdef');
    const noise = fc.string({ maxLength: 6 });
    const value = fc.array(fc.oneof(triple, hex, noise), { maxLength: 6 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(value, (text) => {
        expect(fourSquareColoursIn(text).sort()).toEqual(general(text));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('wording checks', () => {
  it.each([
    ['allow', true, false, false],
    ['authorize app', true, false, false],
    ["don't allow", true, true, false],
    ['not now', false, true, false],
    ['continue with microsoft', false, false, true],
    ['sign in using github', false, false, true],
    ['allowance', false, false, false],
    ['withdraw', false, false, false],
    ['sign in', false, false, false],
  ])('%j: approve %s, deny %s, sso %s', (text, approve, deny, sso) => {
    expect([isApproveWording(text), isDenyWording(text), isSsoWording(text)]).toEqual([approve, deny, sso]);
  });

  it('answers as the whole patterns would: the substring pre-checks never drop a match', () => {
    // The patterns, spelled out: the checks must agree with them on every text.
    const approve = /\b(?:accept|allow|authori[sz]e|approve|grant|consent)\b/;
    const deny = /\b(?:deny|cancel|decline|reject|don't allow|do not allow|not now)\b/;
    const sso =
      /^(?:continue|sign ?in|sign ?up|log ?in|log ?on|register|connect|join|authenticate|login)\s+(?:with|using|via|through)\s+\S/;
    const word = fc.constantFrom(
      'accept',
      'allow',
      'authorize',
      'authorise',
      'approve',
      'grant',
      'consent',
      'deny',
      'cancel',
      'decline',
      'reject',
      "don't",
      'do',
      'not',
      'now',
      'continue',
      'sign',
      'in',
      'signin',
      'log',
      'login',
      'register',
      'connect',
      'join',
      'with',
      'using',
      'via',
      'through',
      'microsoft',
      'allowance',
      'granted',
      'without',
      'app',
      'x',
    );
    const gap = fc.constantFrom(' ', '  ', '\t', '\n', '', '-', '.', "'");
    const text = fc.array(fc.tuple(word, gap), { maxLength: 6 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, (sample) => {
        expect([isApproveWording(sample), isDenyWording(sample), isSsoWording(sample)]).toEqual([
          approve.test(sample),
          deny.test(sample),
          sso.test(sample),
        ]);
      }),
      { numRuns: 5_000 },
    );
  });
});
