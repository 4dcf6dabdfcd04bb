// API keys: `pgk_<prefix>_<secret>`. Only the SHA-256 of the whole key is stored; the prefix
// finds the row without scanning, the hash comparison is constant-time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const KEY_RE = /^pgk_([A-Za-z0-9]{10})_([A-Za-z0-9_-]{32,64})$/;

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomBytes(16).toString('base64url').replace(/[^A-Za-z0-9]/g, '').slice(0, 10).padEnd(10, '0');
  const key = `pgk_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashKey(key) };
}

/** The prefix of a well-formed key, or null. */
export function keyPrefix(key: string): string | null {
  return KEY_RE.exec(key)?.[1] ?? null;
}

export function keyMatches(key: string, storedHash: string): boolean {
  const a = Buffer.from(hashKey(key), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
