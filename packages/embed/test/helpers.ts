import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';

/** A fixture page's window, with what page-setup.js records. */
export type Page = Window &
  typeof globalThis & {
    aquaoConsent?: import('@aquao/consent-embed').AquaoConsentGlobal;
    __ran?: string[];
    __events: Array<import('@aquao/consent-embed').AquaoConsentChangeDetail>;
    __heardOnWindow: Array<[string, boolean, boolean, boolean]>;
    __ready: unknown[];
    __errors: string[];
    __warnings: string[];
    __violations: string[];
  };

const frames: HTMLIFrameElement[] = [];

/** Loads a fixture page that uses a built bundle, in a same-origin frame; resolves at its `load`. */
export async function open(name: string): Promise<{ page: Page; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  frame.src = new URL(`./fixtures/${name}`, import.meta.url).href;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return { page: frame.contentWindow as Page, frame };
}

/** Removes the frames `open` made, after checking none tripped the page's strict CSP. */
export function closeFrames(): void {
  for (const f of frames.splice(0)) {
    // Under `script-src 'self'; style-src 'self'`, the bundle, its styles and its gating never trip the CSP.
    expect((f.contentWindow as Page).__violations, 'CSP violations').to.deep.equal([]);
    f.remove();
  }
}

export const bannerPart = (page: Page, part: string) =>
  page.document.querySelector('aquao-consent-banner')?.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`) ?? null;

/** A real mouse click on an element inside the frame. */
export async function click(frame: HTMLIFrameElement, element: Element) {
  const outer = frame.getBoundingClientRect();
  const { x, y, width, height } = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(outer.x + x + width / 2), Math.round(outer.y + y + height / 2)] });
}
