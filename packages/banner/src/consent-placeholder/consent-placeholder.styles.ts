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
    height: 100%;
    min-height: 10em;
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
`;
