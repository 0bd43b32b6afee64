/** The reports' words, French first (the first customer's language), English second. */
import type { Classification, Kind, Verdict, Warning } from '../classify.js';
import type { Phase } from '../observe.js';

export interface ReportStrings {
  readonly lang: 'fr' | 'en';
  readonly locale: string;
  readonly title: (host: string) => string;
  readonly phase: Record<Phase, string>;
  /** One word per phase, for the progress line. */
  readonly phaseShort: Record<Phase, string>;
  readonly kind: Record<Kind, string>;
  /** Names of the usual category ids; any other id is shown as it is. */
  readonly category: Readonly<Record<string, string>>;
  readonly verdict: Record<Verdict, string>;
  readonly verdictPlural: Record<Exclude<Verdict, 'ok'>, string>;
  readonly classification: Record<Classification, string>;
  readonly warning: Record<Warning, string>;
  readonly banner: string;
  /** «Bannière : …» in French, "Banner: …" in English. */
  readonly colon: string;
  readonly quote: (text: string) => string;
  readonly noBanner: string;
  readonly pageError: string;
  /** After a phase's name: it did not finish (a reload failed, a timeout), so it says nothing. */
  readonly phaseError: string;
  readonly compliant: string;
  readonly notCompliant: (violations: number) => string;
  readonly scanned: (pages: number, seconds: string) => string;
  readonly configSource: Record<'given' | 'page' | 'none', string>;
  readonly columns: { item: string; kind: string; tool: string; when: string; pages: string; lifetime: string; verdict: string; note: string };
  readonly sections: {
    violations: string;
    violationsWhy: string;
    undeclared: string;
    undeclaredWhy: string;
    snippetAll: string;
    snippetHow: string;
    unknownCategory: string;
    stale: string;
    staleWhy: string;
    warnings: string;
    otherRequests: string;
    otherRequestsWhy: string;
    perPage: string;
    method: string;
    methodText: (browser: string) => string;
    none: string;
  };
  readonly summaryLabels: { violations: string; undeclared: string; stale: string; pagesWithoutBanner: string; pagesFailed: string };
  readonly pageCount: (n: number) => string;
  readonly upTo: (n: number) => string;
  readonly unknown: string;
  readonly generated: (date: string, version: string) => string;
}

export const fr: ReportStrings = {
  lang: 'fr',
  locale: 'fr-FR',
  title: (host) => `Audit des cookies de ${host}`,
  phase: { before: 'Avant tout choix', reject: 'Après un refus', accept: 'Après acceptation' },
  phaseShort: { before: 'avant', reject: 'refus', accept: 'accord' },
  kind: { cookie: 'cookie', storage: 'stockage local', request: 'appel à un autre site' },
  category: { necessary: 'nécessaire', analytics: 'mesure d’audience', marketing: 'publicité', embeds: 'contenus intégrés', preferences: 'préférences' },
  verdict: { violation: 'infraction', undeclared: 'non déclaré', stale: 'jamais vu', ok: 'conforme' },
  verdictPlural: { violation: 'infractions', undeclared: 'non déclarés', stale: 'déclarés jamais vus' },
  classification: { declared: 'déclaré dans la config', known: 'outil connu', unknown: 'inconnu' },
  warning: {
    'lifetime-over-13-months': 'durée de vie de plus de 13 mois (plafond recommandé par la CNIL)',
    'consent-cookie-outlives-choice': 'le cookie de consentement dure plus longtemps que le choix (maxAgeDays)',
    'consent-cookie-before-choice': 'cookie de consentement écrit avant tout choix',
  },
  banner: 'Bannière',
  colon: '\u00a0: ',
  quote: (text) => `«\u00a0${text}\u00a0»`,
  noBanner: 'aucune bannière de cookies trouvée sur cette page',
  pageError: 'page impossible à analyser',
  phaseError: 'impossible à analyser',
  compliant: 'Conforme : rien n’est déposé ni envoyé avant le choix du visiteur, ni après un refus.',
  notCompliant: (n) =>
    `Non conforme : ${n} élément${n > 1 ? 's' : ''} déposé${n > 1 ? 's' : ''} ou envoyé${n > 1 ? 's' : ''} sans consentement.`,
  scanned: (pages, seconds) => `${pages} page${pages > 1 ? 's' : ''} analysée${pages > 1 ? 's' : ''} en ${seconds} s`,
  configSource: {
    given: 'comparé à la config fournie',
    page: 'comparé à la config trouvée dans la page (#aquao-consent-config)',
    none: 'sans config : seules les infractions sont vérifiées',
  },
  columns: { item: 'Élément', kind: 'Type', tool: 'Outil ou finalité', when: 'Quand', pages: 'Pages', lifetime: 'Durée', verdict: 'Verdict', note: 'À vérifier' },
  sections: {
    violations: 'Infractions',
    violationsWhy:
      'Ces cookies, stockages ou appels à des traceurs ont eu lieu avant que le visiteur ait choisi, ou malgré son refus. La CNIL sanctionne exactement cela (Amazon 2020, Shein 2025). À corriger en priorité : le développeur doit soumettre l’outil au consentement.',
    undeclared: 'Non déclarés',
    undeclaredWhy:
      'Vus après acceptation, mais absents de la config : ils ne figurent pas dans la politique de cookies et ne sont pas effacés quand le visiteur retire son consentement.',
    snippetAll: 'Tout déclarer d’un coup',
    snippetHow: 'À fusionner dans « categories » de la config, puis à relire (fournisseur, durée, description).',
    unknownCategory: 'Remplacez « ? » par la finalité : analytics (mesure d’audience), marketing (publicité), embeds (contenus intégrés) ou preferences.',
    stale: 'Déclarés mais jamais vus',
    staleWhy: 'La config les annonce, aucune page analysée ne les a déposés : l’outil a peut-être été retiré, ou il n’agit que sur d’autres pages.',
    warnings: 'Points d’attention',
    otherRequests: 'Autres sites appelés après acceptation',
    otherRequestsWhy: 'Des sites que l’analyse ne sait pas nommer : vérifiez de quel outil il s’agit.',
    perPage: 'Page par page',
    method: 'Méthode',
    methodText: (browser) =>
      `Chaque page est ouverte trois fois dans ${browser}, à chaque fois comme un nouveau visiteur (sans cookie) : sans rien cliquer (chargement, défilement, attente), puis en cliquant sur « Tout refuser », puis sur « Tout accepter », et en rechargeant la page après le clic. Sont relevés les cookies, les clés de stockage local et les appels à d’autres sites ; jamais leurs valeurs.`,
    none: 'Aucun.',
  },
  summaryLabels: {
    violations: 'Infractions',
    undeclared: 'Non déclarés',
    stale: 'Déclarés jamais vus',
    pagesWithoutBanner: 'Pages sans bannière',
    pagesFailed: 'Pages en erreur',
  },
  pageCount: (n) => `${n} page${n > 1 ? 's' : ''}`,
  upTo: (n) => `${n} page${n > 1 ? 's' : ''} au plus`,
  unknown: 'inconnu',
  generated: (date, version) => `Rapport généré le ${date} par aquao-consent-scan ${version}.`,
};

