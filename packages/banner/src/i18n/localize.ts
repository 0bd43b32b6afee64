/** Picks the language and the text to show, from built-in translations and config overrides. */
import type { LocalizedText } from '@aquao/consent-core';
import { fr, type Translation } from './fr.js';
import { en } from './en.js';

export const translations: Readonly<Record<string, Translation>> = { fr, en };
export type Language = 'fr' | 'en';

/**
 * The language to show: the one asked for if shipped, else the page's `<html lang>` if shipped, else French.
 * Only the primary subtag counts (`fr-FR` → `fr`).
 */
export function pickLanguage(asked?: string): Language {
  for (const tag of [asked, globalThis.document?.documentElement.lang]) {
    const primary = tag?.slice(0, 2).toLowerCase();
    if (primary && primary in translations) return primary as Language;
  }
  return 'fr';
}

/** A config text in `language`: a plain string, else that language, else French, else any. */
export const localize = (text: LocalizedText | undefined, language: Language): string | undefined =>
  typeof text === 'string' || text === undefined ? text : (text[language] ?? text.fr ?? Object.values(text)[0]);

/**
 * Links come from config: only http(s) and relative URLs are rendered, never `javascript:` or `data:`. The URL
 * parser decides, as the browser will (it strips the tabs and newlines of a `java\tscript:` trick).
 */
export function isSafeUrl(url: unknown): url is string {
  try {
    return typeof url === 'string' && /^https?:$/.test(new URL(url, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}
