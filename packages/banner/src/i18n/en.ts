import type { Translation } from './fr.js';

/** Built-in English texts, in British spelling (docs/configuration.md, `texts`). */
export const en: Translation = {
  bannerLabel: 'Cookies',
  title: 'Your cookie choices',
  description:
    'With your consent, {controller} and its partners use cookies for: {purposes}. {consequence} You can change your mind at any time with “Manage cookies”.',
  consequence: 'Rejecting has no effect on your browsing.',
  consequenceEmbeds: 'If you reject, this content will not show: {embeds}; the rest of the site works normally.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customise',
  partners: 'See our partners ({count})',
  save: 'Save my choices',
  close: 'Close',
  privacyPolicy: 'Privacy policy',
  cookiePolicy: 'Cookie policy',
  preferencesTitle: 'Cookie settings',
  preferencesIntro:
    'Choose purpose by purpose. Everything stays off until you switch it on; strictly necessary cookies cannot be switched off.',
  alwaysOn: 'Always on',
  manage: 'Manage cookies',
  consentId: 'Your consent ID, to quote if you contact us:',
  lastDecision: 'Last choice on {date}.',
  gpcNotice: 'Your browser sends the Global Privacy Control signal, which we honour: “Accept all” therefore leaves out {purposes}.',
  placeholder: '{service} is third-party content that may set cookies ({purpose}). It only shows with your consent.',
  activate: 'Enable',
  saved: 'Your choices are saved.',
  savedGranted: 'Accepted: {purposes}.',
  savedRefused: 'Rejected: {purposes}.',
  savedPartial: 'Enabled: {services}. Your other choices are still to make.',
  reloadNotice: 'Your choices are saved. What already loaded stays active until the page reloads.',
  reload: 'Reload the page',
  categories: {
    necessary: {
      title: 'Strictly necessary',
      description: 'Needed for the site to work and to remember your choices. Never used for tracking.',
    },
    preferences: { title: 'Preferences', description: 'Remember your settings (language, display) so you need not redo them.' },
    analytics: { title: 'Analytics', description: 'Tell us which pages are visited, so we can improve the site.' },
    marketing: {
      title: 'Advertising and third-party content',
      description: 'Let partners show you ads or display their content (videos, social networks).',
    },
    embeds: {
      title: 'Embedded content',
      description: 'Show content hosted by third parties (videos, maps, social networks), which may set their own cookies.',
    },
  },
};
