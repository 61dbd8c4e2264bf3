import { sha256 } from './sha256';

/**
 * The password-reuse alert keeps only a salted hash of the password, truncated so far that it cannot be
 * used to recover the password (many passwords share each value), yet collisions with what a user types
 * elsewhere stay rare: 37 bits, the figure Google Password Alert chose.
 */
export const FINGERPRINT_BITS = 37;
const HEX_CHARS = Math.ceil(FINGERPRINT_BITS / 4);
/** Passwords shorter than this are not enrolled: too many everyday strings would match. */
export const MIN_PASSWORD_LENGTH = 8;
/** Longer fields are not checked: no one's password is a paragraph. */
export const MAX_PASSWORD_LENGTH = 128;

export interface Enrollment {
  /** Hex-encoded random salt, unique to this browser. */
  readonly salt: string;
  readonly fingerprint: string;
  readonly length: number;
}

/**
 * Synchronous on purpose (not WebCrypto): enrollment must finish inside the key or click handler before the
 * sign-in page navigates away, and Firefox content scripts cannot read the ArrayBuffer WebCrypto hands back
 * across the page/extension compartment boundary.
 */
export function fingerprintOf(secret: string, salt: string): string {
  const digest = sha256(new TextEncoder().encode(`${salt}\u0000${secret}`));
  const hex = Array.from(digest.subarray(0, Math.ceil(HEX_CHARS / 2)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
  // Keep exactly FINGERPRINT_BITS bits: zero the low bits of the last hex digit.
  const spare = HEX_CHARS * 4 - FINGERPRINT_BITS;
  const last = parseInt(hex.charAt(HEX_CHARS - 1), 16) & ~((1 << spare) - 1);
  return hex.slice(0, HEX_CHARS - 1) + last.toString(16);
}

export function newSalt(fill: (bytes: Uint8Array) => Uint8Array): string {
  return Array.from(fill(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function isEnrollable(password: string): boolean {
  return password.length >= MIN_PASSWORD_LENGTH && password.length <= MAX_PASSWORD_LENGTH;
}

/**
 * What to test in a field's current value: its last `length` characters, the way a password typed after
 * other text (or into a search box) would sit there.
 */
export function candidateIn(value: string, length: number): string | null {
  if (length < MIN_PASSWORD_LENGTH || value.length < length || value.length > MAX_PASSWORD_LENGTH * 4) return null;
  return value.slice(-length);
}
