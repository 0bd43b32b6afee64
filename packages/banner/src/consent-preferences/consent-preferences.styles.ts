import { css } from 'lit';

export const preferencesStyles = css`
  /* A column: the title, the purposes (which scroll), and the buttons, which never scroll away. */
  dialog {
    box-sizing: border-box;
    width: min(40rem, 100vw - 1rem);
    max-height: calc(100vh - 1rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  header,
  [part='body'],
  dialog [part='actions'] {
    padding: 0 1.25em;
  }
  header {
    display: flex;
    flex: none;
    align-items: start;
    justify-content: space-between;
    gap: 1em;
    padding-top: 1em;
  }
  [part='body'] {
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  dialog [part='actions'] {
    flex: none;
    padding-top: 0.75em;
    padding-bottom: 1em;
    border-top: 1px solid var(--_border);
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
  /* Phones: a full-screen sheet (WCAG 1.4.10), the buttons at the bottom of the screen. */
  @media (max-width: 30rem) {
    dialog {
      width: 100%;
      max-width: none;
      height: 100%;
      max-height: none;
      margin: 0;
      border: 0;
      border-radius: 0;
    }
    header,
    [part='body'],
    dialog [part='actions'] {
      padding-inline: 1em;
    }
  }
  /* Very short screens (400 % zoom): the whole sheet scrolls, so that neither the purposes nor the buttons are
     squeezed out of reach. */
  @media (max-height: 32rem) {
    dialog[open] {
      display: block;
      overflow-y: auto;
    }
    [part='body'] {
      overflow: visible;
    }
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
  /* A row wraps rather than clipping its switch: the label takes a line of its own when it must. */
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    font-weight: 600;
  }
  .row label {
    flex: 1 1 10em;
    min-width: 0;
    overflow-wrap: break-word;
  }
  [part='services'] {
    margin: 0.5em 0 0 1em;
  }
  [part='services'] .row {
    font-weight: 400;
  }
  .description,
  .state,
  [part='consent-id'] {
    color: var(--_muted);
    font-size: 0.9375em;
    font-weight: 400;
  }
  .description {
    margin: 0.25em 0 0;
  }
  /* One click selects the whole id, to copy it. */
  [part='consent-id'] code {
    user-select: all;
    overflow-wrap: anywhere;
  }
  /* A native checkbox with role="switch": keyboard and labels for free, drawn as a switch. */
  [part='toggle'] {
    flex: none;
    appearance: none;
    position: relative;
    width: 48px;
    height: 28px;
    margin: 0 0 0 auto;
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
  /* Forced colours (Windows high contrast) replace every colour, which made on, off, mixed and locked look alike:
     the switch keeps its drawing in system colours, and each state has its own knob position and glyph (WCAG 1.4.1,
     1.4.11): off, knob left and nothing; on, knob right and ✓; mixed, knob centred and –; locked, dashed. */
  @media (forced-colors: active) {
    [part='toggle'],
    [part='toggle']::before,
    [part='toggle']::after {
      forced-color-adjust: none;
    }
    [part='toggle'] {
      border-color: CanvasText;
      background: Canvas;
    }
    [part='toggle']::after {
      background: CanvasText;
    }
    [part='toggle']::before {
      position: absolute;
      top: 0;
      left: 5px;
      font: 700 16px/24px system-ui, sans-serif;
    }
    [part='toggle']:checked {
      border-color: Highlight;
      background: Highlight;
    }
    [part='toggle']:checked::after {
      background: HighlightText;
    }
    [part='toggle']:checked::before {
      content: '✓';
      color: HighlightText;
    }
    [part='toggle']:indeterminate::before {
      content: '–';
    }
    [part='toggle']:disabled {
      border: 2px dashed GrayText;
      background: Canvas;
      opacity: 1;
    }
    [part='toggle']:disabled::after {
      background: GrayText;
    }
    [part='toggle']:disabled::before {
      color: GrayText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    [part='toggle']::after {
      transition: left 0.15s;
    }
  }
`;
