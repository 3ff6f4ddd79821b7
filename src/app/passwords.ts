/**
 * Password hashing with scrypt (node:crypto). The stored form carries its own parameters,
 * "scrypt$N$r$p$salt$hash", so the cost can rise later without breaking old hashes.
 * N=2^15, r=8, p=1 is the interactive-login setting in the scrypt paper (Percival 2009)
 * and OWASP's Password Storage Cheat Sheet minimum; tests may lower it.
 */
import { COMMON_PASSWORDS } from './common-passwords.js';
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface Cost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

export const DEFAULT_COST: Cost = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;

function scrypt(password: string, salt: Buffer, cost: Cost): Promise<Buffer> {
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) =>
    scryptCb(password.normalize('NFC'), salt, KEY_BYTES, options, (e, key) =>
      e ? reject(e) : resolve(key),
    ),
  );
}

export async function hash(password: string, cost: Cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, cost);
  return [
    'scrypt',
    cost.N,
    cost.r,
    cost.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** True when the password matches; a malformed stored hash never matches. */
export async function verify(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((v) => Number.isInteger(v) && v > 0)) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), cost);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * Why a new password is refused, or null when it will do: at least 10 characters (NIST SP
 * 800-63B asks at least 8; 10 is this server's floor), not only spaces, not one character
 * repeated, and not on the small list of the first passwords anyone guesses.
 */
export function weakness(password: string): string | null {
  if ([...password].length < MIN_LENGTH) return `use at least ${MIN_LENGTH} characters`;
  if (password.trim() === '') return 'use more than spaces';
  if (new Set(password).size === 1) return 'use more than one character repeated';
  if (COMMON_PASSWORDS.has(password.toLowerCase()))
    return 'this is one of the first passwords anyone guesses; choose another';
  return null;
}

export const MIN_LENGTH = 10;
