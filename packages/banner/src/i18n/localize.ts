/** Picks the language and the text to show, from built-in translations and config overrides. */
import type { LocalizedText } from '@aquao/consent-core';
import { fr, type Translation } from './fr.js';
import { en } from './en.js';
import type { TextsConfig } from './texts.config.js';

export type { Translation };

export const translations: Readonly<Record<string, Translation>> = { fr, en };
/** A language code: `fr` and `en` are built in; the config's `texts` may add any other. */
export type Language = string;

/**
 * The language to show: the one asked for if built in or given in `texts`, else the page's `<html lang>` on the same
 * terms, else French. Only the primary subtag counts (`fr-FR` → `fr`).
 */
export function pickLanguage(asked?: string, texts?: TextsConfig): Language {
  for (const tag of [asked, globalThis.document?.documentElement.lang]) {
    const primary = tag?.split('-')[0]!.toLowerCase();
    // Own keys only: `<html lang="constructor">` must not pick Object.prototype's member as a translation.
    if (primary && (has(translations, primary) || (texts && has(texts, primary)))) return primary;
  }
  return 'fr';
}

const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * The strings to show in `language`: the config's `texts` for it, else the built-in ones of that language, else
 * English (a language the config adds has no built-in texts).
 */
export function textsFor(language: Language, texts?: TextsConfig): Translation {
  const base = translations[language] ?? en;
  const own = texts?.[language];
  if (!own) return base;
  const categories = { ...base.categories };
  for (const [id, text] of Object.entries(own.categories ?? {})) categories[id] = { ...categories[id]!, ...text };
  return { ...base, ...own, categories };
}

/** A config text in `language`: a plain string, else that language, else English, else French, else any. */
export const localize = (text: LocalizedText | undefined, language: Language): string | undefined =>
  typeof text === 'string' || text === undefined ? text : (text[language] ?? text.en ?? text.fr ?? Object.values(text)[0]);

/**
 * Fills a text's `{name}` placeholders. The values go in literally: a function replacer, so a `$&`, `$'` or `$$` in
 * a service's name is not a replacement pattern (ECMA-262 GetSubstitution).
 */
export const fill = (text: string, values: Readonly<Record<string, string>>): string =>
  text.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
