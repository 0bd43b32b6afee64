/**
 * What the loader must say before the UI chunk is there: the language the visitor is shown (for the proof log's
 * records) and the floating button's name. The language is decided as the banner decides it (`pickLanguage` in
 * @aquao/consent-banner, a test keeps them alike), without loading the built-in texts: only their `manage` strings
 * reach the loader (rollup keeps the properties read).
 */
import { translations, type TextsConfig } from '@aquao/consent-banner/texts';

/** The config's `language`, else the page's `<html lang>`, by primary subtag, if it has texts (built in or given); else French. */
export function pickLanguage(asked: unknown, texts: TextsConfig | undefined): string {
  for (const tag of [asked, document.documentElement.lang]) {
    const primary = typeof tag === 'string' ? tag.split('-')[0]!.toLowerCase() : '';
    if (primary === 'fr' || primary === 'en' || (primary && texts?.[primary])) return primary;
  }
  return 'fr';
}

/** The name of the button that reopens the preferences: `texts.<language>.manage`, else the built-in one (English for a language the config adds). */
export function manageLabel(language: string, texts: TextsConfig | undefined): string {
  const own = texts?.[language]?.manage;
  return typeof own === 'string' ? own : language === 'fr' ? translations.fr!.manage : translations.en!.manage;
}
