import type { Translation } from './fr.js';

/** Built-in English texts. */
export const en: Translation = {
  bannerLabel: 'Cookies',
  title: 'Your cookie choices',
  description:
    'With your consent, we use cookies for these purposes: {purposes}. You can accept all, reject all or choose. Rejecting has no effect on your browsing, and you can change your mind at any time with the “Manage cookies” link.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  save: 'Save my choices',
  close: 'Close',
  privacyPolicy: 'Privacy policy',
  cookiePolicy: 'Cookie policy',
  preferencesTitle: 'Cookie settings',
  preferencesIntro:
    'Choose purpose by purpose. Everything stays off until you switch it on; strictly necessary cookies cannot be switched off.',
  alwaysOn: 'Always on',
  manage: 'Manage cookies',
  gpcNotice: 'Your browser sends the Global Privacy Control signal: we honour it, so advertising stays refused even if you accept all.',
  placeholder: '{service} is third-party content that may set cookies ({purpose}). It only shows with your consent.',
  activate: 'Enable',
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
  },
};
