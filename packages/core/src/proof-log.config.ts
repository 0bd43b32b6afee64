/** The config key of the proof-of-consent log (`logEndpoint`), as the validation and the JSON Schema see it. */
import { DEV_MODE } from './dev-mode.js';
import { string, url, type SchemaNode } from './config-schema.js';

export const proofLogConfigKeys: Record<string, SchemaNode> = {
  logEndpoint: url(DEV_MODE && {
    title: 'Proof-of-consent endpoint',
    description: 'Where each decision\'s proof record is POSTed as JSON (http(s) or relative; same origin avoids a CORS preflight). Default: none, nothing is sent.',
    examples: ['/api/consent-log'],
  }),
  logUrl: string({ in: ['origin', 'path'] }, DEV_MODE && {
    title: 'Page address in proof records',
    description: 'What a proof record\'s url keeps: "origin" (the site only), or "path" (origin and path, never the query string). Keep "origin" unless your paths say nothing about your visitors (/compte/jean-dupont would).',
    default: 'origin',
  }),
};
