export { buildApp, BODY_LIMIT } from './app.js';
export { ConfigError, MIN_TOKEN_LENGTH, readConfig } from './config.js';
export { migrate, readMigrations } from './migrate.js';
export { exportRecords, findByConsentId, insertRecord, purgeRecords } from './records.js';
export { startLogServer } from './server.js';
export { openStore } from './store.js';
export { findRecordError, RECORD_SCHEMA } from './validate-record.js';
