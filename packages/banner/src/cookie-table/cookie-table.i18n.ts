import type { CookieTableTexts } from './cookie-table.keys.js';

/**
 * Texts of the generated cookie policy table, French first (with French typography, as fr.ts), English in British
 * spelling. Kept apart so the banner's bundle does not carry them.
 */
export const cookieTableTexts: Readonly<Record<string, CookieTableTexts>> = {
  fr: {
    name: 'Nom',
    provider: 'Fournisseur',
    purpose: 'Finalité',
    duration: 'Durée',
    type: 'Type',
    typeCookie: 'cookie',
    typeStorage: 'stockage du navigateur',
    yourChoice: 'Votre choix\u00a0:',
    granted: 'accepté',
    refused: 'refusé',
    undecided: 'pas encore de choix (refusé)',
    alwaysOn: 'toujours actifs',
    noCookies: 'Aucun cookie ni stockage déclaré.',
    services: 'Services et partenaires\u00a0:',
    serviceNoCookies: 'aucun cookie ni stockage propre déclaré',
    providerPrivacy: 'politique de confidentialité',
    thisSite: 'Ce site',
    consentPurpose: 'Mémorise vos choix de cookies (et rien d’autre) pour ne pas vous les redemander.',
    consentDuration: '{days}\u00a0jours (environ {months}\u00a0mois), puis la question vous est reposée',
    withdraw:
      'Vous pouvez modifier ou retirer votre consentement à tout moment, aussi facilement que vous l’avez donné\u00a0: avec le bouton ci-dessous ou le lien «\u00a0Gérer mes cookies\u00a0» présent en bas de chaque page. Les cookies et le stockage d’une finalité retirée sont alors supprimés.',
    change: 'Modifier mes choix',
  },
  en: {
    name: 'Name',
    provider: 'Provider',
    purpose: 'Purpose',
    duration: 'Duration',
    type: 'Type',
    typeCookie: 'cookie',
    typeStorage: 'browser storage',
    yourChoice: 'Your choice:',
    granted: 'accepted',
    refused: 'rejected',
    undecided: 'no choice yet (rejected)',
    alwaysOn: 'always on',
    noCookies: 'No cookie or storage declared.',
    services: 'Services and partners:',
    serviceNoCookies: 'no cookie or storage of its own declared',
    providerPrivacy: 'privacy policy',
    thisSite: 'This site',
    consentPurpose: 'Remembers your cookie choices (and nothing else) so you are not asked again.',
    consentDuration: '{days} days (about {months} months), then you are asked again',
    withdraw:
      'You can change or withdraw your consent at any time, as easily as you gave it: with the button below or the “Manage cookies” link at the bottom of every page. The cookies and browser storage of a withdrawn purpose are then deleted.',
    change: 'Change my choices',
  },
};
