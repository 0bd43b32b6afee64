import { css } from 'lit';

export const preferencesStyles = css`
  dialog {
    box-sizing: border-box;
    width: min(40rem, 100vw - 1rem);
    max-height: calc(100vh - 1rem);
    padding: 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 1em;
  }
  [part='close-button'] {
    flex: none;
    min-width: 44px;
    min-height: 44px;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font-size: 1.5em;
    line-height: 1;
    cursor: pointer;
  }
  ul {
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
  }
  [part='category'] {
    padding: 0.75em 0;
    border-top: 1px solid var(--_border);
  }
  .row {
    display: flex;
    align-items: center;
    gap: 1em;
    font-weight: 600;
  }
  .row label {
    flex: 1;
  }
  [part='services'] {
    margin: 0.5em 0 0 1em;
  }
  [part='services'] .row {
    font-weight: 400;
  }
  .description,
  .state {
    color: var(--_muted);
    font-size: 0.9375em;
    font-weight: 400;
  }
  .description {
    margin: 0.25em 0 0;
  }
  /* A native checkbox with role="switch": keyboard and labels for free, drawn as a switch. */
  [part='toggle'] {
    flex: none;
    appearance: none;
    position: relative;
    width: 48px;
    height: 28px;
    margin: 0;
    border: 2px solid var(--_border);
    border-radius: 14px;
    background: var(--_bg);
    cursor: pointer;
  }
  [part='toggle']::after {
    content: '';
    position: absolute;
    top: 3px;
    left: 3px;
    width: 18px;
    height: 18px;
    border-radius: 50%;
    background: var(--_muted);
  }
  [part='toggle']:checked {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  [part='toggle']:checked::after {
    left: 23px;
    background: var(--_bg);
  }
  [part='toggle']:indeterminate::after {
    left: 13px;
  }
  [part='toggle']:disabled {
    cursor: not-allowed;
    opacity: 0.75;
  }
  @media (prefers-reduced-motion: no-preference) {
    [part='toggle']::after {
      transition: left 0.15s;
    }
  }
`;
