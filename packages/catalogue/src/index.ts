export { entries } from './entries/index.js';
export { findEntry, matchCookie, matchHost, matchStorage, search } from './find.js';
export type { CookieMatch, HostMatch, StorageMatch } from './find.js';
export { toServiceConfig } from './service-config.js';
export type { CatalogueServiceConfig, ServiceConfigOptions, StorageDeclaration } from './service-config.js';
export { gatedSnippet } from './snippet.js';
export type { SnippetOptions } from './snippet.js';
export { COUNTRIES } from './countries.js';
export { FactSource, Purpose, SignalType } from './types.js';
export type {
  CatalogueCookie,
  CatalogueEntry,
  CatalogueStorage,
  CountryCode,
  Embed,
  GatedScript,
  Provider,
  Signal,
  Source,
  Texts,
} from './types.js';
