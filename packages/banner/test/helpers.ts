/**
 * The banner's test helpers (its one module; component tests import it as `../../test/helpers.js`): real input
 * through the browser, shadow-DOM lookups, and the banner + dialog pair most tests start from. Cookie helpers
 * (`wipeCookies`…) live in the core's `test/helpers.ts`, and are imported from there, never re-exported.
 */
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
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

/**
 * Emulates CSS media features through Chromium's DevTools protocol (web-test-runner.config.mjs), `forced-colors`
 * among them, which @web/test-runner-commands' `emulateMedia` cannot set with puppeteer. Replaces every feature
 * emulated before: pass `[]` to stop.
 */
export const emulateMediaFeatures = (features: Array<{ name: string; value: string }>) => executeServerCommand('emulate-media-features', features);

/**
 * The share of pixels (0 to 1) that clearly differ between two screenshots of the same size: by more than 96 in a
 * colour channel. A state a visitor must tell apart changes a good part of the control, not a tint of its border.
 */
export async function clearlyDiffering(a: string, b: string): Promise<number> {
  const [x, y] = await Promise.all(
    [a, b].map(async (png) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height).data;
    }),
  );
  if (x!.length !== y!.length) return 1;
  let differing = 0;
  for (let i = 0; i < x!.length; i += 4) {
    if ([0, 1, 2].some((c) => Math.abs(x![i + c]! - y![i + c]!) > 96)) differing++;
  }
  return differing / (x!.length / 4);
}

/**
 * The words of `root`'s text that the layout breaks across two lines (a squeezed box wrapping letter by letter):
 * each word's range must lie on a single line.
 */
export function brokenWords(root: Node): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // A compound may break after its hyphen («ci-dessous»), as typography allows: its parts are the words.
    for (const match of node.textContent!.matchAll(/[^\s\u00a0\u202f-]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

/** A PNG of `element`'s box as the screen shows it, base64. */
export async function screenshot(element: Element): Promise<string> {
  const { x, y, width, height } = element.getBoundingClientRect();
  return executeServerCommand('screenshot-clip', { x, y, width, height, scale: 1 }) as Promise<string>;
}

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
    <aquao-consent-banner .manager=${manager} .language=${language}
      privacy-policy-url="/politique-de-confidentialite.html" cookie-policy-url="/politique-de-cookies.html"></aquao-consent-banner>
    <aquao-consent-preferences .manager=${manager} .language=${language}
      privacy-policy-url="/politique-de-confidentialite.html" cookie-policy-url="/politique-de-cookies.html"></aquao-consent-preferences>
  </div>`);
  const banner = root.querySelector('aquao-consent-banner')!;
  await banner.updateComplete;
  return { manager, banner, panel: root.querySelector('aquao-consent-preferences')! };
}
