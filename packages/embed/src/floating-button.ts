/**
 * The floating button: once a decision exists, a small fixed button that reopens the preferences from every page
 * (GDPR art. 7(3); docs/compliance.md, rule 10). A few lines of DOM in the loader, so a returning visit shows it
 * without loading the UI chunk (Lit).
 *
 * It steps aside while an element of the page with `data-consent-open` is on screen (or about to scroll into view
 * from below): that link is then the way back, and the button never covers it (the footer's «Gérer mes cookies» on
 * a phone). Its target is 44 × 44 px around a
 * 32 px circle (WCAG 2.5.8 asks 24 px; 2.5.5 asks 44), its focus ring is 3 px (2.4.7), and system colours take over
 * in forced-colours mode. Styles go through a constructable stylesheet, which a strict CSP allows.
 */
import type { ConsentManager } from '@aquao/consent-core';

export interface FloatingButtonOptions {
  /** Bottom `left` (default, where the CNIL's example puts it) or bottom `right`. */
  readonly position?: 'left' | 'right';
  /** `light` or `dark` force a colour scheme; else it takes the page's declared one, as the banner does. */
  readonly theme?: string;
  /** Its accessible name, in the visitor's language. */
  readonly label: string;
  /** For the stylesheet's fallback in browsers without constructable stylesheets (the page's CSP nonce). */
  readonly nonce?: string;
  /** Opens the preferences; focus goes back to `opener` when they close. */
  open(opener: HTMLElement): void;
}

// The banner's colours and theme (docs/theming.md): light-dark() picks the page's scheme where browsers have it.
const CSS =
  ':host{--c:var(--aquao-consent-accent,#0b5cad);--b:var(--aquao-consent-background,#fff)}' +
  ':host([theme=light]){color-scheme:light}:host([theme=dark]){color-scheme:dark}' +
  '@supports (color:light-dark(#000,#fff)){:host{--c:var(--aquao-consent-accent,light-dark(#0b5cad,#7cb8ff));--b:var(--aquao-consent-background,light-dark(#fff,#1c1f24))}}' +
  'button{position:fixed;z-index:var(--aquao-consent-z-index,2147480000);bottom:8px;left:8px;width:44px;height:44px;padding:6px;border:0;background:none;cursor:pointer}' +
  '.right{left:auto;right:8px}' +
  'svg{display:block;box-sizing:border-box;width:32px;height:32px;padding:5px;border:2px solid var(--c);border-radius:50%;background:var(--b);fill:var(--c)}' +
  'button:focus{outline:0}button:focus-visible svg{outline:3px solid var(--aquao-consent-focus-color,var(--c));outline-offset:2px}' +
  '@media (forced-colors:active){svg{border-color:ButtonText;background:ButtonFace;fill:ButtonText}}';

/** A cookie, drawn with the DOM (markup strings would need Trusted Types). */
const icon = () => {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const path = document.createElementNS(ns, 'path');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  path.setAttribute(
    'd',
    'M21 12a9 9 0 1 1-9-9 3 3 0 0 0 4 4 3 3 0 0 0 5 5zM8 8.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm7 5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm-6 3a1 1 0 1 0 0 2 1 1 0 0 0 0-2z',
  );
  svg.append(path);
  return svg;
};

/**
 * Puts the button at the end of `document.body` (call once the body exists) and keeps it in step with the decision
 * and with the page's `data-consent-open` elements.
 * @returns the function to call when the page adds elements (it watches the new `data-consent-open` ones).
 */
export function startFloatingButton(manager: Pick<ConsentManager, 'hasDecision' | 'subscribe'>, options: FloatingButtonOptions): () => void {
  // `<aquao-consent-button>`: its own tag, so page styles cannot reach into it and `.focus()` on it focuses the button.
  const host = document.createElement('aquao-consent-button');
  if (options.theme) host.setAttribute('theme', options.theme);
  const root = host.attachShadow({ mode: 'open', delegatesFocus: true });
  if (root.adoptedStyleSheets) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    // Safari before 16.4: a style element, allowed by the page's nonce (as Lit does).
    root.append(Object.assign(document.createElement('style'), { nonce: options.nonce ?? '', textContent: CSS }));
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'floating-button');
  button.setAttribute('aria-label', options.label);
  button.title = options.label;
  if (options.position === 'right') button.className = 'right';
  button.append(icon());
  // As the components' buttons do: a page that opens its own panel cancels the event (docs/api.md, "Events").
  button.onclick = () =>
    button.dispatchEvent(new CustomEvent('aquao-consent-customize', { bubbles: true, composed: true, cancelable: true, detail: { opener: button } })) &&
    options.open(button);
  root.append(button);

  const onScreen = new Set<Element>();
  const update = () => {
    host.hidden = !manager.hasDecision() || onScreen.size > 0;
  };
  // This page's own viewport (in a frame too), grown by the button's height at the bottom: a link scrolling up into
  // view makes the button step aside before it reaches it.
  const observer = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) isIntersecting ? onScreen.add(target) : onScreen.delete(target);
      update();
    },
    { root: document, rootMargin: '0px 0px 64px' },
  );
  // Observing an element twice is a no-op: new ones are picked up, the others stay.
  const watch = () => document.querySelectorAll('[data-consent-open]').forEach((link) => observer.observe(link));
  manager.subscribe(update);
  update();
  document.body.append(host);
  watch();
  return watch;
}
