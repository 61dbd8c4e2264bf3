import { describe, expect, it } from 'vitest';
import {
  candidateIn,
  FINGERPRINT_BITS,
  fingerprintOf,
  isEnrollable,
  newSalt,
} from '../../src/core/password-alert/fingerprint';

describe('password fingerprint', () => {
  it('is stable for the same salt and password, and differs across salts and passwords', () => {
    const a = fingerprintOf('correct horse battery', 'aa11');
    expect(fingerprintOf('correct horse battery', 'aa11')).toBe(a);
    expect(fingerprintOf('correct horse battery', 'bb22')).not.toBe(a);
    expect(fingerprintOf('correct horse batterY', 'aa11')).not.toBe(a);
  });

  it(`keeps exactly ${FINGERPRINT_BITS} bits`, () => {
    for (const secret of ['one password', 'another one!', 'p@ssw0rd-123']) {
      const value = fingerprintOf(secret, 'salt');
      expect(value).toMatch(/^[0-9a-f]{10}$/);
      expect(BigInt(`0x${value}`) % 8n).toBe(0n);
    }
  });

  it('makes a fresh 128-bit salt from the random source it is given', () => {
    const salt = newSalt((bytes) => globalThis.crypto.getRandomValues(bytes));
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
    expect(newSalt((bytes) => bytes.fill(1))).toBe('01'.repeat(16));
  });
});

describe('what gets checked', () => {
  it.each([
    ['hunter2hunter2', 14, 'hunter2hunter2'],
    ['search: hunter2hunter2', 14, 'hunter2hunter2'],
    ['short', 14, null],
    ['x'.repeat(1000), 14, null],
    ['anything longer', 4, null],
  ])('candidateIn(%j, %d) → %j', (value, length, expected) => {
    expect(candidateIn(value, length)).toBe(expected);
  });

  it.each([
    ['', false],
    ['1234567', false],
    ['12345678', true],
    ['x'.repeat(129), false],
  ])('isEnrollable(%j) → %s', (password, expected) => {
    expect(isEnrollable(password)).toBe(expected);
  });
});

describe('fingerprint compatibility', () => {
  it('is the first 37 bits of SHA-256(salt, NUL, password), as WebCrypto computes it', async () => {
    const digest = new Uint8Array(
      await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode('s1\u0000pw-123456')),
    );
    const bits =
      (BigInt(`0x${Array.from(digest.subarray(0, 5), (b) => b.toString(16).padStart(2, '0')).join('')}`) >> 3n) << 3n;
    expect(fingerprintOf('pw-123456', 's1')).toBe(bits.toString(16).padStart(10, '0'));
  });
});
