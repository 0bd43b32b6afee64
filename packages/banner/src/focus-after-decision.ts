/**
 * Where focus goes when a decision removed the control that had it (the first layer's buttons, or the dialog's
 * opener «Personnaliser»), so a keyboard or screen-reader user is not left on `<body>` (WCAG 2.4.3 focus order;
 * docs/accessibility.md, "After a decision"):
 *
 * 1. `preferred`, when given and shown, else the loader's floating button (`<aquao-consent-button>`): where the
 *    choice can be changed again;
 * 2. else the first `[data-consent-open]` control on screen (an on-screen «Gérer mes cookies» link): never one below
 *    the fold, which would scroll the page away;
 * 3. else the start of the main content (`<main>`), as a skip link does, without scrolling.
 */
const onScreen = (el: Element): boolean => {
  // A host whose button lives in its shadow root (`<aquao-consent-button>`, the loader's floating button) is measured
  // by that button: the host itself has no box.
  const { top, bottom, width } = (el.shadowRoot?.querySelector('button') ?? el).getBoundingClientRect();
  return width > 0 && top >= 0 && bottom <= innerHeight;
};

export function focusAfterDecision(preferred?: HTMLElement | null): void {
  const candidates = document.querySelectorAll<HTMLElement>('aquao-consent-button, [data-consent-open]');
  const control = [preferred, ...Array.from(candidates)].find((el) => el && onScreen(el));
  if (control) return control.focus();
  const main = document.querySelector<HTMLElement>('main, [role="main"]');
  if (!main) return;
  if (!main.hasAttribute('tabindex')) main.tabIndex = -1;
  main.focus({ preventScroll: true });
}
