/**
 * The config's `texts` key: every built-in string, overridable per language, with the same names as the built-in
 * French texts (fr.ts) and the cookie table's. Described here, beside the texts, for the validation and the JSON
 * Schema; the components merge the overrides (localize.ts).
 */
import { ID, LANG, map, object, string, type Report, type Rule, type SchemaNode } from '@aquao/consent-core/schema';
import { DEV_MODE } from '../dev-mode.js';
import { fr, type Translation } from './fr.js';
import { en } from './en.js';
import { COOKIE_TABLE_TEXT_KEYS, type CookieTableTexts } from '../cookie-table/cookie-table.keys.js';
import { cookieTableTexts } from '../cookie-table/cookie-table.i18n.js';

/** What a config may override in one language: any built-in string, a built-in category's texts, the cookie table's. */
export type TextOverrides = Partial<Omit<Translation, 'categories'>> & {
  readonly categories?: Readonly<Record<string, Partial<Translation['categories'][string]>>>;
  readonly cookieTable?: Partial<CookieTableTexts>;
};
/** The config's `texts`: overrides by language code. */
export type TextsConfig = Readonly<Record<string, TextOverrides>>;

/** The languages whose texts are built in; any other needs `texts`. */
export const BUILT_IN_LANGUAGES = ['fr', 'en'];

const BANNER_KEYS = Object.keys(fr).filter((key) => key !== 'categories') as (keyof Omit<Translation, 'categories'>)[];

/** The `{placeholders}` each text fills in; a text not listed takes none. */
export const PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  description: ['{controller}', '{purposes}', '{consequence}'],
  consequenceEmbeds: ['{embeds}'],
  partners: ['{count}'],
  lastDecision: ['{date}'],
  gpcNotice: ['{purposes}'],
  placeholder: ['{service}', '{purpose}'],
  savedGranted: ['{purposes}'],
  savedRefused: ['{purposes}'],
  savedPartial: ['{services}'],
  consentDuration: ['{days}', '{months}'],
};

/** What each text is and where it shows: the JSON Schema's titles and descriptions (development builds only). */
const ABOUT: Record<string, [string, string]> | false = DEV_MODE && {
  bannerLabel: ['Banner label', 'Accessible name of the banner region, read by screen readers.'],
  title: ['Banner title', 'Heading of the first layer.'],
  description: [
    'Banner text',
    'First-layer text. {controller} becomes the controller (who is asking), {purposes} the list of purposes asked for, {consequence} the consequence of refusing (consequence or consequenceEmbeds): the CNIL asks that all three be said.',
  ],
  consequence: ['Consequence of refusing', 'Part of the banner text ({consequence}) on a page with no embedded content waiting for consent.'],
  consequenceEmbeds: ['Consequence of refusing, with embeds', 'Part of the banner text ({consequence}) on a page whose embedded content waits for consent: {embeds} becomes their names.'],
  acceptAll: ['Accept all', 'Button that grants every purpose (banner and preferences).'],
  rejectAll: ['Reject all', 'Button that refuses every purpose (banner and preferences), as visible as accepting.'],
  customize: ['Customise', 'Button that opens the preferences from the banner.'],
  partners: ['Partners', 'First-layer button that shows every service with its provider and privacy policy. {count} becomes how many.'],
  save: ['Save', 'Button that stores the switches of the preferences.'],
  close: ['Close', 'Name of the preferences’ × button and of the reload notice’s dismiss button.'],
  privacyPolicy: ['Privacy policy link', 'Text of the link to privacyPolicyUrl.'],
  cookiePolicy: ['Cookie policy link', 'Text of the link to cookiePolicyUrl.'],
  preferencesTitle: ['Preferences title', 'Heading of the preferences dialog.'],
  preferencesIntro: ['Preferences text', 'Text under the preferences heading.'],
  alwaysOn: ['Always on', 'Shown beside the locked switch of strictly necessary cookies.'],
  consentId: ['Consent ID', 'In the preferences, before the visitor’s consent id (to quote to support, who finds the proof record by it).'],
  lastDecision: ['Last choice', 'In the preferences, after the consent id. {date} becomes the date and time of the last decision.'],
  manage: ['Manage cookies', 'Name of the floating button and of the placeholders’ preferences button.'],
  gpcNotice: ['GPC notice', 'Shown in the banner when the browser sends Global Privacy Control. {purposes} becomes the purposes it keeps refused.'],
  placeholder: ['Placeholder text', 'Text standing in for a refused embed. {service} becomes the service’s name, {purpose} the purpose’s.'],
  activate: ['Enable', 'Placeholder button that grants the one service.'],
  saved: ['Saved', 'Announced to screen readers after a decision (a polite live region).'],
  savedGranted: ['Saved: accepted', 'Announced after «saved»: {purposes} becomes the purposes accepted.'],
  savedRefused: ['Saved: rejected', 'Announced after «saved»: {purposes} becomes the purposes rejected.'],
  savedPartial: ['Saved: enabled on a placeholder', 'Announced after a placeholder’s «Enable», before any decision: {services} becomes what was enabled.'],
  reloadNotice: ['Reload notice', 'Shown after a withdrawal: what already ran stays until the page reloads.'],
  reload: ['Reload', 'Button of the reload notice.'],
  categories: ['Built-in purposes', 'Title and description of purposes by id, when the config’s category gives none in this language.'],
  cookieTable: ['Cookie policy table', 'Texts of <aquao-cookie-table>, the cookie policy’s list.'],
  'cookieTable.name': ['Name column', 'Heading of the name column: a cookie’s or a browser storage key’s.'],
  'cookieTable.provider': ['Provider column', 'Heading of the provider column.'],
  'cookieTable.purpose': ['Purpose column', 'Heading of the purpose column.'],
  'cookieTable.duration': ['Duration column', 'Heading of the duration column.'],
  'cookieTable.type': ['Type column', 'Heading of the column saying whether a row is a cookie or browser storage.'],
  'cookieTable.typeCookie': ['Type: cookie', 'In the type column, for a cookie.'],
  'cookieTable.typeStorage': ['Type: browser storage', 'In the type column, for a localStorage or sessionStorage key (the config’s storage).'],
  'cookieTable.yourChoice': ['Your choice', 'Label before the visitor’s current choice for a purpose.'],
  'cookieTable.granted': ['Granted', 'Current choice: accepted.'],
  'cookieTable.refused': ['Refused', 'Current choice: refused.'],
  'cookieTable.undecided': ['Undecided', 'Current choice before any decision.'],
  'cookieTable.alwaysOn': ['Always on', 'Current choice of strictly necessary cookies.'],
  'cookieTable.noCookies': ['No cookies', 'Shown for a purpose that declares no cookie and no storage key.'],
  'cookieTable.services': ['Services', 'Label before a purpose’s list of services.'],
  'cookieTable.serviceNoCookies': ['Service without cookies', 'Beside a service that declares no cookie and no storage key of its own.'],
  'cookieTable.providerPrivacy': ['Provider’s privacy policy', 'Text of the link to a service’s privacyPolicyUrl.'],
  'cookieTable.thisSite': ['This site', 'Provider of the consent cookie itself.'],
  'cookieTable.consentPurpose': ['Consent cookie purpose', 'What the consent cookie is for.'],
  'cookieTable.consentDuration': ['Consent cookie duration', 'How long the consent cookie lives. {days} becomes maxAgeDays, {months} the same in months.'],
  'cookieTable.withdraw': ['How to withdraw', 'Paragraph under the table on changing or withdrawing consent.'],
  'cookieTable.change': ['Change button', 'Button that opens the preferences.'],
};

