/**
 * The embed's configuration: the JSON element a site writes, the keys the embed itself reads, the description of
 * the whole element (every module's keys together: the validation and aquao-consent.schema.json both come from it),
 * and aquao.fr's defaults.
 */
import { ConsentConfigError, coreConfigKeys, type ConsentConfig, type LocalizedText } from '@aquao/consent-core';
import {
  anyOf,
  boolean,
  checkConfig,
  describeProblem,
  formatPath,
  object,
  string,
  text,
  throwErrors,
  url,
  type ConfigProblem,
  type Rule,
  type SchemaNode,
} from '@aquao/consent-core/schema';
import { gcmConfigKeys, type GoogleConsentModeOptions } from '@aquao/consent-core/gcm';
import { gpcConfigKeys, type GpcOptions } from '@aquao/consent-core/gpc';
import { proofLogConfigKeys } from '@aquao/consent-core/proof';
import { BUILT_IN_LANGUAGES, bannerConfigKeys, checkPlaceholders, textsConfigKeys, type BannerConfig, type TextsConfig } from '@aquao/consent-banner/texts';
import { parseJsonSource } from './json-source.js';
import { CONFIG_ELEMENT_ID, DEFAULT_CONFIG, withDefaults } from './config-element.js';
import { DEV_MODE } from './dev-mode.js';

export { CONFIG_ELEMENT_ID, DEFAULT_CONFIG, withDefaults };

/** Everything the `<script type="application/json" id="aquao-consent-config">` element may hold. */
export interface EmbedConfig extends ConsentConfig, BannerConfig {
  /** For editors only (the JSON Schema's path); ignored. */
  readonly $schema?: string;
  /** Privacy policy link, http(s) or relative. Default `"/politique-de-confidentialite"`. */
  readonly privacyPolicyUrl?: string;
  /** Cookie policy link, http(s) or relative. Default `"/politique-de-cookies"`. */
  readonly cookiePolicyUrl?: string;
  /** `"fr"`, `"en"`, or a language `texts` gives. Default: the page's `<html lang>` on the same terms, else `"fr"`. */
  readonly language?: string;
  /**
   * After a decision, a small fixed button that reopens the preferences: `true` (bottom left), `{ "position":
   * "right" }`, or `false` (then every page needs a `data-consent-open` link). It steps aside while such a link is
   * on screen. Default `true`.
   */
  readonly floatingButton?: boolean | { readonly position?: 'left' | 'right' };
  /**
   * Google Consent Mode v2, basic mode: `true` for the default mapping, or `{ "mapping": { category: [types] } }`.
   * Default `false` (no dataLayer is touched).
   */
  readonly googleConsentMode?: boolean | GoogleConsentModeOptions;
  /** Global Privacy Control: `{ "categories": [...] }` kept refused by «Tout accepter» under the signal. Default `{ "categories": ["marketing"] }`; `false` ignores the signal. */
  readonly gpc?: false | GpcOptions;
  /** Where each decision's proof record is POSTed (http(s) or relative). Default: none, nothing is sent. */
  readonly logEndpoint?: string;
  /**
   * What a proof record's `url` keeps: `"origin"` (default), or `"path"` for origin and path, on sites whose paths
   * say nothing about their visitors.
   */
  readonly logUrl?: 'origin' | 'path';
  /** The message of the placeholders that stand in for refused embeds, with `{service}` and `{purpose}`. Default: built-in. */
  readonly placeholderText?: LocalizedText;
  /** Overrides of the built-in texts, by language: `{ "fr": { "title": "…" } }`. Default: none. */
  readonly texts?: TextsConfig;
}

/** Where the JSON Schema is in the published package, for `"$schema"`. */
export const SCHEMA_PATH = './node_modules/@aquao/consent-embed/aquao-consent.schema.json';

/** `language` must have texts: built in, or given by the config (BCP 47 primary subtag). */
const languageRule: Rule = (value: string, path, root: EmbedConfig, report) => {
  const known = [...new Set([...BUILT_IN_LANGUAGES, ...Object.keys(root.texts ?? {})])];
  if (!known.includes(value.split('-')[0]!)) report('language', { value, known }, path);
};

/** A banner needs something to ask: a config with only strictly necessary cookies would show «… : .». */
const purposesRule: Rule = (config: EmbedConfig, _, __, report) => {
  const purposes = Object.entries(config.categories ?? {}).filter(([id, c]) => id !== 'necessary' && !c.required);
  if (!purposes.length) report('purposes', undefined, ['categories']);
};

