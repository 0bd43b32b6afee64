// The page's own script, loaded beside aquao-consent.js: the docs' page scripts (docs/api.md, copied by the test into
// docs-examples/page-scripts/), then what the test reads. Typed by @aquao/consent-embed's declarations, without a
// cast: `window.aquaoConsent`, and each event's `detail` from `GlobalEventHandlersEventMap`.
import type { EmbedConfig } from '@aquao/consent-embed';
import './docs-functions';

import.meta.glob('../docs-examples/page-scripts/*.ts', { eager: true });

/** What the test reads: each `aquao-consent-change` heard, and each `onConsent` call that ran. */
const record: { changes: string[]; onConsent: string[] } = { changes: [], onConsent: [] };
Object.assign(window, { record });

document.addEventListener('aquao-consent-change', (event) => {
  const { source, granted, revoked } = event.detail.change;
  record.changes.push(`${source} +${granted.join(',')} -${revoked.join(',')} hasDecision=${event.detail.hasDecision}`);
});

document.addEventListener('aquao-consent-ready', (event) => {
  event.detail.onConsent('analytics', (state) => record.onConsent.push(`analytics, method ${state.method}`));
  // The same object as the global, typed the same.
  if (window.aquaoConsent !== event.detail) throw new Error('aquao-consent-ready: detail is not window.aquaoConsent');
});

// The types are the embed's, not `any`: each line below must be an error, or tsc fails on the unused directive.
export function typesAreNotAny(event: DocumentEventMap['aquao-consent-change']): EmbedConfig {
  // @ts-expect-error: no such method on window.aquaoConsent
  window.aquaoConsent?.onConsnt('analytics', () => {});
  // @ts-expect-error: a change has `revoked`, not `removed`
  void event.detail.change.removed;
  // @ts-expect-error: the config's key is `categories`
  const wrong: EmbedConfig = { categorie: {} };
  void wrong;
  // The getting-started's config, typed (an app that writes the element from code can check it so).
  return {
    controller: 'Actuelburo',
    categories: { analytics: { cookies: ['_ga', '_ga_*'] }, embeds: {} },
    privacyPolicyUrl: '/politique-de-confidentialite.html',
    cookiePolicyUrl: '/politique-de-cookies.html',
  };
}
