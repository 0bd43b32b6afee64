/**
 * Tokens and controls shared by the banner and the dialog. Every value is a `--aquao-consent-*` custom property
 * with its default inline, so no theme stylesheet is needed. Constructable stylesheets: nothing inline (strict CSP).
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    /* Contrast ≥ 4.5:1 for every text on its background in both schemes (WCAG 1.4.3), ≥ 3:1 for borders and
       focus (1.4.11). Light, unless the browser has light-dark() (below). */
    --_bg: var(--aquao-consent-background, #fff);
    --_fg: var(--aquao-consent-color, #1f2328);
    --_muted: var(--aquao-consent-muted-color, #4d5560);
    --_accent: var(--aquao-consent-accent, #0b5cad);
    --_border: var(--aquao-consent-border-color, #8c959f);
    --_radius: var(--aquao-consent-radius, 8px);
    font: var(--aquao-consent-font, 1rem/1.5 system-ui, sans-serif);
    color: var(--_fg);
  }
  /* The theme (docs/theming.md): color-scheme is inherited, so by default (theme "auto") the components take the
     scheme the page declares (<meta name="color-scheme">, :root { color-scheme }): a page that declares only light,
     or nothing, stays light; one that declares "light dark" follows the visitor. light-dark() picks the colour of
     the scheme in use. Inside @supports: a browser without light-dark() (before 2024) keeps the light colours
     rather than dropping the whole declaration, which would make the banner transparent. */
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_bg: var(--aquao-consent-background, light-dark(#fff, #1c1f24));
      --_fg: var(--aquao-consent-color, light-dark(#1f2328, #f0f3f6));
      --_muted: var(--aquao-consent-muted-color, light-dark(#4d5560, #c4cad1));
      --_accent: var(--aquao-consent-accent, light-dark(#0b5cad, #7cb8ff));
    }
  }
  h2 {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    line-height: 1.3;
  }
  p {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--_accent);
  }
  [part='links'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* Accept, reject and customize look exactly alike: «au même niveau et sur le même format» (CNIL recommandation 2020-092; docs/compliance.md, rule 3). */
  .button {
    flex: 1 1 10em;
    min-height: 44px; /* well over the 24 px minimum of WCAG 2.5.8 */
    /* A word too long for the button wraps rather than being cut (WCAG 1.4.10, 1.4.12). */
    overflow-wrap: break-word;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--aquao-consent-button-background, transparent);
    color: var(--aquao-consent-button-color, var(--_fg));
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    text-decoration: underline;
  }
  /* Visible focus at 3:1 against both the control and the page (WCAG 2.4.7, 1.4.11). */
  :focus-visible {
    outline: 3px solid var(--aquao-consent-focus-color, var(--_accent));
    outline-offset: 2px;
  }
  /* Forced colours (Windows high contrast): the system's own colours, and focus in its highlight colour. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  /* Read by screen readers, not shown (the live region). */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
