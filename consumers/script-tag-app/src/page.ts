// The page's own script, loaded beside aquao-consent.js: the docs' page scripts (docs/api.md, copied by the test into
// docs-examples/page-scripts/), then what the test reads. Typed by @aquao/consent-embed's declarations, without a
// cast: `window.aquaoConsent`, and each event's `detail` from `GlobalEventHandlersEventMap`.
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
