export type { AquaoConsentGlobal } from './aquao-consent.js';
export type { EmbedConfig } from './embed-config.js';
export { CONFIG_ELEMENT_ID, DEFAULT_CONFIG, SCHEMA_PATH, checkEmbedConfig, embedConfigSchema, readEmbedConfig, withDefaults } from './embed-config.js';
export type { AquaoConsentChangeDetail, AquaoConsentChangeEvent, AquaoConsentReadyEvent } from './events.js';
