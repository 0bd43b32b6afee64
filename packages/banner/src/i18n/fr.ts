/**
 * Built-in French texts (the default language: CNIL, French first). French typography throughout (Imprimerie
 * nationale, Lexique des règles typographiques): a no-break space (U+00A0) before « : » and inside « », a narrow
 * one (U+202F) before ; ! ?, curly apostrophes. A test checks every string (built-in-texts.test.ts).
 */
export const fr = {
  bannerLabel: 'Cookies',
  title: 'Vos choix sur les cookies',
  description:
    'Avec votre accord, {controller} et ses partenaires utilisent des cookies pour\u00a0: {purposes}. {consequence} Vous pouvez changer d’avis à tout moment avec «\u00a0Gérer mes cookies\u00a0».',
  consequence: 'Refuser n’a aucune conséquence sur votre navigation.',
  consequenceEmbeds: 'Si vous refusez, ces contenus ne s’afficheront pas\u00a0: {embeds}\u202f; le reste du site fonctionne normalement.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  partners: 'Voir nos partenaires ({count})',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  privacyPolicy: 'Politique de confidentialité',
  cookiePolicy: 'Politique de cookies',
  preferencesTitle: 'Paramètres des cookies',
  preferencesIntro:
    'Choisissez finalité par finalité. Tout est désactivé tant que vous ne l’activez pas\u202f; les cookies strictement nécessaires ne peuvent pas être désactivés.',
  alwaysOn: 'Toujours actifs',
  manage: 'Gérer mes cookies',
  consentId: 'Identifiant de votre consentement, à nous indiquer pour toute question\u00a0:',
  lastDecision: 'Dernier choix le {date}.',
  gpcNotice:
    'Votre navigateur envoie le signal «\u00a0Global Privacy Control\u00a0», que nous respectons\u00a0: «\u00a0Tout accepter\u00a0» n’active donc pas {purposes}.',
  placeholder: '{service} est un contenu tiers qui peut déposer des cookies ({purpose}). Il ne s’affiche qu’avec votre accord.',
  activate: 'Activer',
  saved: 'Vos choix sont enregistrés.',
  savedGranted: 'Accepté\u00a0: {purposes}.',
  savedRefused: 'Refusé\u00a0: {purposes}.',
  savedPartial: 'Activé\u00a0: {services}. Vos autres choix restent à faire.',
  reloadNotice: 'Vos choix sont enregistrés. Ce qui était déjà chargé reste actif jusqu’au rechargement de la page.',
  reload: 'Recharger la page',
  categories: {
    necessary: {
      title: 'Strictement nécessaires',
      description: 'Indispensables au fonctionnement du site et à la mémorisation de vos choix. Ils ne servent pas au suivi.',
    },
    preferences: {
      title: 'Préférences',
      description: 'Mémorisent vos réglages (langue, affichage) pour vous éviter de les refaire.',
    },
    analytics: {
      title: 'Mesure d’audience',
      description: 'Nous aident à savoir quelles pages sont consultées, pour améliorer le site.',
    },
    marketing: {
      title: 'Publicité et contenus tiers',
      description: 'Permettent à des partenaires de vous proposer des publicités ou d’afficher leurs contenus (vidéos, réseaux sociaux).',
    },
    embeds: {
      title: 'Contenus intégrés',
      description: 'Affichent des contenus hébergés par des tiers (vidéos, cartes, réseaux sociaux), qui peuvent déposer leurs propres cookies.',
    },
  } as Record<string, { title: string; description: string }>,
};

/** The shape every translation has. */
export type Translation = typeof fr;
