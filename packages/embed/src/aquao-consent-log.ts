/**
 * `aquao-consent-log.js`, the proof-log chunk: the loader fetches it only where there is a record to send and no UI
 * on the page to send it (the UI chunk carries the log too): a decision made through the API, or records earlier
 * pages left unsent. It sends every grant, refusal and withdrawal to `logEndpoint` (log-connect.ts).
 */
import { connectLog } from './log-connect.js';
import { handOver } from './chunk-entry.js';

handOver(connectLog);
