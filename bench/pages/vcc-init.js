// vanilla-cookieconsent 3.1, configured like the others: three categories, French texts.
// hideFromBots is turned off: by default it hides the banner from automated browsers (navigator.webdriver).
CookieConsent.run({
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
  language: {
    default: 'fr',
    translations: {
      fr: {
        consentModal: {
          title: 'Vos choix sur les cookies',
          description: 'Avec votre accord, nous utilisons des cookies pour la mesure d’audience et la publicité. Refuser n’a aucune conséquence sur votre navigation.',
          acceptAllBtn: 'Tout accepter',
          acceptNecessaryBtn: 'Tout refuser',
          showPreferencesBtn: 'Personnaliser',
          footer: '<a href="/confidentialite">Politique de confidentialité</a> <a href="/cookies">Politique de cookies</a>',
        },
        preferencesModal: {
          title: 'Paramètres des cookies',
          acceptAllBtn: 'Tout accepter',
          acceptNecessaryBtn: 'Tout refuser',
          savePreferencesBtn: 'Enregistrer mes choix',
          closeIconLabel: 'Fermer',
          sections: [
            { title: 'Strictement nécessaires', description: 'Indispensables au fonctionnement du site.', linkedCategory: 'necessary' },
            { title: 'Mesure d’audience', description: 'Quelles pages sont consultées.', linkedCategory: 'analytics' },
            { title: 'Publicité', description: 'Publicités et contenus tiers.', linkedCategory: 'marketing' },
          ],
        },
      },
    },
  },
});
