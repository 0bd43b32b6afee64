/**
 * The receiver's settings, read from environment variables (twelve-factor: the same for npx, systemd and Docker).
 * A wrong value stops the start with the variable's name and the fix; nothing is guessed.
 */

/**
 * @typedef {object} LogServerConfig
 * @property {number} port `PORT`, default 8080.
 * @property {string} host `HOST`, default `127.0.0.1` (behind a reverse proxy); `0.0.0.0` in the Docker image.
 * @property {string | undefined} databaseUrl `DATABASE_URL`: a PostgreSQL server. Unset: the embedded database.
 * @property {string} dataDir `DATA_DIR`, default `./consent-log-data`: the embedded database's folder.
 * @property {string[] | '*' | undefined} allowedOrigins `ALLOWED_ORIGINS`, comma separated: the sites whose pages may
 *   send records from another origin. Unset: same-origin only (a reverse proxy serving the receiver under the
 *   site's own domain). `*` only when written.
 * @property {string | undefined} adminToken `ADMIN_TOKEN`, at least 32 characters: enables lookup and export.
 * @property {number} rateLimit `RATE_LIMIT`, records a minute per client, default 60; 0 turns it off.
 * @property {number} retentionDays `RETENTION_DAYS`, default 1825 (five years, the French limitation period).
 * @property {boolean | number | string} trustProxy `TRUST_PROXY`: `true`, a hop count or addresses/CIDRs whose
 *   `X-Forwarded-For` is believed. Default `false`.
 * @property {string} logLevel `LOG_LEVEL`, default `info`.
 * @property {number} poolSize `PG_POOL_SIZE`, default 10: connections to PostgreSQL per instance.
 */

export class ConfigError extends Error {
  /** @param {string} key @param {string} fix */
  constructor(key, fix) {
    super(`${key} ${fix}`);
    this.name = 'ConfigError';
    this.key = key;
  }
}

/** The shortest admin token accepted: 32 characters, e.g. `openssl rand -hex 32` gives 64. */
export const MIN_TOKEN_LENGTH = 32;

/**
 * @param {NodeJS.ProcessEnv} env
 * @param {string} key
 * @param {number} fallback
 * @param {number} min
 */
function integer(env, key, fallback, min) {
  const text = env[key]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new ConfigError(key, `must be a whole number ≥ ${min} (got "${text}")`);
  return value;
}

/** @param {string | undefined} text */
function origins(text) {
  if (!text?.trim()) return undefined;
  if (text.trim() === '*') return '*';
  return text.split(',').map((item) => {
    const origin = item.trim();
    let url;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    // An origin is scheme://host[:port], nothing after: that is what browsers send in `Origin`.
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin) {
      throw new ConfigError('ALLOWED_ORIGINS', `must list origins such as https://www.example.fr, comma separated (got "${origin}")`);
    }
    return origin;
  });
}

/** @param {string | undefined} text @returns {boolean | number | string} */
function trustProxy(text) {
  const value = text?.trim();
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {LogServerConfig}
 * @throws {ConfigError}
 */
export function readConfig(env = process.env) {
  return {
    port: integer(env, 'PORT', 8080, 0),
    host: env.HOST?.trim() || '127.0.0.1',
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    dataDir: env.DATA_DIR?.trim() || './consent-log-data',
    allowedOrigins: origins(env.ALLOWED_ORIGINS),
    adminToken: env.ADMIN_TOKEN || undefined,
    rateLimit: integer(env, 'RATE_LIMIT', 60, 0),
    retentionDays: integer(env, 'RETENTION_DAYS', 1825, 1),
    trustProxy: trustProxy(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    poolSize: integer(env, 'PG_POOL_SIZE', 10, 1),
  };
}
