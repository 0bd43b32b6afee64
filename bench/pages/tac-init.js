// tarteaucitron 1.34, configured like the others: a deny-all and an accept-all button, French, one gated analytics
// service (its way of gating a script), plus a marketing one, so there are three categories with "mandatory".
tarteaucitron.init({
  privacyUrl: '/confidentialite',
  orientation: 'bottom',
  showAlertSmall: false,
  cookieslist: false,
  showIcon: false,
  DenyAllCta: true,
  AcceptAllCta: true,
  highPrivacy: true,
  handleBrowserDNTRequest: false,
  mandatory: true,
  useExternalCss: false,
});
tarteaucitron.services.benchanalytics = {
  key: 'benchanalytics', type: 'analytic', name: 'Mesure d’audience', uri: '/confidentialite', needConsent: true, cookies: ['_ga'],
  js: () => tarteaucitron.addScript('/analytics.js'),
};
tarteaucitron.services.benchads = {
  key: 'benchads', type: 'ads', name: 'Publicité', uri: '/confidentialite', needConsent: true, cookies: [], js: () => {},
};
(tarteaucitron.job = tarteaucitron.job || []).push('benchanalytics', 'benchads');
