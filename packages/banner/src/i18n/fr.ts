/** Built-in French texts (the default language: CNIL, French first). */
export const fr = {
  bannerLabel: 'Cookies',
  title: 'Vos choix sur les cookies',
  description:
    "Avec votre accord, nous utilisons des cookies pour les finalités suivantes : {purposes}. Vous pouvez tout accepter, tout refuser ou choisir. Refuser n'a aucune conséquence sur votre navigation, et vous pouvez changer d'avis à tout moment avec le lien « Gérer mes cookies ».",
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  privacyPolicy: 'Politique de confidentialité',
  cookiePolicy: 'Politique de cookies',
  preferencesTitle: 'Paramètres des cookies',
  preferencesIntro:
    'Choisissez finalité par finalité. Tout est désactivé tant que vous ne l’activez pas ; les cookies strictement nécessaires ne peuvent pas être désactivés.',
  alwaysOn: 'Toujours actif',
  manage: 'Gérer mes cookies',
  gpcNotice:
    'Votre navigateur envoie le signal « Global Privacy Control » : nous le respectons, la publicité reste refusée même si vous acceptez tout.',
  placeholder: '{service} est un contenu tiers qui peut déposer des cookies ({purpose}). Il ne s’affiche qu’avec votre accord.',
  activate: 'Activer',
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
      title: "Mesure d'audience",
      description: 'Nous aident à savoir quelles pages sont consultées, pour améliorer le site.',
    },
    marketing: {
      title: 'Publicité et contenus tiers',
      description: 'Permettent à des partenaires de vous proposer des publicités ou d’afficher leurs contenus (vidéos, réseaux sociaux).',
    },
  } as Record<string, { title: string; description: string }>,
};

/** The shape every translation has. */
export type Translation = typeof fr;
