import { createHash, randomBytes } from 'node:crypto';

/** A new API key: `cc_` and 32 random bytes, so a leaked key is recognisable in logs and scanners. */
export function generateApiKey(): string {
  return `cc_${randomBytes(32).toString('base64url')}`;
}

/** Keys are stored only as this hash; a high-entropy key needs no slow hash, and lookup stays one index probe. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
