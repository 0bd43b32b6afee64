/** Real input for component tests: mouse clicks at an element's centre and key presses, through the browser. */
import { sendKeys, sendMouse } from '@web/test-runner-commands';

/** Clicks `element` with the real mouse (it must be visible and on top: a hidden or covered one fails the test). */
export async function realClick(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = element.getBoundingClientRect();
  if (!width || !height) throw new Error(`cannot click an invisible <${element.localName}>`);
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

export const press = (key: string) => sendKeys({ press: key });

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export { wipeCookies } from '../../core/test/helpers.js';
