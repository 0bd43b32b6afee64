/**
 * Where focus goes when a decision removed the control that had it (the first layer's buttons, or the dialog's
 * opener «Personnaliser»), so a keyboard or screen-reader user is not left on `<body>` (WCAG 2.4.3 focus order;
 * docs/accessibility.md, "After a decision"):
 *
 * 1. `preferred`, when given and shown: the floating button, where the choice can be changed again;
 * 2. else the first `[data-consent-open]` control on screen (a floating button of the page, an on-screen
 *    «Gérer mes cookies» link): never one below the fold, which would scroll the page away;
 * 3. else the start of the main content (`<main>`), as a skip link does, without scrolling.
 */
const onScreen = (el: Element): boolean => {
  const { top, bottom, width } = el.getBoundingClientRect();
  return width > 0 && top >= 0 && bottom <= innerHeight;
};

export function focusAfterDecision(preferred?: HTMLElement | null): void {
  const control = [preferred, ...Array.from(document.querySelectorAll<HTMLElement>('[data-consent-open]'))].find((el) => el && onScreen(el));
  if (control) return control.focus();
  const main = document.querySelector<HTMLElement>('main, [role="main"]');
  if (!main) return;
  if (!main.hasAttribute('tabindex')) main.tabIndex = -1;
  main.focus({ preventScroll: true });
}
