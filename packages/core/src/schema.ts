// The config's schema language, for the packages that describe their own keys (the banner's texts, the embed's
// keys) and for the tools built on the descriptions (the JSON Schema, `aquao-consent check`).
export {
  ID,
  LANG,
  SAFE_URL,
  anyOf,
  array,
  boolean,
  checkConfig,
  errorsOf,
  formatPath,
  integer,
  isObject,
  map,
  number,
  object,
  string,
  text,
  url,
  withDoc,
} from './config-schema.js';
export type { ConfigPath, ConfigProblem, KeyDoc, NodeType, Report, Rule, SchemaNode } from './config-schema.js';
export { categoryIds, declaredCategories } from './config-references.js';
export { PROBLEM_CODES, closest, describeProblem, formatProblem } from './config-messages.js';
export { frenchSpaces } from './french-typography.js';
export type { MessageLanguage } from './config-messages.js';
export { ConsentConfigError, MAX_COOKIE_BYTES, coreConfigKeys, throwErrors } from './config.js';
