import { css } from 'lit';

export const placeholderStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
  }
  [part='placeholder'] {
    display: grid;
    align-content: center;
    gap: 0.75em;
    box-sizing: border-box;
    /* At least the embed's box (the host has its width and proportions), more when the text needs it: never cut. */
    min-height: 100%;
    padding: 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    text-align: center;
  }
  p {
    margin: 0;
  }
  [part='actions'] {
    justify-content: center;
  }
  .button {
    flex: 0 1 auto;
  }
  @media (max-width: 30rem) {
    [part='placeholder'] {
      padding: 1em;
    }
  }
`;
