import { css } from 'lit';

export const bannerStyles = css`
  /* Fixed, so it never pushes the page (no layout shift); the page gets scroll-padding instead (WCAG 2.4.11). */
  [part='banner'] {
    position: fixed;
    /* Near the 32-bit maximum, above the page. Six significant digits: the build's CSS minifier (lightningcss)
       rounds longer numbers inside var(), and the built bundle must keep the documented default. */
    z-index: var(--aquao-consent-z-index, 2147480000);
    inset: auto 0 0 0;
    box-sizing: border-box;
    max-width: var(--aquao-consent-banner-max-width, 44rem);
    max-height: 100vh;
    overflow: auto;
    margin: 0 auto;
    padding: 1.25em;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius) var(--_radius) 0 0;
    box-shadow: 0 -4px 24px rgb(0 0 0 / 0.18);
  }
  /* Reflow at 320 CSS px (WCAG 1.4.10): tighter, buttons stacked full width, all still on screen. */
  @media (max-width: 30rem) {
    [part='banner'] {
      padding: 1em;
      font-size: 0.9375rem;
    }
    h2 {
      font-size: 1.0625em;
    }
  }
  [part='floating-button'] {
    position: fixed;
    z-index: var(--aquao-consent-z-index, 2147480000);
    left: 1rem;
    bottom: 1rem;
    width: 44px;
    height: 44px;
    padding: 8px;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
  }
  [part='reload-notice'] {
    position: fixed;
    z-index: var(--aquao-consent-z-index, 2147480000);
    left: 1rem;
    bottom: 4.5rem;
    box-sizing: border-box;
    max-width: min(24rem, 100vw - 2rem);
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 4px 24px rgb(0 0 0 / 0.18);
  }
  [part='reload-notice'] .button {
    margin: 0.25em 0.5em 0 0;
  }
  svg {
    display: block;
    width: 100%;
    height: 100%;
    fill: currentColor;
  }
`;
