import type { CookieTableTexts } from './cookie-table.keys.js';

/** Texts of the generated cookie policy table, French first. Kept apart so the banner's bundle does not carry them. */
export const cookieTableTexts: Readonly<Record<string, CookieTableTexts>> = {
  fr: {
    name: 'Cookie',
    provider: 'Fournisseur',
    purpose: 'Finalité',
    duration: 'Durée',
    yourChoice: 'Votre choix :',
    granted: 'accepté',
    refused: 'refusé',
    undecided: 'pas encore de choix (refusé)',
    alwaysOn: 'toujours actif',
    noCookies: 'Aucun cookie déclaré.',
    thisSite: 'Ce site',
    consentPurpose: 'Mémorise vos choix de cookies (et rien d’autre) pour ne pas vous les redemander.',
    consentDuration: '{days} jours (environ {months} mois), puis la question vous est reposée',
    withdraw:
      'Vous pouvez modifier ou retirer votre consentement à tout moment, aussi facilement que vous l’avez donné : avec le bouton ci-dessous ou le lien « Gérer mes cookies » présent en bas de chaque page. Les cookies d’une finalité retirée sont alors supprimés.',
    change: 'Modifier mes choix',
  },
  en: {
    name: 'Cookie',
    provider: 'Provider',
    purpose: 'Purpose',
    duration: 'Duration',
    yourChoice: 'Your choice:',
    granted: 'accepted',
    refused: 'refused',
    undecided: 'no choice yet (refused)',
    alwaysOn: 'always on',
    noCookies: 'No cookie declared.',
    thisSite: 'This site',
    consentPurpose: 'Remembers your cookie choices (and nothing else) so you are not asked again.',
    consentDuration: '{days} days (about {months} months), then you are asked again',
    withdraw:
      'You can change or withdraw your consent at any time, as easily as you gave it: with the button below or the “Manage cookies” link at the bottom of every page. The cookies of a withdrawn purpose are then deleted.',
    change: 'Change my choices',
  },
};
