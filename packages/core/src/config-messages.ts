/**
 * What a config problem means and how to fix it, in English and French: the development builds' console messages
 * and `aquao-consent check`'s. Production builds never import this file (they name the key only), so its words
 * cost visitors nothing. Every problem code the walker or a rule reports has a line here (a test checks it).
 */
import { formatPath, type ConfigProblem, type SchemaNode } from './config-schema.js';
import { frenchSpaces } from './french-typography.js';

export type MessageLanguage = 'en' | 'fr';
type Words = Record<MessageLanguage, string>;

const TYPES: Record<string, Words> = {
  string: { en: 'a text', fr: 'un texte' },
  boolean: { en: 'true or false', fr: 'true ou false' },
  number: { en: 'a number', fr: 'un nombre' },
  integer: { en: 'a whole number', fr: 'un nombre entier' },
  object: { en: 'an object { … }', fr: 'un objet { … }' },
  map: { en: 'an object { … }', fr: 'un objet { … }' },
  array: { en: 'a list [ … ]', fr: 'une liste [ … ]' },
};

const PATTERNS: Record<string, Words> = {
  id: {
    en: 'an id: letters, digits, "-" or "_", starting with a letter',
    fr: 'un identifiant : lettres, chiffres, « - » ou « _ », commençant par une lettre',
  },
  cookie: {
    en: 'a cookie name, or a prefix ending in "*" such as "_ga_*"',
    fr: 'un nom de cookie, ou un préfixe terminé par « * » comme « _ga_* »',
  },
  cookieName: {
    en: 'a cookie name such as "aquao_consent" (letters, digits and !#$%&\'+.^_`|~-)',
    fr: 'un nom de cookie comme « aquao_consent » (lettres, chiffres et !#$%&\'+.^_`|~-)',
  },
  url: {
    en: 'an http(s) or relative link such as "/politique-de-cookies", without spaces (write %20)',
    fr: 'un lien http(s) ou relatif comme « /politique-de-cookies », sans espace (écrivez %20)',
  },
  httpUrl: {
    en: 'an absolute http(s) link such as "https://example.com/privacy", without spaces (write %20)',
    fr: 'un lien http(s) absolu comme « https://example.com/confidentialite », sans espace (écrivez %20)',
  },
  language: { en: 'a language code such as "fr" or "en"', fr: 'un code de langue comme « fr » ou « en »' },
  path: { en: 'a path starting with "/"', fr: 'un chemin commençant par « / »' },
  storage: {
    en: 'a storage key, or a prefix ending in "*" such as "_hj*" (not "*" alone)',
    fr: 'une clé de stockage, ou un préfixe terminé par « * » comme « _hj* » (pas « * » seul)',
  },
  domain: {
    en: 'a domain such as "example.com" (no "https://", no path)',
    fr: 'un domaine comme « example.com » (sans « https:// » ni chemin)',
  },
};

