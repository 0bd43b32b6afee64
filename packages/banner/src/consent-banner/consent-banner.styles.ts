import { css } from 'lit';

export const bannerStyles = css`
  /* Fixed, so it never pushes the page (no layout shift); the page gets scroll-padding instead (WCAG 2.4.11). At
     most 45 % of the screen's height (54 % on the narrowest phones, below), so the page stays visible behind it: its
     text scrolls inside (part body) and its three buttons never do. */
  [part='banner'] {
    position: fixed;
    /* Near the 32-bit maximum, above the page. Six significant digits: the build's CSS minifier (lightningcss)
       rounds longer numbers inside var(), and the built bundle must keep the documented default. */
    z-index: var(--aquao-consent-z-index, 2147480000);
    inset: auto 0 0 0;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    box-sizing: border-box;
    max-width: var(--aquao-consent-banner-max-width, 44rem);
    max-height: 45vh;
    margin: 0 auto;
    padding: 1.25em;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius) var(--_radius) 0 0;
    box-shadow: 0 -4px 24px rgb(0 0 0 / 0.18);
  }
  [part='body'] {
    min-height: 3em;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* Shadows that appear only where there is more to scroll to (backgrounds attached to the content vs the box). */
    background:
      linear-gradient(var(--_bg) 30%, transparent) top / 100% 1.5em no-repeat local,
      linear-gradient(transparent, var(--_bg) 70%) bottom / 100% 1.5em no-repeat local,
      radial-gradient(farthest-side at 50% 0, rgb(0 0 0 / 0.2), transparent) top / 100% 0.5em no-repeat scroll,
      radial-gradient(farthest-side at 50% 100%, rgb(0 0 0 / 0.2), transparent) bottom / 100% 0.5em no-repeat scroll;
  }
  [part='body'] > :last-child {
    margin-bottom: 0;
  }
  /* Equal cells: the three buttons have one width and one height whatever the layout (docs/compliance.md, rule 3). */
  [part='actions'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10em), 1fr));
    flex: none;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  [part='partners'] {
    margin: 0.5em 0 0;
    padding-left: 1.25em;
    font-size: 0.9375em;
  }
  [part='partners'] li {
    margin-bottom: 0.25em;
  }
  /* Phones: tighter, a smaller type, so more of the text shows above the buttons (WCAG 1.4.10 reflow). */
  @media (max-width: 30rem) {
    [part='banner'] {
      gap: 0.625em;
      padding: 0.875em;
      font-size: 0.9375rem;
    }
    h2 {
      font-size: 1.0625em;
    }
  }
  /* The narrowest phones (320 px) wrap the text most: a little more of the height for it, still under 55 %. */
  @media (max-width: 22rem) {
    [part='banner'] {
      max-height: 54vh;
    }
  }
  /* Very short screens (400 % zoom: 320 × 200 CSS px, a phone held sideways): a fixed box would hide the whole page,
     so the region joins the flow at the top of the page (it is the first element of <body>) and the page scrolls on
     below it; everything stays reachable (WCAG 1.4.10). */
  @media (max-height: 32rem) {
    [part='banner'] {
      position: relative;
      max-height: none;
      border-radius: 0;
      box-shadow: none;
    }
    [part='body'] {
      overflow: visible;
    }
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
