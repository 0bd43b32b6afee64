/**
 * `dist/validate.js`: the embed's config validation, built once more as an ESM module (development build: every
 * message and its fix) for Node tools: `aquao-consent check`, the demo build, the JSON Schema's generation, the
 * corpus test and the configurator. The same sources as the embed's, so a tool can never accept what the embed
 * refuses, nor typeset French otherwise than the banner does.
 */
export { CONFIG_ELEMENT_ID, SCHEMA_PATH, checkEmbedConfig, embedConfigSchema, withDefaults } from './embed-config.js';
export { hashConfig } from '@aquao/consent-core/proof';
export { parseJsonSource } from './json-source.js';
export type { JsonSource, SourceProblem } from './json-source.js';
export { toJsonSchema } from './json-schema.js';
export { textsOf } from './config-texts.js';
export type { ConfigText } from './config-texts.js';
export { PROBLEM_CODES, describeProblem, formatPath, formatProblem, frenchSpaces, throwErrors } from '@aquao/consent-core/schema';
export type { ConfigProblem, MessageLanguage, SchemaNode } from '@aquao/consent-core/schema';
export { TYPOGRAPHY_MESSAGES, fixFrench } from '@aquao/consent-core/french-typography';
export type { TypographyCode } from '@aquao/consent-core/french-typography';