const MESSAGES: Record<string, Record<MessageLanguage, (p: ConfigProblem, arg: any) => string>> = {
  type: {
    en: (p, arg) => `must be ${expected(p.node, 'en')}, not ${kind(arg, 'en')}`,
    fr: (p, arg) => `doit être ${expected(p.node, 'fr')}, pas ${kind(arg, 'fr')}`,
  },
  enum: {
    en: (p, arg) => `must be ${values(p.node, 'or')}, not ${kind(arg, 'en')}`,
    fr: (p, arg) => `doit être ${values(p.node, 'ou')}, pas ${kind(arg, 'fr')}`,
  },
  empty: { en: () => 'must not be empty', fr: () => 'ne doit pas être vide' },
  pattern: {
    en: (p) => `must be ${PATTERNS[p.node?.pn ?? '']?.en ?? `text matching ${p.node?.re}`}`,
    fr: (p) => `doit être ${PATTERNS[p.node?.pn ?? '']?.fr ?? `un texte de la forme ${p.node?.re}`}`,
  },
  key: {
    en: (p, key) => `"${key}" is not ${PATTERNS[p.node?.pn ?? 'id']!.en}`,
    fr: (p, key) => `« ${key} » n’est pas ${PATTERNS[p.node?.pn ?? 'id']!.fr}`,
  },
  range: {
    en: (p) => `must be ${p.node?.max === undefined ? `${p.node?.min} or more` : `from ${p.node.min} to ${p.node.max}`}`,
    fr: (p) => `doit être ${p.node?.max === undefined ? `supérieur ou égal à ${p.node?.min}` : `entre ${p.node.min} et ${p.node.max}`}`,
  },
  unknown: {
    en: (p, key) => `unknown key; ${hint(key, Object.keys(p.node?.k ?? {}), 'en')}`,
    fr: (p, key) => `clé inconnue ; ${hint(key, Object.keys(p.node?.k ?? {}), 'fr')}`,
  },
  required: { en: () => 'is missing, and required', fr: () => 'manque, et elle est obligatoire' },
  collision: {
    en: (_, a) => `makes the element id "${a.id}", as ${a.with} already does: rename one of them`,
    fr: (_, a) => `donne l’identifiant d’élément « ${a.id} », comme ${a.with} : renommez l’un des deux`,
  },
  size: {
    en: (_, a) =>
      `${a.count} services are too many for the consent cookie (${a.bytes} bytes, at most ${a.max}): about ${a.fit} fit; remove services, shorten their ids, or group them in one category`,
    fr: (_, a) =>
      `${a.count} services, c’est trop pour le cookie de consentement (${a.bytes} octets, au plus ${a.max}) : environ ${a.fit} tiennent ; retirez des services, raccourcissez leurs identifiants ou regroupez-les dans une catégorie`,
  },
  reference: {
    en: (_, a) => `"${a.value}" is not a category of this config; ${hint(a.value, a.known, 'en')}`,
    fr: (_, a) => `« ${a.value} » n’est pas une catégorie de cette configuration ; ${hint(a.value, a.known, 'fr')}`,
  },
  'host-prefix': {
    en: () => 'starts with "__Host-", which browsers refuse with cookie.domain or a cookie.path other than "/": leave those out',
    fr: () => 'commence par « __Host- », que les navigateurs refusent avec cookie.domain ou un cookie.path autre que « / » : retirez-les',
  },
  purposes: {
    en: () => 'declares no purpose to ask consent for: add a category such as "analytics": {}',
    fr: () => 'ne déclare aucune finalité à demander : ajoutez une catégorie comme "analytics": {}',
  },
  language: {
    en: (_, a) => `"${a.value}" has no texts: use ${list(a.known, 'or')}, or add texts.${a.value.split('-')[0]}`,
    fr: (_, a) => `« ${a.value} » n’a pas de textes : utilisez ${list(a.known, 'ou')}, ou ajoutez texts.${a.value.split('-')[0]}`,
  },
  'missing-texts': {
    en: (_, a) => `${a.length} texts missing, shown in English: ${a.join(', ')}`,
    fr: (_, a) => `${a.length} textes manquants, affichés en anglais : ${a.join(', ')}`,
  },
  placeholder: {
    en: (_, a) => (a.unknown ? `has ${a.unknown}, which this text does not fill in` : `lacks ${a.missing}`) + `; it takes ${a.known}`,
    fr: (_, a) => (a.unknown ? `contient ${a.unknown}, que ce texte ne remplace pas` : `il manque ${a.missing}`) + ` ; il accepte ${a.known}`,
  },
  duplicate: {
    en: (_, a) => `duplicate key: the one on line ${a} is ignored, this one replaces it; keep one`,
    fr: (_, a) => `clé en double : celle de la ligne ${a} est ignorée, celle-ci la remplace ; n’en gardez qu’une`,
  },
  // `arg`: the parser's own message, or { en, fr } from the positions parser of the development builds.
  json: { en: (_, a) => `not valid JSON: ${a.en ?? a}`, fr: (_, a) => `JSON invalide : ${a.fr ?? a}` },
};

const quote = (v: unknown) => JSON.stringify(v);
function list(items: readonly unknown[], or: string): string {
  const quoted = items.map(quote);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} ${or} ${quoted[quoted.length - 1]}` : quoted.join('');
}
const values = (n: SchemaNode | undefined, or: string) => list(n?.in ?? [], or);

function expected(n: SchemaNode | undefined, lang: MessageLanguage): string {
  if (!n) return '?';
  if (n.in) return values(n, lang === 'fr' ? 'ou' : 'or');
  if (n.alt) return n.alt.map((a) => expected(a, lang)).join(lang === 'fr' ? ', ou ' : ', or ');
  return TYPES[n.t]![lang];
}

function kind(value: unknown, lang: MessageLanguage): string {
  const t = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (t === 'null') return 'null';
  if (t === 'string' || t === 'number' || t === 'boolean') return quote(value);
  return TYPES[t]?.[lang] ?? t;
}

/** Edit distance, a swap of two neighbours counting as one edit ("tilte" → "title"): Damerau–Levenshtein (OSA). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i ? (j ? 0 : i) : j)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The known name closest to `wrong`, if one is close enough to be what was meant. */
export function closest(wrong: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const name of known) {
    const score = distance(wrong.toLowerCase(), name.toLowerCase());
    if (score < bestScore) [best, bestScore] = [name, score];
  }
  return best !== undefined && bestScore <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

const hint = (wrong: string, known: readonly string[], lang: MessageLanguage) => {
  const near = closest(wrong, known);
  if (near) return lang === 'fr' ? `vouliez-vous dire « ${near} » ?` : `did you mean "${near}"?`;
  return lang === 'fr' ? `clés connues : ${known.join(', ')}` : `known: ${known.join(', ')}`;
};

/** The message of a problem, without its path: `unknown key; did you mean "cookies"?`. */
export function describeProblem(problem: ConfigProblem, lang: MessageLanguage = 'en'): string {
  const message = MESSAGES[problem.code]?.[lang](problem, problem.arg) ?? problem.code;
  return lang === 'fr' ? frenchSpaces(message) : message;
}

/** `categories.analytics.cookie: unknown key; did you mean "cookies"?` */
export const formatProblem = (problem: ConfigProblem, lang: MessageLanguage = 'en'): string =>
  `${formatPath(problem.path) || '(root)'}: ${describeProblem(problem, lang)}`;

/** The problem codes this file explains (a test checks every reported code is among them). */
export const PROBLEM_CODES = Object.keys(MESSAGES);
