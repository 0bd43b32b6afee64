/**
 * What the rate limiter counts a client by: never its IP address, only a keyed hash of it (HMAC-SHA-256) with a
 * random key that lives in memory and is replaced every UTC day. Nothing is written to disk or the database, and
 * yesterday's hashes cannot be linked to today's, or reversed by hashing every IPv4 address.
 */
import { createHmac, randomBytes } from 'node:crypto';

/**
 * @param {() => number} [now] for tests.
 * @returns {(ip: string) => string}
 */
export function createClientKey(now = Date.now) {
  let day = -1;
  let key = Buffer.alloc(0);
  return (ip) => {
    const today = Math.floor(now() / 86_400_000);
    if (today !== day) {
      day = today;
      key = randomBytes(32);
    }
    return createHmac('sha256', key).update(ip).digest('base64url');
  };
}
