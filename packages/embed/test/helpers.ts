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
    /** Errors thrown into the page: uncaught exceptions and unhandled rejections. */
    __thrown: string[];
    /** Set by a UI chunk whose bytes were altered, if it ever ran. */
    __tampered?: boolean;
  };

const frames: HTMLIFrameElement[] = [];

/** Loads a fixture page that uses a built bundle, in a same-origin frame (800 × 600 by default); resolves at its `load`. */
export async function open(name: string, { width = 800, height = 600 } = {}): Promise<{ page: Page; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
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
    // A test that closed its frame itself (a page going away) checked it first.
    if (!f.contentWindow) continue;
    // Under `script-src 'self'; style-src 'self'`, the bundle, its styles and its gating never trip the CSP.
    expect((f.contentWindow as Page).__violations, `CSP violations in ${f.src}: ${(f.contentWindow as Page).__violations}`).to.deep.equal([]);
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

/** The paths a page has requested so far (Resource Timing): what it downloaded, chunks included. */
export const requested = (page: Page): string[] =>
  page.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