export const en: ReportStrings = {
  lang: 'en',
  locale: 'en-GB',
  title: (host) => `Cookie audit of ${host}`,
  phase: { before: 'Before any choice', reject: 'After a refusal', accept: 'After consent' },
  phaseShort: { before: 'before', reject: 'reject', accept: 'accept' },
  kind: { cookie: 'cookie', storage: 'local storage', request: 'call to another site' },
  category: { necessary: 'necessary', analytics: 'audience measurement', marketing: 'advertising', embeds: 'embedded content', preferences: 'preferences' },
  verdict: { violation: 'violation', undeclared: 'undeclared', stale: 'never seen', ok: 'compliant' },
  verdictPlural: { violation: 'violations', undeclared: 'undeclared', stale: 'declared, never seen' },
  classification: { declared: 'declared in the config', known: 'known tool', unknown: 'unknown' },
  warning: {
    'lifetime-over-13-months': 'lives longer than 13 months (the CNIL’s recommended cap)',
    'consent-cookie-outlives-choice': 'the consent cookie outlives the choice (maxAgeDays)',
    'consent-cookie-before-choice': 'consent cookie written before any choice',
  },
  banner: 'Banner',
  colon: ': ',
  quote: (text) => `“${text}”`,
  noBanner: 'no cookie banner found on this page',
  pageError: 'page could not be scanned',
  phaseError: 'could not be scanned',
  compliant: 'Compliant: nothing is stored or sent before the visitor chooses, nor after a refusal.',
  notCompliant: (n) => `Not compliant: ${n} item${n > 1 ? 's' : ''} stored or sent without consent.`,
  scanned: (pages, seconds) => `${pages} page${pages > 1 ? 's' : ''} scanned in ${seconds} s`,
  configSource: {
    given: 'checked against the given config',
    page: 'checked against the config found in the page (#aquao-consent-config)',
    none: 'no config: only violations are checked',
  },
  columns: { item: 'Item', kind: 'Kind', tool: 'Tool or purpose', when: 'When', pages: 'Pages', lifetime: 'Lifetime', verdict: 'Verdict', note: 'To check' },
  sections: {
    violations: 'Violations',
    violationsWhy:
      'These cookies, storage keys or tracker calls happened before the visitor chose, or despite a refusal. This is exactly what the CNIL fines (Amazon 2020, Shein 2025). Fix these first: the developer must put the tool behind consent.',
    undeclared: 'Undeclared',
    undeclaredWhy:
      'Seen after consent but missing from the config: they are not in the cookie policy, and they are not deleted when a visitor withdraws consent.',
    snippetAll: 'Declare everything at once',
    snippetHow: 'Merge into the config’s "categories", then review (provider, lifetime, description).',
    unknownCategory: 'Replace "?" with the purpose: analytics (audience measurement), marketing (advertising), embeds (embedded content) or preferences.',
    stale: 'Declared, never seen',
    staleWhy: 'The config lists them, but no scanned page set them: the tool may have been removed, or it only acts on other pages.',
    warnings: 'Points to check',
    otherRequests: 'Other sites called after consent',
    otherRequestsWhy: 'Sites the scan cannot name: check which tool they belong to.',
    perPage: 'Page by page',
    method: 'Method',
    methodText: (browser) =>
      `Each page is opened three times in ${browser}, each time as a new visitor (no cookies): without clicking anything (load, scroll, wait), then clicking "Reject all", then "Accept all", reloading the page after the click. Cookies, local storage keys and calls to other sites are recorded; never their values.`,
    none: 'None.',
  },
  summaryLabels: {
    violations: 'Violations',
    undeclared: 'Undeclared',
    stale: 'Declared, never seen',
    pagesWithoutBanner: 'Pages without a banner',
    pagesFailed: 'Pages with errors',
  },
  pageCount: (n) => `${n} page${n > 1 ? 's' : ''}`,
  upTo: (n) => `up to ${n} page${n > 1 ? 's' : ''}`,
  unknown: 'unknown',
  generated: (date, version) => `Report generated on ${date} by aquao-consent-scan ${version}.`,
};

export const STRINGS = { fr, en } as const;
export type ReportLanguage = keyof typeof STRINGS;
