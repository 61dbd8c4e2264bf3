/**
 * SHA-256 (FIPS 180-4), synchronous and small. The content script needs a synchronous hash (enrollment
 * happens inside the key or click handler, before the sign-in page navigates away) and must stay within its
 * 15 KB budget: an audited library's SHA-2 module costs 2.6 KB gzipped, this one a small fraction of that. Checked
 * against WebCrypto and the FIPS test vectors in test/unit/sha256.test.ts.
 */

/** The first `count` primes, by trial division: 64 of them is a few hundred steps. */
export function firstPrimes(count: number): number[] {
  const primes: number[] = [];
  for (let n = 2; primes.length < count; n += 1) if (primes.every((p) => n % p !== 0)) primes.push(n);
  return primes;
}

/** The first 32 bits of the fractional part of `x`. */
export const fraction32 = (x: number): number => ((x - Math.floor(x)) * 2 ** 32) >>> 0;

// Derived as FIPS 180-4 defines them (sections 4.2.2 and 5.3.3) rather than listed: the table of 64 random-looking
// words cost the content script about half a kilobyte gzipped. The unit test holds both to the published values,
// and shows that a cube or square root two units in the last place off, as another engine may compute it, could
// not change them.
const PRIMES = firstPrimes(64);
/** The round constants, K in FIPS 180-4. */
export const ROUND_CONSTANTS: readonly number[] = PRIMES.map((p) => fraction32(Math.cbrt(p)));
/** The initial hash value, H(0) in FIPS 180-4. */
export const INITIAL_HASH: readonly number[] = PRIMES.slice(0, 8).map((p) => fraction32(Math.sqrt(p)));
const K = Uint32Array.from(ROUND_CONSTANTS);

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

export function sha256(message: Uint8Array): Uint8Array {
  const bitLength = message.length * 8;
  const padded = new Uint8Array(Math.ceil((message.length + 9) / 64) * 64);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(padded.length - 4, bitLength >>> 0);

  const h = Uint32Array.from(INITIAL_HASH);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15] ?? 0;
      const b = w[i - 2] ?? 0;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[i] = ((w[i - 16] ?? 0) + s0 + (w[i - 7] ?? 0) + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = [
      h[0] ?? 0,
      h[1] ?? 0,
      h[2] ?? 0,
      h[3] ?? 0,
      h[4] ?? 0,
      h[5] ?? 0,
      h[6] ?? 0,
      h[7] ?? 0,
    ];
    for (let i = 0; i < 64; i++) {
      const t1 =
        (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + (K[i] ?? 0) + (w[i] ?? 0)) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      [hh, g, f, e, d, c, b, a] = [g, f, e, (d + t1) >>> 0, c, b, a, (t1 + t2) >>> 0];
    }
    const next = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = ((h[i] ?? 0) + (next[i] ?? 0)) >>> 0;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i] ?? 0);
  return out;
}
