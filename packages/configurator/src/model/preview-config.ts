/**
 * What the configurator hands to its preview page, and the config the real embed gets there. The page shows the
 * built `aquao-consent.js` with the edited config; one manager per page, so every edit reloads the page. The payload
 * travels through `sessionStorage` (same origin, read synchronously before the embed starts, no inline script).
 *
 * The preview must never pass for the site's own consent: on the configurator's origin (often the site itself) its
 * decision goes into another cookie (`aquao_consent_apercu`), limited to the preview page's folder, and is deleted
 * before each load, so the banner always shows; no proof-of-consent record is sent (`logEndpoint` is dropped).
 */
import type { Config } from './config-edit.js';

export const PREVIEW_STORAGE_KEY = 'aquao-configurator-preview';
export const PREVIEW_COOKIE = 'aquao_consent_apercu';

/** An embed of the config, shown in the preview page with its placeholder. */
export interface PreviewEmbed {
  readonly purpose: string;
  readonly service: string;
  readonly title: string;
}

export interface PreviewPayload {
  readonly config: Config;
  readonly language: string;
  /** The visitor's system colour scheme the page emulates. */
  readonly scheme: 'light' | 'dark';
  /** `preferences`: the preferences dialog opens once the banner is there. */
  readonly view: 'banner' | 'preferences';
  readonly embeds: readonly PreviewEmbed[];
}

/**
 * The config the preview's embed reads: the edited one in `language`, with its own cookie (`path`: the preview's
 * folder) and no proof-of-consent endpoint.
 */
export function previewConfig(config: Config, language: string, path: string): Config {
  const { $schema: _schema, logEndpoint: _endpoint, logUrl: _url, cookie: _cookie, ...rest } = config;
  return { ...rest, language, cookie: { name: PREVIEW_COOKIE, path } };
}
