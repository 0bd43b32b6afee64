// Klaro 0.7, configured like the others: three purposes, one gated analytics script, French.
window.klaroConfig = {
  lang: 'fr',
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  privacyPolicy: '/confidentialite',
  translations: {
    fr: {
      purposes: { necessary: 'Strictement nécessaires', analytics: 'Mesure d’audience', marketing: 'Publicité' },
      consentNotice: { description: 'Avec votre accord, nous utilisons des cookies pour {purposes}. Refuser n’a aucune conséquence sur votre navigation.' },
    },
  },
  services: [
    { name: 'site', title: 'Ce site', purposes: ['necessary'], required: true },
    { name: 'analytics', title: 'Mesure d’audience', purposes: ['analytics'], cookies: ['_ga', /^_ga_/] },
    { name: 'ads', title: 'Publicité', purposes: ['marketing'] },
  ],
};