const textNode = (key: string, value: string | undefined): SchemaNode =>
  string(undefined, ABOUT && { title: ABOUT[key]![0], description: ABOUT[key]![1], ...(value !== undefined && { default: value }) });

/** `{placeholders}` a text uses that it does not fill in, and those it should have: a warning, never an error. */
export const checkPlaceholders = (value: string, name: string, path: readonly (string | number)[], report: Report): void => {
  const known = PLACEHOLDERS[name] ?? [];
  const unknown = (value.match(/\{\w+\}/g) ?? []).find((p) => !known.includes(p));
  const missing = known.find((p) => !value.includes(p));
  if (unknown || missing) report('placeholder', { unknown, missing, known: known.join(' ') || '—' }, path, true);
};

const rule: Rule | undefined = DEV_MODE
  ? (texts: TextsConfig, path, _, report) => {
      for (const [language, own] of Object.entries(texts)) {
        for (const [key, value] of Object.entries(own)) {
          if (typeof value === 'string') checkPlaceholders(value, key, [...path, language, key], report);
        }
        for (const [key, value] of Object.entries(own.cookieTable ?? {})) {
          checkPlaceholders(value!, key, [...path, language, 'cookieTable', key], report);
        }
        // A language with no built-in texts shows English wherever the config gives none: a warning with a stable code
        // (docs/api.md, "Development warnings"; docs/configuration.md, `texts`).
        if (!BUILT_IN_LANGUAGES.includes(language)) {
          const missing = [
            ...BANNER_KEYS.filter((key) => own[key] === undefined),
            ...COOKIE_TABLE_TEXT_KEYS.filter((key) => own.cookieTable?.[key] === undefined).map((key) => `cookieTable.${key}`),
          ];
          if (missing.length) report('missing-texts', missing, [...path, language], true);
        }
      }
    }
  : undefined;

/** One language's texts; `defaults` (development builds only) are what a left-out text shows. */
const languageTexts = (defaults?: Translation, table?: CookieTableTexts) =>
  object(
    {
      ...Object.fromEntries(BANNER_KEYS.map((key) => [key, textNode(key, defaults?.[key])])),
      categories: map(
        object({
          title: string(undefined, DEV_MODE && { title: 'Title', description: 'The purpose’s title.' }),
          description: string(undefined, DEV_MODE && { title: 'Description', description: 'What the purpose is for.' }),
        }),
        ID,
        ABOUT && { title: ABOUT.categories![0], description: ABOUT.categories![1], default: {} },
      ),
      cookieTable: object(
        Object.fromEntries(COOKIE_TABLE_TEXT_KEYS.map((key) => [key, textNode(`cookieTable.${key}`, table?.[key])])),
        ABOUT && { title: ABOUT.cookieTable![0], description: ABOUT.cookieTable![1], default: {} },
      ),
    },
    DEV_MODE && { title: 'Texts in one language', description: 'Any built-in string, by name; a left-out one keeps the built-in text (English for a language with none).', default: {} },
  );

/** The config's `texts` key. */
export const textsConfigKeys: Record<string, SchemaNode> = {
  texts: map(
    languageTexts(DEV_MODE ? en : undefined, DEV_MODE ? cookieTableTexts.en : undefined),
    LANG,
    DEV_MODE && {
      title: 'Texts',
      description:
        'Every built-in string, overridable per language code ("fr", "en", or any other: then `language` may name it). A language with no built-in texts shows English for what it leaves out. Texts are shown as text, never as HTML.',
      default: {},
    },
    {
      pn: 'language',
      k: {
        fr: languageTexts(DEV_MODE ? fr : undefined, DEV_MODE ? cookieTableTexts.fr : undefined),
        en: languageTexts(DEV_MODE ? en : undefined, DEV_MODE ? cookieTableTexts.en : undefined),
      },
      rule,
    },
  ),
};
