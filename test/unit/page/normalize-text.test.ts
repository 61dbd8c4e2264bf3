import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { undoRightToLeftOverride } from '../../../src/core/page/bidi-override';
import { capLength, normalizeText, stripInvisible } from '../../../src/core/page/normalize-text';

describe('undoRightToLeftOverride', () => {
  // A right-to-left override draws its run backwards: what the user reads is what is matched.
  it.each([
    ['\u202etfosorciM\u202c', 'Microsoft'],
    ['Sign in to \u202espOveD eruzA\u202c now', 'Sign in to Azure DevOps now'],
    ['\u202eMicrosoft', 'tfosorciM'],
    ['no override here', 'no override here'],
  ])('%j → %j', (raw, expected) => {
    expect(undoRightToLeftOverride(raw)).toBe(expected);
  });
});

describe('normalizeText', () => {
  it.each([
    ['  Sign\u00a0in \n\t to   continue ', 'sign in to continue'],
    ['Mi\u200bcro\u200dsoft', 'microsoft'],
    ['Micro\u00adsoft', 'microsoft'],
    ['\u202eMicrosoft\u202c', 'microsoft'],
    ['Mi\ufe0fcro\u3164soft', 'microsoft'],
    ['Azure\udb40\udc20 Dev\u115fOps', 'azure devops'],
    ['\u2066Azure\u2069 DevOps\ufeff', 'azure devops'],
    ['\uff2d\uff49\uff43\uff52\uff4f\uff53\uff4f\uff46\uff54', 'microsoft'],
    ['\ud835\udc0cicrosoft', 'microsoft'],
    ['Stay signed in?', 'stay signed in?'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it('takes its fast path for ASCII without changing any result', () => {
    // The general path, spelled out: the fast path must agree with it on every string.
    const general = (text: string): string =>
      stripInvisible(text).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    const ascii = fc.string({
      unit: fc.constantFrom(' ', '\t', '\n', '\r', '\f', '\v', 'a', 'B', 'z', '.', '-', '\u0000', '\u001f', '\u007f'),
    });
    const mixed = fc.string({
      unit: fc.oneof(
        fc.constantFrom(' ', 'a', 'B', '\u00a0', '\u200b', '\uff2d', '\u2028'),
        fc.string({ unit: 'binary', maxLength: 1 }),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(ascii, mixed), (text) => normalizeText(text) === general(text)),
      { numRuns: 5_000 },
    );
  });

  it('leaves confusables alone (folding them is the background half)', () => {
    expect(normalizeText('Мicrosoft')).toBe('мicrosoft');
  });

  it('caps the result and the work on huge input', () => {
    expect(normalizeText('a '.repeat(1_000_000), 50)).toHaveLength(49);
    expect(normalizeText('x'.repeat(100), 10)).toBe('x'.repeat(10));
  });

  it('does not split a surrogate pair when capping', () => {
    expect(capLength('ab\ud835\udc0c', 3)).toBe('ab');
  });

  it('stripInvisible keeps visible characters', () => {
    expect(stripInvisible('a\u200bb\u2060c\u2064d')).toBe('abcd');
  });
});