/** The keys the embed reads itself. */
const embedKeys: Record<string, SchemaNode> = {
  privacyPolicyUrl: url(DEV_MODE && { title: 'Privacy policy link', description: 'Linked from the banner and the preferences (http(s) or relative).', default: '/politique-de-confidentialite' }),
  cookiePolicyUrl: url(DEV_MODE && { title: 'Cookie policy link', description: 'Linked from the banner and the preferences (http(s) or relative).', default: '/politique-de-cookies' }),
  language: string(
    { re: /^[a-z]{2,3}(-[A-Za-z\d]{2,8})*$/, pn: 'language', rule: languageRule },
    DEV_MODE && {
      title: 'Language',
      description: 'Language of the texts: "fr" and "en" are built in, any other needs `texts`. Default: the page\'s <html lang> on the same terms, else "fr".',
      default: 'fr',
    },
  ),
  floatingButton: anyOf(
    [
      boolean(),
      object({
        position: string({ in: ['left', 'right'] }, DEV_MODE && { title: 'Position', description: 'Bottom left (where the CNIL\'s example puts it) or bottom right.', default: 'left' }),
      }),
    ],
    DEV_MODE && {
      title: 'Floating button',
      description:
        'After a decision, a small fixed button that reopens the preferences; it steps aside while a data-consent-open link is on screen. true puts it bottom left, { "position": "right" } bottom right. Turn it off only if every page has a data-consent-open link.',
      default: true,
    },
  ),
  placeholderText: text(
    DEV_MODE && { title: 'Placeholder text', description: 'The message of the placeholders that stand in for refused embeds; {service} and {purpose} are filled in. Default: texts.<language>.placeholder.' },
    DEV_MODE
      ? {
          rule: ((value: LocalizedText, path, _, report) =>
            typeof value === 'string'
              ? checkPlaceholders(value, 'placeholder', path, report)
              : Object.entries(value).forEach(([lang, v]) => checkPlaceholders(v, 'placeholder', [...path, lang], report))) as Rule,
        }
      : undefined,
  ),
};

/**
 * The whole config element: one key per module, each described beside the code that reads it. Adding a key is a
 * change in its module's `…ConfigKeys` (CONTRIBUTING.md).
 */
export const embedConfigSchema: SchemaNode = object(
  {
    $schema: string(undefined, DEV_MODE && {
      title: 'JSON Schema',
      description: 'Where editors find this schema, to complete and check the file. Ignored by the embed.',
      default: SCHEMA_PATH,
    }),
    ...coreConfigKeys,
    ...embedKeys,
    ...textsConfigKeys,
    ...bannerConfigKeys,
    ...gcmConfigKeys,
    ...gpcConfigKeys,
    ...proofLogConfigKeys,
  },
  DEV_MODE && {
    title: 'aquao-consent configuration',
    description: 'The content of <script type="application/json" id="aquao-consent-config">: purposes, services, cookies, texts and integrations. See docs/configuration.md.',
  },
  { req: ['categories'], rule: purposesRule },
);

/**
 * Checks a parsed config element against the whole description.
 * @returns every problem, warnings included (`[]` when all is right).
 */
export const checkEmbedConfig = (config: unknown): ConfigProblem[] => checkConfig(config, embedConfigSchema);

/**
 * Reads and checks the config element. No element: aquao.fr's defaults. Development builds also refuse a duplicated
 * key (JSON would keep the last one silently) and warn, once, about what is worth a look (a language's missing texts).
 * @throws {ConsentConfigError} for invalid JSON or a wrong key, named.
 */
export function readEmbedConfig(doc: Document = document): EmbedConfig {
  const element = doc.getElementById(CONFIG_ELEMENT_ID);
  if (!element) return DEFAULT_CONFIG;
  const source = element.textContent ?? '';
  let config: EmbedConfig;
  try {
    config = JSON.parse(source);
  } catch (error) {
    // Kept in production: a JSON typo is the mistake a marketing edit makes most.
    throw new ConsentConfigError([{ path: [], code: 'json', arg: (error as Error).message }]);
  }
  const problems = [...(DEV_MODE ? parseJsonSource(source).problems : []), ...checkEmbedConfig(config)];
  const warnings = throwErrors(problems);
  // Development warnings carry a stable code, the problem's (as Lit's do).
  if (DEV_MODE) for (const w of warnings) console.warn(`aquao-consent [${w.code}]: config.${formatPath(w.path)}: ${describeProblem(w)}`);
  return withDefaults(config);
}
