import { describe, expect, it } from 'vitest';
import { capLength, normalizeText, stripInvisible } from '../../../src/core/page/normalize-text';

describe('normalizeText', () => {
  it.each([
    ['  Sign\u00a0in \n\t to   continue ', 'sign in to continue'],
    ['Mi\u200bcro\u200dsoft', 'microsoft'],
    ['Micro\u00adsoft', 'microsoft'],
    ['\u202eMicrosoft\u202c', 'microsoft'],
    ['\u2066Azure\u2069 DevOps\ufeff', 'azure devops'],
    ['\uff2d\uff49\uff43\uff52\uff4f\uff53\uff4f\uff46\uff54', 'microsoft'],
    ['\ud835\udc0cicrosoft', 'microsoft'],
    ['Stay signed in?', 'stay signed in?'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
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
