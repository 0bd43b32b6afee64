/**
 * Shows the page as a visitor whose system is set to light or dark would see it. A page cannot set
 * `prefers-color-scheme` for itself, and an iframe follows the browser's, so the rules written for it are switched
 * on or off in place: every stylesheet of the document and of each shadow root (the components' constructable
 * stylesheets among them, through the CSSOM: nothing inline, the CSP holds), as the components appear.
 */

const DARK = /\(\s*prefers-color-scheme\s*:\s*dark\s*\)/g;
const LIGHT = /\(\s*prefers-color-scheme\s*:\s*light\s*\)/g;
/** Media features that always and never match. */
const ALWAYS = '(min-width: 0px)';
const NEVER = '(max-width: -1px)';

function rewrite(rules: CSSRuleList, dark: boolean): void {
  for (const rule of Array.from(rules)) {
    // By shape, not `instanceof`: a rule may come from another realm (a frame's document).
    const { media } = rule as Partial<CSSMediaRule>;
    if (media && /prefers-color-scheme/.test(media.mediaText)) {
      media.mediaText = media.mediaText.replace(DARK, dark ? ALWAYS : NEVER).replace(LIGHT, dark ? NEVER : ALWAYS);
    }
    if ('cssRules' in rule) rewrite((rule as CSSGroupingRule).cssRules, dark);
  }
}

/** Switches the colour-scheme rules of every stylesheet under `root` once, and watches for new shadow roots. */
export function emulateColorScheme(scheme: 'light' | 'dark', root: Document = document): void {
  const done = new WeakSet<CSSStyleSheet>();
  const watched = new WeakSet<Node>();
  const dark = scheme === 'dark';
  const observer = new MutationObserver(() => scan(root));
  const sheetsOf = (node: Document | ShadowRoot) => [...Array.from(node.styleSheets), ...node.adoptedStyleSheets];
  function scan(node: Document | ShadowRoot): void {
    if (!watched.has(node)) {
      watched.add(node);
      observer.observe(node, { childList: true, subtree: true });
    }
    for (const sheet of sheetsOf(node)) {
      if (done.has(sheet)) continue;
      done.add(sheet);
      try {
        rewrite(sheet.cssRules, dark);
      } catch {
        // A cross-origin stylesheet cannot be read: the page has none, and it would keep the browser's scheme.
      }
    }
    for (const element of Array.from(node.querySelectorAll('*'))) if (element.shadowRoot) scan(element.shadowRoot);
  }
  root.documentElement.style.colorScheme = scheme;
  scan(root);
}
