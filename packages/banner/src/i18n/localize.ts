/** Picks the language and the text to show, from built-in translations and config overrides. */
import type { LocalizedText } from '@aquao/consent-core';
import { fr, type Translation } from './fr.js';
import { en } from './en.js';
import type { TextsConfig } from './texts.config.js';
import { frenchTypography } from '@aquao/consent-core/french-typography';

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
  for (const [id, text] of Object.entries(own.categories ?? {})) categories[id] = { ...categories[id]!, ...typeset(text, language) };
  return { ...base, ...typeset(own, language), categories };
}

/** A config's texts in `language`, with French typography when it is French (the built-in ones already have it). */
export const typeset = <T extends object>(texts: T, language: Language): T =>
  language === 'fr'
    ? (Object.fromEntries(Object.entries(texts).map(([key, value]) => [key, typeof value === 'string' ? frenchTypography(value) : value])) as T)
    : texts;

/**
 * A config text in `language`: a plain string, else that language, else English, else French, else any. Given for
 * French (or as a plain string shown in French), it gets French typography.
 */
export const localize = (text: LocalizedText | undefined, language: Language): string | undefined => {
  const own = typeof text === 'string' ? text : text?.[language];
  if (own !== undefined) return language === 'fr' ? frenchTypography(own) : own;
  return typeof text === 'object' ? (text.en ?? text.fr ?? Object.values(text)[0]) : undefined;
};

/** A purpose's title in `language`: the config's, else the built-in one (`t`'s), else its id. */
export const purposeTitle = (category: { readonly id: string; readonly title?: LocalizedText }, language: Language, t: Translation): string =>
  localize(category.title, language) ?? t.categories[category.id]?.title ?? category.id;

/**
 * Fills a text's `{name}` placeholders. The values go in literally: a function replacer, so a `$&`, `$'` or `$$` in
 * a service's name is not a replacement pattern (ECMA-262 GetSubstitution).
 */
export const fill = (text: string, values: Readonly<Record<string, string>>): string =>
  text.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
