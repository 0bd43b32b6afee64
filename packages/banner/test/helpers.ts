/**
 * The banner's test helpers (its one module; component tests import it as `../../test/helpers.js`): real input
 * through the browser, shadow-DOM lookups, and the banner + dialog pair most tests start from. Cookie helpers
 * (`wipeCookies`…) live in the core's `test/helpers.ts`, and are imported from there, never re-exported.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { createConsentManager, type ConsentConfig, type ConsentManager } from '@aquao/consent-core';
import type { AquaoConsentBanner, AquaoConsentPreferences } from '@aquao/consent-banner';

/** Clicks `element` with the real mouse (it must be visible and on top: a hidden or covered one fails the test). */
export async function realClick(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = element.getBoundingClientRect();
  if (!width || !height) throw new Error(`cannot click an invisible <${element.localName}>`);
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

export const press = (key: string) => sendKeys({ press: key });

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The element of `host`'s shadow root with this part name. */
export const part = (host: Element, name: string) => host.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** A config with services (who runs them and why), as most banner tests need. */
export const CONFIG: ConsentConfig = {
  categories: {
    analytics: {
      cookies: ['_ga'],
      services: [
        { id: 'matomo', name: 'Matomo', provider: 'InnoCraft', description: 'Mesure d’audience auto-hébergée' },
        { id: 'hotjar', name: 'Hotjar' },
      ],
    },
    marketing: {},
  },
};

/**
 * A page with a button, the banner and the dialog on one new manager, both with policy links, as the embed mounts
 * them. The test defines the tags (it imports the entry it tests); this module imports types only.
 */
export async function mountBannerAndPanel(
  config = CONFIG,
  language?: string,
): Promise<{ manager: ConsentManager; banner: AquaoConsentBanner; panel: AquaoConsentPreferences }> {
  const manager = createConsentManager(config);
  const root = await fixture<HTMLElement>(html`<div>
    <button id="outside">Outside</button>
    <aquao-consent-banner .manager=${manager} .language=${language} floating-button
      privacy-policy-url="/politique-de-confidentialite.html" cookie-policy-url="/politique-de-cookies.html"></aquao-consent-banner>
    <aquao-consent-preferences .manager=${manager} .language=${language}
      privacy-policy-url="/politique-de-confidentialite.html" cookie-policy-url="/politique-de-cookies.html"></aquao-consent-preferences>
  </div>`);
  const banner = root.querySelector('aquao-consent-banner')!;
  await banner.updateComplete;
  return { manager, banner, panel: root.querySelector('aquao-consent-preferences')! };
}
