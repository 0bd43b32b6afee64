/** The file the configurator writes: the config as JSON, `"$schema"` first (editors find the keys' descriptions). */
import { SCHEMA_PATH } from '@aquao/consent-embed/validate';
import type { Config } from './config-edit.js';

export const FILE_NAME = 'aquao-consent.config.json';

/**
 * The config's text: two-space indented, `$schema` first (its own, else the opened file's, else the published
 * schema's path), a final newline, as `aquao-consent add` writes files.
 */
export function exportText(config: Config, opened: Config = {}): string {
  const { $schema, ...rest } = config;
  return `${JSON.stringify({ $schema: $schema ?? opened.$schema ?? SCHEMA_PATH, ...rest }, null, 2)}\n`;
}
