/**
 * Tokens and controls shared by the banner and the dialog. Every value is a `--aquao-consent-*` custom property
 * with its default inline, so no theme stylesheet is needed. Constructable stylesheets: nothing inline (strict CSP).
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    /* Contrast ≥ 4.5:1 for every text on its background in both schemes (WCAG 1.4.3), ≥ 3:1 for borders and
       focus (1.4.11). A media query rather than light-dark(), which browsers before 2024 would turn into a
       transparent banner. */
    --_bg: var(--aquao-consent-background, #fff);
    --_fg: var(--aquao-consent-color, #1f2328);
    --_muted: var(--aquao-consent-muted-color, #4d5560);
    --_accent: var(--aquao-consent-accent, #0b5cad);
    --_border: var(--aquao-consent-border-color, #8c959f);
    --_radius: var(--aquao-consent-radius, 8px);
    font: var(--aquao-consent-font, 1rem/1.5 system-ui, sans-serif);
    color: var(--_fg);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      color-scheme: dark;
      --_bg: var(--aquao-consent-background, #1c1f24);
      --_fg: var(--aquao-consent-color, #f0f3f6);
      --_muted: var(--aquao-consent-muted-color, #c4cad1);
      --_accent: var(--aquao-consent-accent, #7cb8ff);
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
`;
