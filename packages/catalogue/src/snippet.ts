/**
 * The tags to hand to the developer: each script as `type="text/plain"` and each embed with `data-src`, both with
 * `data-consent` and `data-service`, which the core's gating releases once the service is granted (docs/integrations.md).
 */
import type { CatalogueEntry } from './types.js';

export interface SnippetOptions {
  /** The purpose the service was put under. Default: the entry's category. */
  readonly category?: string;
  /** The service id. Default: the entry's id. */
  readonly id?: string;
  /** Language of the iframe's title. Default `"fr"`. */
  readonly lang?: 'fr' | 'en';
}

/** Attribute values are escaped, so a vendor URL with `&` or a title with `"` stays one attribute. */
const attribute = (name: string, value: string): string =>
  ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;

/** The gated HTML of an entry, one tag per line, in the order the page needs them. */
export function gatedSnippet(entry: CatalogueEntry, options: SnippetOptions = {}): string {
  const gate = attribute('data-consent', options.category ?? entry.category) + attribute('data-service', options.id ?? entry.id);
  const lines = entry.scripts.map((script) => {
    const extra = Object.entries(script.attributes ?? {})
      .map(([name, value]) => attribute(name, value))
      .join('');
    return `<script type="text/plain"${gate}${attribute('src', script.src)}${script.async ? ' async' : ''}${extra}></script>`;
  });
  const { embed } = entry;
  if (embed) {
    const allow = embed.allow ? attribute('allow', embed.allow) : '';
    const size = attribute('width', embed.width) + attribute('height', embed.height);
    lines.push(`<iframe${gate}${attribute('data-src', embed.src)}${attribute('title', embed.title[options.lang ?? 'fr'])}${size}${allow}></iframe>`);
  }
  return lines.join('\n');
}
