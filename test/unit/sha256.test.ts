import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstPrimes, fraction32, INITIAL_HASH, ROUND_CONSTANTS, sha256 } from '../../src/core/password-alert/sha256';

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

// FIPS 180-4, sections 4.2.2 and 5.3.3.
const PUBLISHED_K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
];
const PUBLISHED_H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** `x` and the doubles up to two units in the last place from it, on either side. */
function neighbours(x: number): number[] {
  const ulp = 2 ** (Math.floor(Math.log2(x)) - 52);
  return [-2, -1, 0, 1, 2].map((steps) => x + steps * ulp);
}

describe('SHA-256 constants, derived from the primes', () => {
  it('are the published ones', () => {
    expect(ROUND_CONSTANTS).toEqual(PUBLISHED_K);
    expect(INITIAL_HASH).toEqual(PUBLISHED_H0);
  });

  // Math.cbrt need not be correctly rounded: one engine's result may be a unit in the last place off the true root,
  // another's a unit off the other way.
  it('come out the same from a cube or square root up to two units in the last place off', () => {
    const primes = firstPrimes(64);
    for (const [index, p] of primes.entries()) {
      for (const root of neighbours(Math.cbrt(p))) expect(fraction32(root), `cbrt(${p})`).toBe(PUBLISHED_K[index]);
      if (index < 8)
        for (const root of neighbours(Math.sqrt(p))) expect(fraction32(root), `sqrt(${p})`).toBe(PUBLISHED_H0[index]);
    }
  });
});

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('matches the FIPS 180-4 vector for %j', (input, expected) => {
    expect(hex(sha256(utf8(input)))).toBe(expected);
  });

  it('matches a million a’s', () => {
    expect(hex(sha256(new Uint8Array(1_000_000).fill(0x61)))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('agrees with WebCrypto on random input, across block boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const expected = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
        expect(hex(sha256(bytes))).toBe(hex(expected));
      }),
      { numRuns: 300 },
    );
  });
});
