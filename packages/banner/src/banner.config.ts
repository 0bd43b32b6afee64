/**
 * The config keys the components read beyond their texts: who is asking (`controller`) and the colour scheme
 * (`theme`). Described here, beside the components, for the validation and the JSON Schema; the embed passes them to
 * the elements as the `controller` and `theme` properties.
 */
import { string, text, type SchemaNode } from '@aquao/consent-core/schema';
import type { LocalizedText } from '@aquao/consent-core';
import { DEV_MODE } from './dev-mode.js';

/** `"auto"` follows the colour scheme the page declares; `"light"` and `"dark"` force one. */
export type Theme = 'auto' | 'light' | 'dark';

export interface BannerConfig {
  /**
   * Who is asking: the site owner's name, as the first layer's sentence names it (docs/compliance.md, rule 7).
   * Default: the page's host name without `www.`.
   */
  readonly controller?: LocalizedText;
  /** The components' colour scheme. Default `"auto"`: the page's declared `color-scheme`. */
  readonly theme?: Theme;
}

export const bannerConfigKeys: Record<string, SchemaNode> = {
  controller: text(
    DEV_MODE && {
      title: 'Controller',
      description:
        "Who is asking for consent: the site owner's name (the data controller), named in the first layer's sentence, as the CNIL requires before consent. Default: the page's host name without www.",
      examples: ['Actuelburo', { fr: 'Actuelburo (aquao)', en: 'Actuelburo (aquao)' }],
    },
  ),
  theme: string(
    { in: ['auto', 'light', 'dark'] },
    DEV_MODE && {
      title: 'Theme',
      description:
        'Colour scheme of the banner, the preferences and the placeholders. "auto" follows the page\'s declared color-scheme (<meta name="color-scheme"> or :root { color-scheme }): a page that declares only light stays light, one that declares "light dark" follows the visitor\'s setting. "light" or "dark" forces one.',
      default: 'auto',
    },
  ),
};
